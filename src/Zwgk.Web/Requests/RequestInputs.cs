using System.ComponentModel.DataAnnotations;
using Zwgk.Domain.Requests;

namespace Zwgk.Web.Requests;

/// <summary>
/// A request as registered by staff or filed online. Staff give the channel and the day of receipt (条例第三十一条).
/// The online form, the console form and POST /api/v1/requests all check it with <see cref="Problems"/>: one list of rules.
/// </summary>
public sealed class RegistrationInput
{
    public int UnitId { get; set; }

    [Display(Name = "收到申请的渠道")]
    public IntakeChannel Channel { get; set; } = IntakeChannel.InPerson;

    [Display(Name = "收到申请的日期")]
    public DateOnly? ReceivedOn { get; set; }

    [StringLength(500, ErrorMessage = "确认情况说明不能超过 500 字。")]
    public string? ReceiptNote { get; set; }

    [Display(Name = "申请人类型")]
    public ApplicantKind ApplicantKind { get; set; } = ApplicantKind.NaturalPerson;

    [StringLength(Applicant.NameMax, ErrorMessage = "姓名或单位名称不能超过 100 字。")]
    public string? Name { get; set; }

    [Display(Name = "证件类型")]
    public IdentityDocument IdType { get; set; } = IdentityDocument.ResidentIdCard;

    [StringLength(Applicant.IdNumberMax, ErrorMessage = "证件号码过长。")]
    public string? IdNumber { get; set; }

    [StringLength(Applicant.NameMax, ErrorMessage = "联系人不能超过 100 字。")]
    public string? ContactPerson { get; set; }

    [StringLength(Applicant.PhoneMax, ErrorMessage = "电话号码过长。")]
    public string? Phone { get; set; }

    [StringLength(Applicant.EmailMax, ErrorMessage = "电子邮箱过长。")]
    public string? Email { get; set; }

    [StringLength(Applicant.AddressMax, ErrorMessage = "通信地址过长。")]
    public string? Address { get; set; }

    [StringLength(10, ErrorMessage = "邮政编码不能超过 10 位。")]
    public string? PostalCode { get; set; }

    [StringLength(InformationRequest.InformationMax, ErrorMessage = "所需信息描述不能超过 4000 字。")]
    public string? InformationSought { get; set; }

    [StringLength(1000, ErrorMessage = "用途不能超过 1000 字。")]
    public string? Purpose { get; set; }

    [Display(Name = "信息的提供形式")]
    public RequestedForm Form { get; set; } = RequestedForm.Electronic;

    [Display(Name = "获取信息的方式")]
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

    /// <summary>
    /// Every rule the applicant's part breaks, keyed by this type's property names (the form's Input.X, the API's field):
    /// the domain's <see cref="InformationRequest.RegistrationProblems"/>, plus the day of receipt that staff must give.
    /// </summary>
    public Dictionary<string, string[]> Problems(bool staff)
    {
        var problems = InformationRequest.RegistrationProblems(ToApplicant().Trimmed(), InformationSought, Delivery)
            .ToDictionary(p => p.Key, p => new[] { p.Value });
        if (staff && ReceivedOn is null)
        {
            problems[nameof(ReceivedOn)] = ["请填写收到申请的日期。"];
        }

        return problems;
    }
}
