using System.ComponentModel.DataAnnotations;
using Zwgk.Domain.Requests;

namespace Zwgk.Web.Requests;

/// <summary>A request as registered by staff or filed online. Staff give the channel and the day of receipt (条例第三十一条).</summary>
public sealed class RegistrationInput
{
    public int UnitId { get; set; }

    public IntakeChannel Channel { get; set; } = IntakeChannel.InPerson;

    public DateOnly? ReceivedOn { get; set; }

    [StringLength(500)]
    public string? ReceiptNote { get; set; }

    public ApplicantKind ApplicantKind { get; set; } = ApplicantKind.NaturalPerson;

    [StringLength(Applicant.NameMax)]
    public string? Name { get; set; }

    public IdentityDocument IdType { get; set; } = IdentityDocument.ResidentIdCard;

    [StringLength(Applicant.IdNumberMax)]
    public string? IdNumber { get; set; }

    [StringLength(Applicant.NameMax)]
    public string? ContactPerson { get; set; }

    [StringLength(Applicant.PhoneMax)]
    public string? Phone { get; set; }

    [StringLength(Applicant.EmailMax)]
    public string? Email { get; set; }

    [StringLength(Applicant.AddressMax)]
    public string? Address { get; set; }

    [StringLength(10)]
    public string? PostalCode { get; set; }

    [StringLength(InformationRequest.InformationMax)]
    public string? InformationSought { get; set; }

    [StringLength(1000)]
    public string? Purpose { get; set; }

    public RequestedForm Form { get; set; } = RequestedForm.Electronic;

    public DeliveryMethod Delivery { get; set; } = DeliveryMethod.Online;

    public Applicant ToApplicant() => new()
    {
        Kind = ApplicantKind,
        Name = Name ?? "",
        IdType = IdType,
        IdNumber = IdNumber ?? "",
        ContactPerson = ContactPerson,
        Phone = Phone,
        Email = Email,
        Address = Address,
        PostalCode = PostalCode,
    };
}

/// <summary>
/// The fields any step may take; each action reads the ones it needs and the aggregate says what is missing.
/// One shape for the console forms and for <c>POST /api/v1/requests/{id}/{action}</c>.
/// </summary>
public sealed class ActionInput
{
    public int? UnitId { get; set; }

    public string? Handler { get; set; }

    public string? Note { get; set; }

    public string? Reason { get; set; }

    public string? Items { get; set; }

    public DateOnly? Deadline { get; set; }

    public string? Text { get; set; }

    public DateOnly? On { get; set; }

    public string? LateReason { get; set; }

    public ConsultationKind? ConsultationKind { get; set; }

    public string? Party { get; set; }

    public string? Contact { get; set; }

    public string? Matter { get; set; }

    public int? Number { get; set; }

    public ConsultationAnswer? Answer { get; set; }

    public string? Opinion { get; set; }

    public int? Days { get; set; }

    public FeeMode? FeeMode { get; set; }

    public int? Quantity { get; set; }

    public RequestOutcome? Outcome { get; set; }

    public string? ReasonText { get; set; }

    public string? LegalBasis { get; set; }

    public string? HowToObtain { get; set; }

    public string? ResponsibleAgency { get; set; }

    public string? ResponsibleAgencyContact { get; set; }

    public DeliveryMethod? Method { get; set; }

    public RemedyKind? RemedyKind { get; set; }

    public string? Body { get; set; }

    public string? CaseNumber { get; set; }

    public RemedyResult? Result { get; set; }

    public int? DocumentId { get; set; }

    public ReplyDetails? ToReply() => Outcome is { } o ? new ReplyDetails
    {
        Outcome = o,
        ReasonText = ReasonText,
        LegalBasis = LegalBasis,
        HowToObtain = HowToObtain,
        ResponsibleAgency = ResponsibleAgency,
        ResponsibleAgencyContact = ResponsibleAgencyContact,
    } : null;
}
