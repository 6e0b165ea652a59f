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
