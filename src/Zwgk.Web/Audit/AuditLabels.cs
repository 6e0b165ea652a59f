namespace Zwgk.Web.Audit;

/// <summary>Chinese names for the audit trail's action codes and entity types, as shown in the console.</summary>
public static class AuditLabels
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["Created"] = "新建",
        ["Updated"] = "修改",
        ["Deleted"] = "删除",
        ["SignIn"] = "登录",
        ["SignInFailed"] = "登录失败",
        ["SignInLockedOut"] = "登录锁定",
        ["SignInRefusedDisabled"] = "停用账号登录",
        ["LockoutChanged"] = "锁定状态变化",
        ["RoleGranted"] = "授予角色",
        ["RoleRevoked"] = "撤销角色",
        ["UserDisabled"] = "停用账号",
        ["UserEnabled"] = "启用账号",
        ["TokenCreated"] = "创建令牌",
        ["TokenRevoked"] = "撤销令牌",
        ["PasswordChanged"] = "修改密码",
        ["CalendarYearAdded"] = "录入年度日历",
    };

    public static readonly IReadOnlyDictionary<string, string> EntityTypes = new Dictionary<string, string>
    {
        ["Organization"] = "单位",
        ["AppUser"] = "用户",
        ["RoleGrant"] = "角色授权",
        ["ApiToken"] = "访问令牌",
        ["Site"] = "站点",
        ["Column"] = "栏目",
        ["CalendarYear"] = "日历年度",
        ["CalendarDayRecord"] = "节假日",
    };

    public static string Action(string code) => Actions.TryGetValue(code, out var label) ? label : code;

    public static string EntityType(string code) => EntityTypes.TryGetValue(code, out var label) ? label : code;
}
