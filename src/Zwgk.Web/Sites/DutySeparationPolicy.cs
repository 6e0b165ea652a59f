using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Sites;

/// <summary>The site setting of 职责分离 (<see cref="Site.RelaxSeparationOfDuties"/>) for a document's site or a unit's nearest site.</summary>
public static class DutySeparationPolicy
{
    public static async Task<DutySeparation> ForSiteAsync(this ZwgkDbContext db, int siteId, string? reason, CancellationToken ct = default) =>
        new(await db.Sites.Where(s => s.Id == siteId).Select(s => s.RelaxSeparationOfDuties).SingleOrDefaultAsync(ct), reason);

    /// <summary>The site of the nearest unit at or above this one that has a site (a department follows its government's site).</summary>
    public static async Task<DutySeparation> ForUnitAsync(this ZwgkDbContext db, int unitId, string? reason, CancellationToken ct = default)
    {
        var path = await db.Organizations.Where(o => o.Id == unitId).Select(o => o.Path).SingleOrDefaultAsync(ct) ?? "";
        var sites = await db.Sites.AsNoTracking().Select(s => new { s.RelaxSeparationOfDuties, s.Organization!.Path }).ToListAsync(ct);
        var relaxed = sites.Where(s => path.StartsWith(s.Path, StringComparison.Ordinal)).OrderByDescending(s => s.Path.Length)
            .Select(s => s.RelaxSeparationOfDuties).FirstOrDefault();
        return new DutySeparation(relaxed, reason);
    }
}
