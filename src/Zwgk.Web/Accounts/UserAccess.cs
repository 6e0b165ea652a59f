using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Accounts;

/// <summary>
/// The signed-in user's grants, read from the database once per request (never from the cookie),
/// so a revoked role or a disabled account takes effect on the next request on every instance.
/// </summary>
public sealed class UserAccess(ZwgkDbContext db, IHttpContextAccessor http)
{
    private AccessScope? _scope;
    private (string Id, string Name)? _actingAs;

    public string? UserId => _actingAs?.Id ?? http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => _actingAs?.Name ?? http.HttpContext?.User.Identity?.Name;

    /// <summary>Outside a request (demo seeding, jobs), act with a given account's grants, exactly as that user would.</summary>
    public void ActAs(string userId, string userName)
    {
        _actingAs = (userId, userName);
        _scope = null;
    }

    public async Task<AccessScope> GetAsync(CancellationToken ct = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var userId = UserId;
        if (userId is null || !await db.Users.AnyAsync(u => u.Id == userId && !u.IsDisabled, ct))
        {
            return _scope = AccessScope.None;
        }

        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => g.UserId == userId)
            .Select(g => new { g.Role, g.OrganizationId, g.Organization!.Path })
            .ToListAsync(ct);
        return _scope = new AccessScope(grants.Select(g => new RoleGrantScope(g.Role, g.OrganizationId, UnitPath.Parse(g.Path))));
    }

    /// <summary>A query of the units the user may act on with the permission: every subtree it holds.</summary>
    public Task<IQueryable<Organizations.Organization>> UnitsWhereAsync(Permission permission, CancellationToken ct = default) =>
        UnitsWhereAnyAsync([permission], ct);

    /// <summary>The units where the user holds any of the permissions (e.g. edits or reviews content).</summary>
    public async Task<IQueryable<Organizations.Organization>> UnitsWhereAnyAsync(IEnumerable<Permission> permissions, CancellationToken ct = default)
    {
        var scope = await GetAsync(ct);
        var roots = permissions.SelectMany(scope.Roots).Select(r => r.Value).Distinct().ToList();
        return db.Organizations.Where(o => roots.Any(r => o.Path.StartsWith(r)));
    }
}
