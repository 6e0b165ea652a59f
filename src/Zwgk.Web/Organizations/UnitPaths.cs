using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Organizations;

/// <summary>The one lookup every permission check on a unit's record starts from: the unit's place in the tree.</summary>
public static class UnitPaths
{
    public static async Task<UnitPath> UnitPathOfAsync(this ZwgkDbContext db, int unitId, CancellationToken ct = default)
    {
        if (!db.KnownUnitPaths.TryGetValue(unitId, out var path))
        {
            path = await db.Organizations.AsNoTracking().Where(o => o.Id == unitId).Select(o => o.Path).SingleAsync(ct);
            db.KnownUnitPaths[unitId] = path;
        }

        return UnitPath.Parse(path);
    }
}
