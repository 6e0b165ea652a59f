using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Admin;

/// <summary>
/// The unit the console is working in, chosen with the unit switcher among the units the user holds a role on.
/// Kept in a cookie (not server memory) so any instance can serve the next request.
/// </summary>
public sealed class CurrentUnit(ZwgkDbContext db, UserAccess access, IHttpContextAccessor http)
{
    public const string CookieName = "zwgk.unit";

    private Organization? _unit;

    public async Task<IReadOnlyList<Organization>> HeldAsync(CancellationToken ct = default)
    {
        var ids = (await access.GetAsync(ct)).HeldUnitIds;
        return await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Path.Length).ThenBy(o => o.Path).ToListAsync(ct);
    }

    public async Task<Organization?> GetAsync(CancellationToken ct = default)
    {
        if (_unit is not null)
        {
            return _unit;
        }

        var held = await HeldAsync(ct);
        var wanted = int.TryParse(http.HttpContext?.Request.Cookies[CookieName], out var id) ? id : (int?)null;
        return _unit = held.FirstOrDefault(o => o.Id == wanted) ?? (held.Count > 0 ? held[0] : null);
    }

    public async Task<bool> SwitchAsync(int unitId, CancellationToken ct = default)
    {
        if (!(await access.GetAsync(ct)).HeldUnitIds.Contains(unitId))
        {
            return false;
        }

        http.HttpContext!.Response.Cookies.Append(CookieName, unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Secure = http.HttpContext.Request.IsHttps,
        });
        _unit = null;
        return true;
    }

    /// <summary>The current unit's subtree, restricted to where the permission holds.</summary>
    public async Task<IQueryable<Organization>> SubtreeAsync(Permission permission, CancellationToken ct = default)
    {
        var unit = await GetAsync(ct);
        var query = await access.UnitsWhereAsync(permission, ct);
        return unit is null ? query.Where(_ => false) : query.Where(o => o.Path.StartsWith(unit.Path));
    }
}
