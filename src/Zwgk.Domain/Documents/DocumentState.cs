namespace Zwgk.Domain.Documents;

/// <summary>Where a document is in its life: draft → 保密审查 → (备案) → 审签 → published (or scheduled) / filed; withdrawn ends publication.</summary>
public enum DocumentState
{
    Draft,
    ConfidentialityReview,

    /// <summary>待备案: a policy document proposed 依申请公开/不予公开 waits for the disclosure office (seed 004 §三(一)1).</summary>
    AwaitingFiling,
    SignOff,
    Scheduled,
    Published,
    Filed,
    Withdrawn,
}

public static class DocumentStateExtensions
{
    public static string DisplayName(this DocumentState s) => s switch
    {
        DocumentState.Draft => "草稿",
        DocumentState.ConfidentialityReview => "保密审查中",
        DocumentState.AwaitingFiling => "待政务公开工作机构备案",
        DocumentState.SignOff => "待审签",
        DocumentState.Scheduled => "定时发布",
        DocumentState.Published => "已发布",
        DocumentState.Filed => "已归档（不主动公开）",
        DocumentState.Withdrawn => "已撤稿",
        _ => s.ToString(),
    };
}
