using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Audit;

/// <summary>Filters for the audit view; dates are China dates, inclusive.</summary>
public sealed class AuditFilter
{
    public int? Unit { get; set; }

    public string? EntityType { get; set; }

    public string? Action { get; set; }

    public string? Actor { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int? Page { get; set; }

    public const int PageSize = 50;
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total, int Page, int PageSize);

/// <summary>
/// The audit trail as a 主管部门 sees it: entries of units inside the subtrees where it may view the audit,
/// plus (for system admins only) entries with no unit such as calendar changes.
/// </summary>
public sealed class AuditQuery(ZwgkDbContext db, UserAccess access)
{
    public async Task<AuditPage> RunAsync(AuditFilter f, CancellationToken ct = default)
    {
        var scope = await access.GetAsync(ct);
        var roots = scope.Roots(Permission.ViewAudit).Select(r => r.Value).ToList();
        var query = db.AuditEntries.AsNoTracking()
            .Where(e => (e.UnitPath != null && roots.Any(r => e.UnitPath.StartsWith(r))) || (e.UnitPath == null && scope.IsSystemAdmin));

        if (f.Unit is int unitId)
        {
            var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unitId, ct);
            var path = unit?.Path ?? "/none/";
            query = query.Where(e => e.UnitPath != null && e.UnitPath.StartsWith(path));
        }

        if (!string.IsNullOrWhiteSpace(f.EntityType))
        {
            query = query.Where(e => e.EntityType == f.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(f.Action))
        {
            query = query.Where(e => e.Action == f.Action);
        }

        if (!string.IsNullOrWhiteSpace(f.Actor))
        {
            // By user name as written, or by the person's name (姓名) of the account.
            var named = db.Users.Where(u => u.DisplayName.Contains(f.Actor)).Select(u => u.Id);
            query = query.Where(e => e.Actor.Contains(f.Actor) || (e.UserId != null && named.Contains(e.UserId)));
        }

        if (f.From is DateOnly from)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), ChinaTime.Zone);
            query = query.Where(e => e.At >= start);
        }

        if (f.To is DateOnly to)
        {
            var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Zone);
            query = query.Where(e => e.At < end);
        }

        var total = await query.CountAsync(ct);
        var page = Math.Max(1, f.Page ?? 1);
        var items = await query.OrderByDescending(e => e.Id).Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize).ToListAsync(ct);
        return new AuditPage(items, total, page, AuditFilter.PageSize);
    }
}

/// <summary>An audit line in the API: the stored machine fields, and beside them the same Chinese labels the console shows.</summary>
public sealed record AuditApiLine(
    long Id, DateTime At, string? UserId, string Actor, int? UnitId, string EntityType, string? EntityId, string Action, string Summary,
    string? Reason, string? IpAddress, string ActorLabel, string? UnitLabel, string EntityTypeLabel, string ActionLabel, string SummaryText,
    IReadOnlyList<AuditChange> Changes);

public sealed record AuditApiPage(IReadOnlyList<AuditApiLine> Items, int Total, int Page, int PageSize);

public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api) =>
        api.MapGet("/audit", async ([AsParameters] AuditFilter filter, AuditQuery query, AuditLines lines, CancellationToken ct) =>
            {
                var page = await query.RunAsync(filter, ct);
                var views = await lines.ViewAsync(page.Items, ct);
                var items = page.Items.Zip(views, (e, v) => new AuditApiLine(
                    e.Id, e.At, e.UserId, e.Actor, e.UnitId, e.EntityType, e.EntityId, e.Action, e.Summary, e.Reason, e.IpAddress,
                    v.Actor, v.Unit, v.EntityType, v.Action, v.SummaryText, v.Changes)).ToList();
                return TypedResults.Ok(new AuditApiPage(items, page.Total, page.Page, page.PageSize));
            })
            .WithTags("审计")
            .WithSummary("查询审计日志（仅限本人有权查看的单位及其下级）；*Label 和 summaryText 为后台所示的中文")
            .RequireAuthorization(PermissionRequirement.PolicyName(Permission.ViewAudit));
}
