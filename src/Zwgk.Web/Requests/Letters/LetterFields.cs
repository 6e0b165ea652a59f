namespace Zwgk.Web.Requests.Letters;

/// Everything a template may print. Dates are China-time calendar days. Null = not applicable.
public sealed record LetterFields
{
    public required string AgencyName { get; init; }          // 答复机关 (the unit's full name)
    public string? AgencyAddress { get; init; }
    public string? AgencyPhone { get; init; }
    public required string TrackingNumber { get; init; }
    public required string ApplicantName { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required string InformationSought { get; init; }
    public required DateOnly IssuedOn { get; init; }
    public DateOnly? DueOn { get; init; }
    public DateOnly? ExtendedDueOn { get; init; }
    public string? ExtensionReason { get; init; }
    public string? ReasonText { get; init; }                   // why not disclosed / not processed, in words
    public string? LegalBasis { get; init; }                   // e.g. 《中华人民共和国政府信息公开条例》第十五条
    public string? HowToObtain { get; init; }                  // where/how/when the information is provided
    public string? ResponsibleAgency { get; init; }            // the agency that holds it (not ours)
    public string? ResponsibleAgencyContact { get; init; }
    public string? ClarificationItems { get; init; }           // what must be completed
    public DateOnly? ClarificationDeadline { get; init; }
    public string? ThirdPartyName { get; init; }
    public DateOnly? ThirdPartyDeadline { get; init; }
    public decimal? FeeAmount { get; init; }
    public string? FeeBasis { get; init; }                     // per request / per volume, with the rate
    public DateOnly? FeePaymentDeadline { get; init; }
    public string? DeliveryMethod { get; init; }
    public string? ReconsiderationBody { get; init; }          // 行政复议机关 named in the remedy notice
    public string? Court { get; init; }                        // 人民法院 named in the remedy notice
}
