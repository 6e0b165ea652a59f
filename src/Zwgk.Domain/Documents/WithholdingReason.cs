namespace Zwgk.Domain.Documents;

/// <summary>
/// Legal grounds for not disclosing proactively (政府信息公开条例 Art. 14–16), the same sub-rows that
/// annual-report table B counts under 不予公开 (annual-report.md).
/// </summary>
public enum WithholdingReason
{
    StateSecret,
    ProhibitedByLaw,
    SecurityAndStability,
    ThirdPartyRights,
    InternalAffairs,
    ProcessInformation,
    EnforcementCaseFile,
}

public static class WithholdingReasonExtensions
{
    public static string DisplayName(this WithholdingReason r) => r switch
    {
        WithholdingReason.StateSecret => "属于国家秘密",
        WithholdingReason.ProhibitedByLaw => "其他法律行政法规禁止公开",
        WithholdingReason.SecurityAndStability => "危及“三安全一稳定”",
        WithholdingReason.ThirdPartyRights => "保护第三方合法权益",
        WithholdingReason.InternalAffairs => "属于三类内部事务信息",
        WithholdingReason.ProcessInformation => "属于四类过程性信息",
        WithholdingReason.EnforcementCaseFile => "属于行政执法案卷",
        _ => r.ToString(),
    };

    public static string Article(this WithholdingReason r) => r switch
    {
        WithholdingReason.StateSecret or WithholdingReason.ProhibitedByLaw or WithholdingReason.SecurityAndStability => "《政府信息公开条例》第十四条",
        WithholdingReason.ThirdPartyRights => "《政府信息公开条例》第十五条",
        _ => "《政府信息公开条例》第十六条",
    };
}
