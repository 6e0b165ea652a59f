using Zwgk.Domain.Organizations;

namespace Zwgk.Domain.Access;

/// <summary>
/// Everything a user may do, computed from their grants. Pure: the web layer loads the grants
/// from the database once per request and asks this type every question.
/// </summary>
public sealed class AccessScope
{
    public static readonly AccessScope None = new([]);

    public AccessScope(IEnumerable<RoleGrantScope> grants) => Grants = grants.ToArray();

    public IReadOnlyList<RoleGrantScope> Grants { get; }

    public bool IsSystemAdmin => Grants.Any(g => g.Role == Role.SystemAdmin);

    /// <summary>True when some grant whose role carries the permission sits on the unit or one of its ancestors.</summary>
    public bool Has(Permission permission, UnitPath unit) =>
        Grants.Any(g => g.Role.Grants(permission) && unit.IsWithin(g.UnitPath));

    /// <summary>True when the permission is held anywhere (used to show or hide a console menu).</summary>
    public bool HasAnywhere(Permission permission) => Grants.Any(g => g.Role.Grants(permission));

    /// <summary>The roots of the subtrees where the permission holds, with nested roots removed.</summary>
    public IReadOnlyList<UnitPath> Roots(Permission permission)
    {
        var paths = Grants.Where(g => g.Role.Grants(permission)).Select(g => g.UnitPath).Distinct().ToList();
        return paths.Where(p => !paths.Any(o => o != p && p.IsWithin(o))).OrderBy(p => p.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>The units the user holds any role on directly: the ones offered in the unit switcher.</summary>
    public IReadOnlyList<int> HeldUnitIds => Grants.Select(g => g.UnitId).Distinct().ToList();

    /// <summary>
    /// Whether this user may grant <paramref name="role"/> on <paramref name="unit"/>: they must manage users there
    /// and themselves hold every permission the role carries on that unit — no one grants more than they hold.
    /// Returns null when allowed, otherwise the reason in Chinese.
    /// </summary>
    public string? CheckCanGrant(Role role, UnitPath unit)
    {
        if (!Has(Permission.ManageUsers, unit))
        {
            return "您无权管理该单位的用户。";
        }

        var missing = RolePermissions.Of(role).Where(p => !Has(p, unit)).ToList();
        return missing.Count == 0
            ? null
            : $"您在该单位不具备“{role.DisplayName()}”角色的全部权限（缺少：{string.Join("、", missing.Select(p => p.DisplayName()))}），不能授予他人。";
    }
}
