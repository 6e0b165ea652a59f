namespace Zwgk.Domain.Requests;

/// <summary>The three column groups of annual-report table C (四、政府信息公开行政复议、行政诉讼情况).</summary>
public enum RemedyKind
{
    /// <summary>行政复议</summary>
    Reconsideration,

    /// <summary>行政诉讼 — 未经复议直接起诉</summary>
    LawsuitDirect,

    /// <summary>行政诉讼 — 复议后起诉</summary>
    LawsuitAfterReconsideration,
}

/// <summary>The result columns of each group of table C.</summary>
public enum RemedyResult
{
    /// <summary>结果维持</summary>
    Upheld,

    /// <summary>结果纠正</summary>
    Corrected,

    /// <summary>其他结果</summary>
    Other,

    /// <summary>尚未审结</summary>
    Pending,
}

public static class RemedyExtensions
{
    public static string DisplayName(this RemedyKind k) => k switch
    {
        RemedyKind.Reconsideration => "行政复议",
        RemedyKind.LawsuitDirect => "未经复议直接起诉",
        RemedyKind.LawsuitAfterReconsideration => "复议后起诉",
        _ => k.ToString(),
    };

    public static string DisplayName(this RemedyResult r) => r switch
    {
        RemedyResult.Upheld => "结果维持",
        RemedyResult.Corrected => "结果纠正",
        RemedyResult.Other => "其他结果",
        RemedyResult.Pending => "尚未审结",
        _ => r.ToString(),
    };
}
