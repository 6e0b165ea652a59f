namespace Zwgk.Domain.Requests;

/// <summary>
/// The result groups of table B "三、本年度办理结果" (annual-report.md). Numbers go on the sub-rows
/// (<see cref="RequestOutcome"/>); a group is only a heading, except 予以公开 and 部分公开 which have no sub-rows.
/// </summary>
public enum OutcomeGroup
{
    Disclosed,
    PartlyDisclosed,
    NotDisclosed,
    CannotProvide,
    NotProcessed,
    OtherHandling,
}

/// <summary>
/// How a closed request ended: exactly one of the 21 result rows of table B, which is also the national
/// outcome taxonomy the reply types of 条例第三十六至三十九条 map onto. Each closed request counts once, here.
/// </summary>
public enum RequestOutcome
{
    // （一）予以公开 — 条例第三十六条（一）（二）: already public, or provided.
    Disclosed,

    // （二）部分公开 — 条例第三十七条: the separable part is provided (counts only here).
    PartlyDisclosed,

    // （三）不予公开 — 条例第三十六条（三）with the grounds of 第十四至十六条.
    NotDisclosedStateSecret,
    NotDisclosedProhibitedByLaw,
    NotDisclosedSecurityAndStability,
    NotDisclosedThirdPartyRights,
    NotDisclosedInternalAffairs,
    NotDisclosedProcessInformation,
    NotDisclosedEnforcementCaseFile,
    NotDisclosedAdministrativeInquiry,

    // （四）无法提供 — 条例第三十六条（四）, 第三十八条, 第三十条.
    CannotProvideNotHeld,
    CannotProvideNeedsCompilation,
    CannotProvideStillUnclear,

    // （五）不予处理 — 条例第三十九条, 第三十六条（六）, 第三十五条.
    NotProcessedPetitionOrComplaint,
    NotProcessedRepeatRequest,
    NotProcessedPublication,
    NotProcessedUnreasonableVolume,
    NotProcessedConfirmationOrReissue,

    // （六）其他处理 — 条例第三十条 (补正 not completed), 第四十二条 (fee not paid), other.
    OtherClarificationNotCompleted,
    OtherFeeNotPaid,
    Other,
}

public static class RequestOutcomeExtensions
{
    /// <summary>All 21 result rows in the order of table B.</summary>
    public static IReadOnlyList<RequestOutcome> InTableOrder { get; } = Enum.GetValues<RequestOutcome>();

    public static OutcomeGroup Group(this RequestOutcome o) => o switch
    {
        RequestOutcome.Disclosed => OutcomeGroup.Disclosed,
        RequestOutcome.PartlyDisclosed => OutcomeGroup.PartlyDisclosed,
        >= RequestOutcome.NotDisclosedStateSecret and <= RequestOutcome.NotDisclosedAdministrativeInquiry => OutcomeGroup.NotDisclosed,
        >= RequestOutcome.CannotProvideNotHeld and <= RequestOutcome.CannotProvideStillUnclear => OutcomeGroup.CannotProvide,
        >= RequestOutcome.NotProcessedPetitionOrComplaint and <= RequestOutcome.NotProcessedConfirmationOrReissue => OutcomeGroup.NotProcessed,
        _ => OutcomeGroup.OtherHandling,
    };

    /// <summary>The row label of table B, verbatim (sub-rows without their number).</summary>
    public static string DisplayName(this RequestOutcome o) => o switch
    {
        RequestOutcome.Disclosed => "予以公开",
        RequestOutcome.PartlyDisclosed => "部分公开（区分处理的，只计这一情形，不计其他情形）",
        RequestOutcome.NotDisclosedStateSecret => "属于国家秘密",
        RequestOutcome.NotDisclosedProhibitedByLaw => "其他法律行政法规禁止公开",
        RequestOutcome.NotDisclosedSecurityAndStability => "危及“三安全一稳定”",
        RequestOutcome.NotDisclosedThirdPartyRights => "保护第三方合法权益",
        RequestOutcome.NotDisclosedInternalAffairs => "属于三类内部事务信息",
        RequestOutcome.NotDisclosedProcessInformation => "属于四类过程性信息",
        RequestOutcome.NotDisclosedEnforcementCaseFile => "属于行政执法案卷",
        RequestOutcome.NotDisclosedAdministrativeInquiry => "属于行政查询事项",
        RequestOutcome.CannotProvideNotHeld => "本机关不掌握相关政府信息",
        RequestOutcome.CannotProvideNeedsCompilation => "没有现成信息需要另行制作",
        RequestOutcome.CannotProvideStillUnclear => "补正后申请内容仍不明确",
        RequestOutcome.NotProcessedPetitionOrComplaint => "信访举报投诉类申请",
        RequestOutcome.NotProcessedRepeatRequest => "重复申请",
        RequestOutcome.NotProcessedPublication => "要求提供公开出版物",
        RequestOutcome.NotProcessedUnreasonableVolume => "无正当理由大量反复申请",
        RequestOutcome.NotProcessedConfirmationOrReissue => "要求行政机关确认或重新出具已获取信息",
        RequestOutcome.OtherClarificationNotCompleted => "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        RequestOutcome.OtherFeeNotPaid => "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        RequestOutcome.Other => "其他",
        _ => o.ToString(),
    };

    /// <summary>The group heading of table B, verbatim with its number.</summary>
    public static string DisplayName(this OutcomeGroup g) => g switch
    {
        OutcomeGroup.Disclosed => "（一）予以公开",
        OutcomeGroup.PartlyDisclosed => "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        OutcomeGroup.NotDisclosed => "（三）不予公开",
        OutcomeGroup.CannotProvide => "（四）无法提供",
        OutcomeGroup.NotProcessed => "（五）不予处理",
        OutcomeGroup.OtherHandling => "（六）其他处理",
        _ => g.ToString(),
    };

    /// <summary>The sub-row number within its group (1-based), or null for 予以公开 and 部分公开.</summary>
    public static int? SubRowNumber(this RequestOutcome o) => o.Group() switch
    {
        OutcomeGroup.Disclosed or OutcomeGroup.PartlyDisclosed => null,
        var g => InTableOrder.Where(x => x.Group() == g).ToList().IndexOf(o) + 1,
    };

    /// <summary>Whether the applicant receives (some of) the information: the letter then says how and where.</summary>
    public static bool ProvidesInformation(this RequestOutcome o) =>
        o is RequestOutcome.Disclosed or RequestOutcome.PartlyDisclosed;
}
