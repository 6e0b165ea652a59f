using Zwgk.Domain.Requests;
using static Zwgk.Domain.Tests.Requests.Cases;

namespace Zwgk.Domain.Tests.Requests;

/// <summary>条例第三十一条、第三十三条: the reply deadline from the day of receipt, per channel, across holidays and make-up workdays.</summary>
public class ReceiptClockTests
{
    [Fact]
    public void Handed_in_before_national_day_counts_the_make_up_Sunday_and_Saturday_and_skips_the_holiday()
    {
        // Fri 2025-09-26; Sun 09-28 and Sat 10-11 are workdays, 10-01..10-08 are holidays.
        var r = Received("2025-09-26");
        Assert.Equal(D("2025-09-26"), r.ClockStartedOn);
        Assert.Equal(D("2025-10-30"), r.DueOn);
    }

    [Fact]
    public void Registered_post_counts_from_the_day_the_office_signs_for_it()
    {
        // The letter arrived on Sat 09-27 (a rest day) and was signed for on the make-up workday Sun 09-28.
        var r = Received("2025-09-28", IntakeChannel.RegisteredPost, registeredOn: "2025-09-29");
        Assert.Equal(D("2025-10-31"), r.DueOn);
    }

    [Fact]
    public void Online_request_on_a_holiday_counts_from_the_first_working_day_after_it()
    {
        var r = Received("2025-10-03", IntakeChannel.Online);
        Assert.Equal(D("2025-11-04"), r.DueOn);
    }

    [Theory]
    [InlineData(IntakeChannel.OrdinaryLetter)]
    [InlineData(IntakeChannel.Fax)]
    [InlineData(IntakeChannel.Email)]
    public void Letter_fax_and_email_count_from_the_confirmed_day_which_must_be_explained(IntakeChannel channel)
    {
        var r = Received("2025-12-30", channel, registeredOn: "2026-01-05", receiptNote: "2025-12-30 电话确认");
        // Crosses the 2026 New Year holiday (01-01..01-03) and the make-up Sunday 01-04.
        Assert.Equal(D("2026-01-28"), r.DueOn);
        Throws("确认", () => Received("2025-12-30", channel, receiptNote: " "));
    }

    [Fact]
    public void Same_day_counting_setting_counts_a_working_day_of_receipt_as_day_one()
    {
        var r = Received("2025-09-26", settings: new RequestClockSettings(CountingStart.SameDay));
        Assert.Equal(D("2025-10-29"), r.DueOn);
    }

    [Fact]
    public void Spring_festival_with_its_make_up_Saturdays()
    {
        // Fri 2026-02-13; Sat 02-14 and Sat 02-28 are workdays, 02-15..02-23 holidays.
        Assert.Equal(D("2026-03-19"), Received("2026-02-13").DueOn);
    }

    [Fact]
    public void A_received_day_in_the_future_is_refused()
    {
        Throws("不能晚于今天", () => Received("2026-03-03", registeredOn: "2026-03-02"));
    }

    [Fact]
    public void Registration_records_the_public_receipt_event()
    {
        var r = Received("2026-04-01");
        var e = Assert.Single(r.Events);
        Assert.Equal("Registered", e.Action);
        Assert.Contains("2026-04-30", e.PublicNote, StringComparison.Ordinal);
        Assert.Equal("登记人", e.Actor);
    }

    [Fact]
    public void Missing_identity_or_information_is_refused_with_the_reason()
    {
        Throws("身份证件号码", () => Received("2026-04-01", applicant: Person(id: "")));
        Throws("校验码不符", () => Received("2026-04-01", applicant: Person(id: "370687199001011234")));
        Throws("18 位", () => Received("2026-04-01", applicant: Person(id: "37068719900101123")));
        Throws("联系方式", () => Received("2026-04-01", applicant: Person() with { Phone = null, Address = null }));
        Throws("联系人", () => Received("2026-04-01", applicant: Company() with { ContactPerson = null }));
    }

    [Fact]
    public void Due_status_is_derived_from_the_stored_deadline()
    {
        var r = Received("2026-04-01");
        Assert.Equal(DueStatus.OnTime, r.DueStatusOn(Cal, D("2026-04-20"), 3));
        Assert.Equal(DueStatus.DueSoon, r.DueStatusOn(Cal, D("2026-04-27"), 3));
        Assert.Equal(DueStatus.DueSoon, r.DueStatusOn(Cal, D("2026-04-30"), 3));
        Assert.Equal(DueStatus.Overdue, r.DueStatusOn(Cal, D("2026-05-06"), 3));
        // The stored deadline does not move when it is read.
        Assert.Equal(D("2026-04-30"), r.DueOn);
    }
}
