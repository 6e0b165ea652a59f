namespace Zwgk.Domain.Access;

/// <summary>What a role lets its holder do within the unit subtree it was granted on.</summary>
public enum Permission
{
    /// <summary>Open the admin console and see the unit's dashboard.</summary>
    ViewConsole,
    ManageUnits,
    ManageUsers,
    ManageSites,
    ViewAudit,
    ManageCalendar,
    EditContent,
    ReviewContent,
    HandleRequests,
    EditCommunityDisclosure,

    /// <summary>Approve request replies and extensions: the office head / responsible leader (条例第三十三条).</summary>
    ApproveRequests,

    /// <summary>Maintain the pilot domains, their responsible departments and the guideline templates (标准指引) of the city.</summary>
    ManageCatalogStandards,

    /// <summary>
    /// 政务公开工作机构: receive the 备案 of withheld policy documents and issue the notice (公函) that settles the attribute
    /// of older documents (seed 004 §三(一)1). Held by the disclosure office (and the system admin), not by reviewers.
    /// </summary>
    SuperviseDisclosure,
}

public static class PermissionExtensions
{
    public static string DisplayName(this Permission permission) => permission switch
    {
        Permission.ViewConsole => "进入管理后台",
        Permission.ManageUnits => "管理组织机构",
        Permission.ManageUsers => "管理用户和授权",
        Permission.ManageSites => "管理站点和栏目",
        Permission.ViewAudit => "查看审计日志",
        Permission.ManageCalendar => "维护工作日历",
        Permission.EditContent => "编辑信息",
        Permission.ReviewContent => "审核信息",
        Permission.HandleRequests => "办理依申请公开",
        Permission.EditCommunityDisclosure => "编辑村(居)务公开",
        Permission.ApproveRequests => "审批依申请公开答复和延期",
        Permission.ManageCatalogStandards => "维护试点领域与标准指引",
        Permission.SuperviseDisclosure => "政务公开工作机构备案、出具公开属性公函",
        _ => permission.ToString(),
    };
}
