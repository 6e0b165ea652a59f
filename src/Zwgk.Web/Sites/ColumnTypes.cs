namespace Zwgk.Web.Sites;

/// <summary>The ColumnType page-tag values listed by the site design specification (page-tags.md). The list is open.</summary>
public static class ColumnTypes
{
    public static readonly IReadOnlyList<string> Standard =
    [
        "首页", "概况信息", "机构职能", "负责人信息", "工作动态", "政策文件", "信息公开指南", "信息公开目录", "信息公开年报",
        "依申请公开", "数据发布", "数据开放", "政策解读", "回应关切", "办事服务", "咨询投诉", "征集调查", "在线访谈",
        // 政府公报 (seed 002 §四(四)): a column whose issues (期) have their contents page and PDF (Gazette/).
        "政府公报",
        Reprints,
    ];

    /// <summary>
    /// 转载信息 (issue 11 item 12): a column of other organs' information (e.g. "转载信息", "上级文件"); only reprints go
    /// in it, and they go nowhere else. The specification's list ends with "……", so the type is added to it.
    /// </summary>
    public const string Reprints = "转载信息";

    // The specification's list ends with "……"; these are the special columns seed 002 §四(二) asks for, and 通知公告.
    public const string Notices = "通知公告";
    public const string KeyAreas = "重点领域";
    public const string Participation = "公众参与";
    public const string Proposals = "建议提案办理";
    public const string Meetings = "会议公开";

    public static readonly IReadOnlyList<string> Special = [Notices, KeyAreas, Participation, Proposals, Meetings];

    /// <summary>Every type offered when a column is created or edited.</summary>
    public static readonly IReadOnlyList<string> All = [.. Standard, .. Special];

    /// <summary>The offered values, plus the current one when it is not among them so editing keeps it.</summary>
    public static IReadOnlyList<string> ChoicesFor(string? current) =>
        string.IsNullOrWhiteSpace(current) || All.Contains(current) ? All : [.. All, current];
}

/// <summary>A column an admin often creates, with its usual address, type and page tags: picking one fills the new-column form.</summary>
public sealed record ColumnPreset(string Key, string Slug, string Name, string ColumnType, string Description, string Keywords)
{
    public static readonly IReadOnlyList<ColumnPreset> All =
    [
        new("tzgg", "tzgg", "通知公告", ColumnTypes.Notices, "本级政府及部门发布的通知、公告、公示。", "通知公告,公示"),
        new("zdly", "zdly", "重点领域信息公开", ColumnTypes.KeyAreas, "财政预决算、重大建设项目、公共资源配置、社会公益事业等重点领域的政府信息（条例第二十条）。", "重点领域,财政预决算,重大建设项目"),
        new("gzcy", "gzcy", "公众参与", ColumnTypes.Participation, "重大行政决策预公开、意见征集、调查征集和政府开放日等公众参与的事项和反馈。", "公众参与,意见征集,民意调查"),
        new("jyta", "jyta", "建议提案办理", ColumnTypes.Proposals, "人大代表建议和政协委员提案的办理复文和总体办理情况。", "建议提案,办理复文"),
        new("hygk", "hygk", "会议公开", ColumnTypes.Meetings, "政府常务会议等重要会议的议题、决定和利益相关方、公众代表列席情况。", "会议公开,常务会议,列席"),
        new("zcjd", "zcjd", "政策解读", "政策解读", "重要政策的解读材料：文字、图解、音视频等。", "政策解读,图解"),
        new("hdjl", "hdjl", "互动交流", "咨询投诉", "领导信箱、咨询投诉和意见征集。", "互动交流,咨询"),
        new("bsfw", "bsfw", "办事服务", "办事服务", "办事指南和在线办事入口。", "办事服务,办事指南"),
    ];
}
