namespace Zwgk.Domain.Access;

/// <summary>A role is always granted on a unit and holds for that unit's whole subtree (product.md, Users).</summary>
public enum Role
{
    /// <summary>系统管理员: runs the installation.</summary>
    SystemAdmin,

    /// <summary>政务公开主管部门: the government office that leads and oversees the work of its subtree.</summary>
    DisclosureOffice,

    /// <summary>信息员: drafts documents and catalog items.</summary>
    Editor,

    /// <summary>审核人: confidentiality review, sign-off, upper-level catalog review.</summary>
    Reviewer,

    /// <summary>依申请公开办理人: handles information requests.</summary>
    RequestHandler,

    /// <summary>村(居)委会编辑: publishes the committee's own lists.</summary>
    CommunityEditor,
}

public static class RoleExtensions
{
    public static string DisplayName(this Role role) => role switch
    {
        Role.SystemAdmin => "系统管理员",
        Role.DisclosureOffice => "政务公开主管部门",
        Role.Editor => "信息员",
        Role.Reviewer => "审核人",
        Role.RequestHandler => "依申请公开办理人",
        Role.CommunityEditor => "村(居)委会编辑",
        _ => role.ToString(),
    };
}
