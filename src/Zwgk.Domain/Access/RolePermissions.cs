namespace Zwgk.Domain.Access;

/// <summary>The fixed map from role to permissions. Roles come from product.md (Users).</summary>
public static class RolePermissions
{
    private static readonly Dictionary<Role, Permission[]> Map = new()
    {
        [Role.SystemAdmin] = Enum.GetValues<Permission>(),
        // The 主管部门 leads the work of its subtree: it can do all unit-level work there, so it can
        // appoint every other unit-level role; only the nation-wide calendar stays with the system admin.
        [Role.DisclosureOffice] = Enum.GetValues<Permission>().Where(p => p != Permission.ManageCalendar).ToArray(),
        [Role.Editor] = [Permission.ViewConsole, Permission.EditContent],
        [Role.Reviewer] = [Permission.ViewConsole, Permission.ReviewContent],
        [Role.RequestHandler] = [Permission.ViewConsole, Permission.HandleRequests],
        [Role.CommunityEditor] = [Permission.ViewConsole, Permission.EditCommunityDisclosure],
    };

    public static IReadOnlyCollection<Permission> Of(Role role) => Map[role];

    public static bool Grants(this Role role, Permission permission) => Map[role].Contains(permission);
}
