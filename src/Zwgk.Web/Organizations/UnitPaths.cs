using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Organizations;

/// <summary>The one lookup every permission check on a unit's record starts from: the unit's place in the tree.</summary>
public static class UnitPaths
{
    public static async Task<UnitPath> UnitPathOfAsync(this ZwgkDbContext db, int unitId, CancellationToken ct = default) =>
        UnitPath.Parse((await db.UnitPathsOfAsync([unitId], ct))[unitId]);

    /// <summary>
    /// The stored paths of the units (by id), each read at most once per context (<see cref="ZwgkDbContext.RememberUnitPath"/>);
    /// a unit that does not exist is left out.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, string>> UnitPathsOfAsync(this ZwgkDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken ct = default)
    {
        var known = db.KnownUnitPaths;
        var missing = unitIds.Where(id => !known.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var o in await db.Organizations.AsNoTracking().Where(o => missing.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToListAsync(ct))
            {
                known[o.Id] = o.Path;
            }
        }

        return known;
    }
}
