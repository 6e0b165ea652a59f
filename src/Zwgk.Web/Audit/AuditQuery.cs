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
            query = query.Where(e => e.Actor.Contains(f.Actor));
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

public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api) =>
        api.MapGet("/audit", async ([AsParameters] AuditFilter filter, AuditQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.RunAsync(filter, ct)))
            .WithTags("审计")
            .WithSummary("查询审计日志（仅限本人有权查看的单位及其下级）")
            .RequireAuthorization(PermissionRequirement.PolicyName(Permission.ViewAudit));
}
