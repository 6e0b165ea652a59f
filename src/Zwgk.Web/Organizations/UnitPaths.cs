using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Organizations;

public static class UnitPaths
{
    /// <summary>The tree path of a unit, for permission checks on records that belong to it.</summary>
    public static async Task<UnitPath> UnitPathOfAsync(this ZwgkDbContext db, int unitId, CancellationToken ct = default) =>
        UnitPath.Parse(await db.Organizations.Where(o => o.Id == unitId).Select(o => o.Path).SingleAsync(ct));
}
