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
        ["SignInThrottled"] = "登录受限（失败过多）",
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
        ["CatalogCreated"] = "新建标准目录",
        ["CatalogRevised"] = "创建目录修订版",
        ["CatalogEdited"] = "修改标准目录",
        ["CatalogItemAdded"] = "新增目录事项",
        ["CatalogItemEdited"] = "调整目录事项",
        ["CatalogItemRemoved"] = "删除目录事项",
        ["CatalogImported"] = "导入标准目录",
        ["CatalogSubmitted"] = "提交目录审核",
        ["CatalogReturned"] = "退回目录",
        ["CatalogPublished"] = "审核通过并发布目录",
        ["ServiceItemsImported"] = "导入政务服务事项清单",
        ["GuidelineImported"] = "导入标准指引",
        ["DocumentCatalogItemsSet"] = "信息归入目录事项",
        ["ColumnCreated"] = "新建栏目",
        ["ColumnMoved"] = "调整栏目顺序",
        ["ColumnHidden"] = "隐藏栏目",
        ["ColumnShown"] = "显示栏目",
        ["ColumnRetired"] = "停用栏目",
        ["ColumnRestored"] = "恢复栏目",
        ["GazetteIssueCreated"] = "新建政府公报期刊",
        ["GazetteIssueContentsChanged"] = "调整政府公报目录",
        ["GazetteIssuePublished"] = "发布政府公报期刊",
        [DutySeparationAudit.Action] = "同一人办理（放宽职责分离）",
        ["DocumentFilingRecorded"] = "政务公开工作机构备案",
        ["CorrectionPrepared"] = "起草更正稿",
        ["CorrectionSubmitted"] = "提交更正稿保密审查",
        ["CorrectionReviewed"] = "更正稿保密审查通过",
        ["CorrectionReturned"] = "退回更正稿",
        ["CorrectionAttachmentAdded"] = "更正稿新增附件",
        ["CorrectionAttachmentRemoved"] = "更正稿删除附件",
        ["DocumentCorrected"] = "更正稿审签发布",
        ["DisclosureNoticeIssued"] = "出具公开属性认定公函",
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
        ["StandardCatalog"] = "标准目录",
        ["DomainResponsibility"] = "领域责任单位",
        ["DocumentCatalogLink"] = "信息归入目录事项",
        ["ServiceItem"] = "政务服务事项",
        ["Guideline"] = "标准指引",
        ["GazetteIssue"] = "政府公报期刊",
    };

    public static string Action(string code) => Actions.TryGetValue(code, out var label) ? label : code;

    public static string EntityType(string code) => EntityTypes.TryGetValue(code, out var label) ? label : code;
}
