namespace Zwgk.Web.Sites;

/// <summary>The ColumnType page-tag values listed by the site design specification (page-tags.md). The list is open.</summary>
public static class ColumnTypes
{
    public static readonly IReadOnlyList<string> Standard =
    [
        "首页", "概况信息", "机构职能", "负责人信息", "工作动态", "政策文件", "信息公开指南", "信息公开目录", "信息公开年报",
        "依申请公开", "数据发布", "数据开放", "政策解读", "回应关切", "办事服务", "咨询投诉", "征集调查", "在线访谈",
        Reprints,
    ];

    /// <summary>
    /// 转载信息 (issue 11 item 12): a column of other organs' information (e.g. "转载信息", "上级文件"); only reprints go
    /// in it, and they go nowhere else. The specification's list ends with "……", so the type is added to it.
    /// </summary>
    public const string Reprints = "转载信息";

    /// <summary>The standard values, plus the current one when it is not among them so editing keeps it.</summary>
    public static IReadOnlyList<string> ChoicesFor(string? current) =>
        string.IsNullOrWhiteSpace(current) || Standard.Contains(current) ? Standard : [.. Standard, current];
}
