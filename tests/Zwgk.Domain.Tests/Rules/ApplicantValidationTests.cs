using Zwgk.Domain.Requests;

namespace Zwgk.Domain.Tests.Rules;

/// <summary>The checks of what an applicant writes: ID numbers (GB 11643-1999), phone numbers, the description.</summary>
public sealed class ApplicantValidationTests
{
    [Theory]
    [InlineData("370687199001011232")]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    public void Well_formed_numbers_pass(string id) => Assert.Null(ResidentIdNumber.Problem(id));

    [Theory]
    [InlineData("37068719900101123", "应为 18 位，您填写了 17 位")]
    [InlineData("3706871990010112321", "您填写了 19 位")]
    [InlineData("37068719900101123A", "最后一位为数字或字母 X")]
    [InlineData("990687199001011232", "地址码")]
    [InlineData("370687199013011232", "出生日期，“19901301”不是有效的日期")]
    [InlineData("370687189001011232", "出生日期")]
    [InlineData("370687199001011233", "校验码不符（按前 17 位计算应为 2）")]
    public void Each_fault_has_its_own_message(string id, string expected) =>
        Assert.Contains(expected, ResidentIdNumber.Problem(id), StringComparison.Ordinal);

    [Fact]
    public void A_wrong_check_digit_is_not_reported_as_a_length()
    {
        var message = ResidentIdNumber.Problem("370687199001011231")!;
        Assert.DoesNotContain("18 位", message, StringComparison.Ordinal);
        Assert.Contains("校验码", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("0535-3221234")]
    [InlineData("(0535)3221234")]
    [InlineData("010-62345678")]
    [InlineData("0535-3221234-801")]
    [InlineData("0535-3221234转801")]
    public void Mobile_and_fixed_line_numbers_pass(string phone) => Assert.Null(PhoneNumber.Problem(phone));

    [Theory]
    [InlineData("138", "手机号码应为 11 位，您填写了 3 位")]
    [InlineData("12812345678", "格式不正确")]
    [InlineData("3221234", "格式不正确")]
    [InlineData("abc", "格式不正确")]
    public void Bad_numbers_say_what_a_number_should_look_like(string phone, string expected)
    {
        var message = PhoneNumber.Problem(phone)!;
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Contains("0535-3221234", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_registration_rules_report_every_field_at_once()
    {
        var applicant = new Applicant { Kind = ApplicantKind.NaturalPerson, Name = "", IdType = IdentityDocument.ResidentIdCard, IdNumber = "370687199001011233", Phone = "138" };
        var problems = InformationRequest.RegistrationProblems(applicant, "  ", DeliveryMethod.Email);
        Assert.Equal(["Email", "IdNumber", "InformationSought", "Name", "Phone"], problems.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("校验码", problems["IdNumber"], StringComparison.Ordinal);
        Assert.Contains("所需政府信息", problems["InformationSought"], StringComparison.Ordinal);
    }
}
