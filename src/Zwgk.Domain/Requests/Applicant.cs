using Zwgk.Domain.Documents;

namespace Zwgk.Domain.Requests;

/// <summary>
/// 申请人 (条例第二十九条第二款第（一）项): name, identity document and contact details. An organisation also names its
/// kind (the columns of table B) and a contact person. Validates itself; the lengths are reused by the database mapping.
/// </summary>
public sealed record Applicant
{
    public const int NameMax = 100;
    public const int IdNumberMax = 40;
    public const int PhoneMax = 40;
    public const int EmailMax = 200;
    public const int AddressMax = 300;

    public required ApplicantKind Kind { get; init; }

    /// <summary>The person's name, or the organisation's full name.</summary>
    public required string Name { get; init; }

    public required IdentityDocument IdType { get; init; }

    public required string IdNumber { get; init; }

    /// <summary>For an organisation: the person acting for it (法定代表人或联系人).</summary>
    public string? ContactPerson { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public string? PostalCode { get; init; }

    /// <summary>What is wrong, field by field (empty when valid). Keys are the property names.</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var p = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            p[nameof(Name)] = Kind.IsOrganization() ? "请填写单位名称。" : "请填写申请人姓名。";
        }
        else if (Name.Trim().Length > NameMax)
        {
            p[nameof(Name)] = $"名称不能超过 {NameMax} 个字。";
        }

        // 条例第二十九条: the application carries the applicant's identity document.
        if (string.IsNullOrWhiteSpace(IdNumber))
        {
            p[nameof(IdNumber)] = Kind.IsOrganization() ? "请填写统一社会信用代码或其他证照号码。" : "请填写身份证件号码。";
        }
        else if (IdNumber.Trim().Length > IdNumberMax)
        {
            p[nameof(IdNumber)] = "证件号码过长。";
        }
        else if (IdType == IdentityDocument.ResidentIdCard && ResidentIdNumber.Problem(IdNumber) is { } idProblem)
        {
            // GB 11643-1999: says whether the length, the birth date or the check digit is wrong.
            p[nameof(IdNumber)] = idProblem;
        }

        if (Kind.IsOrganization() && IdType != IdentityDocument.CreditCode)
        {
            p[nameof(IdType)] = "法人或其他组织请填写统一社会信用代码。";
        }

        if (!Kind.IsOrganization() && IdType == IdentityDocument.CreditCode)
        {
            p[nameof(IdType)] = "自然人请选择身份证件类型。";
        }

        if (Kind.IsOrganization() && string.IsNullOrWhiteSpace(ContactPerson))
        {
            p[nameof(ContactPerson)] = "请填写联系人。";
        }

        // 条例第二十九条: contact details, so the office can reach the applicant and deliver the reply.
        if (string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Address))
        {
            p[nameof(Phone)] = "请至少填写一种联系方式（电话、电子邮箱或通信地址）。";
        }

        if (!string.IsNullOrWhiteSpace(Email) && (!Email.Contains('@', StringComparison.Ordinal) || Email.Trim().Length > EmailMax))
        {
            p[nameof(Email)] = "电子邮箱格式不正确。";
        }

        if ((Phone?.Trim().Length ?? 0) > PhoneMax)
        {
            p[nameof(Phone)] = "电话号码过长。";
        }
        else if (PhoneNumber.Problem(Phone) is { } phoneProblem)
        {
            p[nameof(Phone)] = phoneProblem;
        }

        if ((Address?.Trim().Length ?? 0) > AddressMax)
        {
            p[nameof(Address)] = "通信地址过长。";
        }

        return p;
    }

    /// <summary>The same person or organisation, whatever the spacing or case of the number (for repeat detection).</summary>
    public string IdentityKey => $"{IdType}:{IdNumber.Trim().ToUpperInvariant()}";

    public Applicant Trimmed() => this with
    {
        Name = Name.Trim(),
        IdNumber = IdNumber.Trim().ToUpperInvariant(),
        ContactPerson = Blank(ContactPerson),
        Phone = Blank(Phone),
        Email = Blank(Email),
        Address = Blank(Address),
        PostalCode = Blank(PostalCode),
    };

    /// <summary>GB 11643: see <see cref="ResidentIdNumber"/>.</summary>
    public static bool IsResidentIdNumber(string id) => ResidentIdNumber.IsValid(id);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
