using Zwgk.Domain.Calendar;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Tests.Calendar;
using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Tests.Requests;

/// <summary>Builds requests on the real 2025/2026 official calendar, with the time given as China-time days.</summary>
internal static class Cases
{
    public static WorkingDayCalendar Cal => RealCalendar.Calendar;

    public static DateOnly D(string iso) => RealCalendar.D(iso);

    /// <summary>10:00 China time on the day, as the UTC instant the aggregate is given.</summary>
    public static DateTime At(string iso) => TimeZoneInfo.ConvertTimeToUtc(D(iso).ToDateTime(new TimeOnly(10, 0)), ChinaTime.Zone);

    public static Applicant Person(string name = "张三", string id = "370687199001011232") => new()
    {
        Kind = ApplicantKind.NaturalPerson,
        Name = name,
        IdType = IdentityDocument.ResidentIdCard,
        IdNumber = id,
        Phone = "13800000000",
        Address = "山东省海阳市东村街道海政路1号",
    };

    public static Applicant Company() => new()
    {
        Kind = ApplicantKind.CommercialEnterprise,
        Name = "海阳市某某建材有限公司",
        IdType = IdentityDocument.CreditCode,
        IdNumber = "91370687MA3C000000",
        ContactPerson = "李四",
        Email = "li@example.com",
    };

    public static InformationRequest Received(string receivedOn, IntakeChannel channel = IntakeChannel.InPerson, string? registeredOn = null, RequestClockSettings? settings = null, Applicant? applicant = null, string? receiptNote = null) =>
        InformationRequest.Register(
            unitId: 1, trackingNumber: "Y2026000001", accessCodeHash: "v1$x$y", channel, D(receivedOn),
            receiptNote ?? (channel.NeedsConfirmation() ? "电话与申请人确认" : null),
            applicant ?? Person(), "2025年东村街道老旧小区改造项目的资金使用情况", null, RequestedForm.Electronic, DeliveryMethod.Online,
            Cal, settings ?? RequestClockSettings.Default, "登记人", At(registeredOn ?? receivedOn));

    public static InformationRequest Assigned(string receivedOn, string? assignedOn = null)
    {
        var r = Received(receivedOn);
        r.Assign(2, "海阳市住房和城乡建设局", ("u-wangwu", "王五"), null, "登记人", At(assignedOn ?? receivedOn));
        return r;
    }

    public static ReplyDetails Disclose() => new() { Outcome = RequestOutcome.Disclosed, HowToObtain = "随本告知书提供电子文件一份。" };

    public static ReplyDetails PartlyDisclose() => new()
    {
        Outcome = RequestOutcome.PartlyDisclosed,
        HowToObtain = "随本告知书提供可以公开部分的电子文件。",
        ReasonText = "其中涉及第三方个人隐私的内容不予公开。",
        LegalBasis = "《中华人民共和国政府信息公开条例》第十五条、第三十七条",
    };

    public static void Throws(string containing, Action act)
    {
        var e = Assert.Throws<DomainRuleException>(act);
        Assert.Contains(containing, e.Message, StringComparison.Ordinal);
    }
}
