using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>The outcome a clean-up (清理) gives one normative document.</summary>
public enum CleanupResult
{
    /// <summary>继续有效.</summary>
    Keep,

    /// <summary>宣布失效.</summary>
    Expire,

    /// <summary>废止.</summary>
    Repeal,

    /// <summary>修改 (to be amended).</summary>
    Amend,
}

public sealed record CleanupItem(int DocumentId, CleanupResult Result, string? Reason);

/// <summary>
/// Normative documents (规范性文件): the registry, the ones expiring soon, and the periodic clean-up whose result list is
/// itself published (seed 000 §三(二)1: "对失效、废止的政府信息定期清理，及时公开清理结果"). The result list becomes a draft
/// document of the unit that then goes through the ordinary review and sign-off.
/// </summary>
public sealed class NormativeCleanup(ZwgkDbContext db, DocumentService documents, TimeProvider clock)
{
    public const int ReminderDays = 90;

    public static string DisplayName(CleanupResult r) => r switch
    {
        CleanupResult.Keep => "继续有效",
        CleanupResult.Expire => "宣布失效",
        CleanupResult.Repeal => "废止",
        CleanupResult.Amend => "修改",
        _ => r.ToString(),
    };

    /// <summary>Published normative documents of the given units, in force today, whose period ends within <see cref="ReminderDays"/> days.</summary>
    public async Task<List<Document>> ExpiringSoonAsync(IQueryable<int> unitIds, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(ReminderDays);
        return await db.Documents.AsNoTracking()
            .Where(d => d.IsNormative && unitIds.Contains(d.UnitId) && d.State == DocumentState.Published && d.DeclaredValidity == null
                && d.EffectiveTo != null && d.EffectiveTo >= today && d.EffectiveTo <= horizon)
            .OrderBy(d => d.EffectiveTo)
            .ToListAsync(ct);
    }

    /// <summary>Applies the results and drafts the result list for publication. Returns the draft, or the first error.</summary>
    public async Task<StepResult<Document>> RunAsync(int unitId, string batchTitle, IReadOnlyList<CleanupItem> items, CancellationToken ct = default)
    {
        if (items.Count == 0)
        {
            return StepResult.Refused<Document>("请至少选择一件规范性文件。");
        }

        var today = ChinaTime.Today(clock);
        var rows = new List<(Document Doc, CleanupItem Item)>();
        foreach (var item in items)
        {
            var doc = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == item.DocumentId && d.IsNormative, ct);
            if (doc is null)
            {
                return StepResult.Refused<Document>($"编号 {item.DocumentId} 不是规范性文件。");
            }

            if (!Enum.IsDefined(item.Result))
            {
                return StepResult.Refused<Document>($"《{doc.Title}》的清理结果不是可选的值，请从列表中选择。");
            }

            if (item.Result != CleanupResult.Keep)
            {
                if (string.IsNullOrWhiteSpace(item.Reason))
                {
                    return StepResult.Refused($"《{doc.Title}》的清理结果为“{DisplayName(item.Result)}”，须说明理由。", doc);
                }

                var validity = item.Result switch { CleanupResult.Expire => Validity.Expired, CleanupResult.Repeal => Validity.Repealed, _ => Validity.Amended };
                var outcome = await documents.DeclareValidityAsync(doc.Id, validity, today, $"{batchTitle}：{item.Reason!.Trim()}", null, ct);
                if (!outcome.Ok)
                {
                    return outcome;
                }
            }

            rows.Add((doc, item));
        }

        var unit = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == unitId, ct);
        var content = new DocumentContent
        {
            Title = $"{unit.Name}关于公布{batchTitle}结果的通知",
            WrittenOn = today,
            IssuingUnits = [unit.Name],
            Genre = "通知",
            Topics = ["综合政务"],
            StatutoryCategory = "20.1",
            Keywords = "规范性文件,清理",
            BodyHtml = ResultTable(unit.Name, batchTitle, rows),
            Attribute = DisclosureAttribute.Proactive,
        };
        return await documents.CreateDraftAsync(unitId, content, null, ct);
    }

    private static string ResultTable(string unitName, string batchTitle, List<(Document Doc, CleanupItem Item)> rows)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>根据规范性文件管理有关规定，{E(unitName)}开展了{E(batchTitle)}，现将清理结果公布如下。</p>");
        html.Append("<table><thead><tr><th>序号</th><th>文件名称</th><th>发文字号</th><th>清理结果</th><th>理由</th></tr></thead><tbody>");
        var n = 0;
        foreach (var (doc, item) in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{++n}</td><td>{E(doc.Title)}</td><td>{E(doc.DocumentNumber)}</td><td>{DisplayName(item.Result)}</td><td>{E(item.Reason)}</td></tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }
}
