namespace Zwgk.Domain.Requests;

/// <summary>
/// The decision on a request (条例第三十六至三十九条) in the national outcome taxonomy, with what the reply letter must say.
/// <see cref="Problems"/> names what the outcome needs and is missing.
/// </summary>
public sealed record ReplyDetails
{
    public const int TextMax = 2000;

    public required RequestOutcome Outcome { get; init; }

    /// <summary>Why not (or not all) disclosed / not processed, in words.</summary>
    public string? ReasonText { get; init; }

    /// <summary>The article relied on, e.g. 《中华人民共和国政府信息公开条例》第十五条.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>Where, how and when the applicant obtains the information (or the proper channel / publication).</summary>
    public string? HowToObtain { get; init; }

    /// <summary>条例第三十六条第（五）项: the agency that is responsible, when known.</summary>
    public string? ResponsibleAgency { get; init; }

    public string? ResponsibleAgencyContact { get; init; }

    /// <summary>What this outcome requires that is missing, in Chinese; empty when complete. Case facts are checked by the aggregate.</summary>
    public IReadOnlyList<string> Problems()
    {
        var p = new List<string>();
        var o = Outcome;
        // 条例第三十六条第（一）（二）项、第三十七条: the applicant is told where, how and when to obtain the information.
        if (o.ProvidesInformation() && Blank(HowToObtain))
        {
            p.Add("予以公开或部分公开须写明获取信息的方式、途径和时间。");
        }

        // 条例第三十六条第（三）项、第三十七条: a refusal (in whole or in part) states its reason and legal basis.
        if ((o.Group() == OutcomeGroup.NotDisclosed || o == RequestOutcome.PartlyDisclosed) && (Blank(ReasonText) || Blank(LegalBasis)))
        {
            p.Add(o == RequestOutcome.PartlyDisclosed
                ? "部分公开须说明不予公开部分的理由和法律依据。"
                : $"不予公开（{o.DisplayName()}）须说明理由并写明法律依据（条例第十四至十六条或其他法律法规）。");
        }

        // 条例第三十六条第（四）（五）项、第三十八条、第三十五条、第三十九条: these replies explain themselves.
        if (o.Group() is OutcomeGroup.CannotProvide or OutcomeGroup.NotProcessed && o != RequestOutcome.NotProcessedPublication && Blank(ReasonText))
        {
            p.Add($"“{o.DisplayName()}”须在答复中说明理由。");
        }

        // 条例第三十九条第二款: a request for publications is told where to get them.
        if (o == RequestOutcome.NotProcessedPublication && Blank(HowToObtain))
        {
            p.Add("要求提供公开出版物的，须告知获取的途径。");
        }

        // 条例第三十九条第一款: a petition or complaint is told the proper channel.
        if (o == RequestOutcome.NotProcessedPetitionOrComplaint && Blank(HowToObtain))
        {
            p.Add("信访、投诉、举报类申请须告知申请人通过相应渠道提出。");
        }

        if (o == RequestOutcome.Other && Blank(ReasonText))
        {
            p.Add("“其他”处理须说明具体情况。");
        }

        foreach (var (value, label) in new[] { (ReasonText, "理由"), (LegalBasis, "法律依据"), (HowToObtain, "获取方式"), (ResponsibleAgency, "负责机关"), (ResponsibleAgencyContact, "负责机关联系方式") })
        {
            if ((value?.Length ?? 0) > TextMax)
            {
                p.Add($"{label}不能超过 {TextMax} 字。");
            }
        }

        return p;
    }

    public ReplyDetails Trimmed() => this with
    {
        ReasonText = Clean(ReasonText),
        LegalBasis = Clean(LegalBasis),
        HowToObtain = Clean(HowToObtain),
        ResponsibleAgency = Clean(ResponsibleAgency),
        ResponsibleAgencyContact = Clean(ResponsibleAgencyContact),
    };

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
