using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests.Letters;

/// <summary>One line of a unit's template list.</summary>
public sealed record TemplateListItem(LetterTemplateKey Key, bool Custom, DateTime? UpdatedAt, string? UpdatedBy);

/// <summary>
/// The per-unit standard texts: a unit's own version of a text overrides the default for that unit only (not for its
/// subordinate units). Editing needs 办理依申请公开 on the unit (the handler's and the 主管部门's roles carry it).
/// </summary>
public sealed class LetterTemplates(ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock)
{
    public const int MaxTitle = 100;
    public const int MaxBody = 20000;

    public async Task<LetterTemplate> EffectiveAsync(int unitId, LetterTemplateKey key, CancellationToken ct = default)
    {
        var text = key.ToString();
        var own = await db.Set<LetterTemplateRecord>().AsNoTracking()
            .Where(t => t.UnitId == unitId && t.Key == text).Select(t => new { t.Title, t.Body }).SingleOrDefaultAsync(ct);
        return own is null ? DefaultLetterTemplates.For(key) : new LetterTemplate(own.Title, own.Body);
    }

    public async Task<IReadOnlyList<TemplateListItem>> ListAsync(int unitId, CancellationToken ct = default)
    {
        var own = await db.Set<LetterTemplateRecord>().AsNoTracking().Where(t => t.UnitId == unitId)
            .Select(t => new { t.Key, t.UpdatedAt, t.UpdatedBy }).ToListAsync(ct);
        return LetterTemplateKey.All.Select(k => own.SingleOrDefault(o => o.Key == k.ToString()) is { } o
            ? new TemplateListItem(k, true, o.UpdatedAt, o.UpdatedBy)
            : new TemplateListItem(k, false, null, null)).ToList();
    }

    /// <summary>Whether the caller may edit the unit's texts (and read its reports): 办理依申请公开 on the unit.</summary>
    public async Task<bool?> MayEditAsync(int unitId, CancellationToken ct = default)
    {
        var path = await db.Organizations.AsNoTracking().Where(o => o.Id == unitId).Select(o => o.Path).SingleOrDefaultAsync(ct);
        return path is null ? null : (await access.GetAsync(ct)).Has(Permission.HandleRequests, Zwgk.Domain.Organizations.UnitPath.Parse(path));
    }

    /// <summary>
    /// Checks an edited text: length, placeholder syntax, only known placeholders, and — for every reply — the remedy
    /// notice printed whatever the data (行政复议法第二十条, 行政诉讼法第四十六条: the applicant must be told).
    /// </summary>
    public static Dictionary<string, string[]> Validate(LetterTemplateKey key, string? title, string? body)
    {
        var errors = new Dictionary<string, string[]>();
        title = title?.Trim() ?? "";
        body = body?.Trim() ?? "";
        Check("Title", title, "标题", MaxTitle, errors, _ => null);
        Check("Body", body, "正文", MaxBody, errors, parsed =>
            key.IsReply && !parsed.AlwaysPrints(LetterPlaceholders.Remedy)
                ? $"答复书正文必须包含救济告知占位符“{{{{{LetterPlaceholders.Remedy}}}}}”，且不能放在条件段落中。"
                : null);
        return errors;
    }

    /// <summary>Saves the unit's own text; the answer carries the text now in effect, or why not (errors by form field).</summary>
    public async Task<StepResult<LetterTemplate>> SaveAsync(int unitId, LetterTemplateKey key, string? title, string? body, CancellationToken ct = default)
    {
        if (await MayEditAsync(unitId, ct) is not { } may)
        {
            return StepResult.Missing<LetterTemplate>();
        }

        if (!may)
        {
            return StepResult.Denied<LetterTemplate>();
        }

        var errors = Validate(key, title, body);
        if (errors.Count > 0)
        {
            return StepResult.Invalid<LetterTemplate>(errors);
        }

        var text = key.ToString();
        var row = await db.Set<LetterTemplateRecord>().SingleOrDefaultAsync(t => t.UnitId == unitId && t.Key == text, ct);
        if (row is null)
        {
            row = new LetterTemplateRecord { UnitId = unitId, Key = text };
            db.Add(row);
        }

        row.Title = title!.Trim();
        row.Body = Normalise(body!);
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = access.UserName ?? "系统";
        audit.Action = "LetterTemplateSaved";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(new LetterTemplate(row.Title, row.Body));
    }

    /// <summary>Drops the unit's own text, so the default applies again.</summary>
    public async Task<StepResult<LetterTemplate>> ResetAsync(int unitId, LetterTemplateKey key, CancellationToken ct = default)
    {
        if (await MayEditAsync(unitId, ct) is not { } may)
        {
            return StepResult.Missing<LetterTemplate>();
        }

        if (!may)
        {
            return StepResult.Denied<LetterTemplate>();
        }

        var text = key.ToString();
        if (await db.Set<LetterTemplateRecord>().SingleOrDefaultAsync(t => t.UnitId == unitId && t.Key == text, ct) is { } row)
        {
            db.Remove(row);
            audit.Action = "LetterTemplateReset";
            await db.SaveChangesAsync(ct);
        }

        return StepResult.Done(DefaultLetterTemplates.For(key));
    }

    private static string Normalise(string body) => body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static void Check(string field, string value, string label, int max, Dictionary<string, string[]> errors, Func<LetterTemplateText, string?> extra)
    {
        if (value.Length == 0)
        {
            errors[field] = [$"请填写{label}。"];
            return;
        }

        if (value.Length > max)
        {
            errors[field] = [$"{label}不超过{max}字。"];
            return;
        }

        var (parsed, problems) = LetterTemplateText.Parse(value);
        if (parsed is null)
        {
            errors[field] = [.. problems];
        }
        else if (extra(parsed) is { } message)
        {
            errors[field] = [message];
        }
    }
}
