using Zwgk.Domain.Requests;
using static Zwgk.Domain.Tests.Requests.Cases;

namespace Zwgk.Domain.Tests.Requests;

/// <summary>国办函〔2020〕109号: rates, one mode per request, 20 working days to pay, and the clock meanwhile.</summary>
public class FeeTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(55, 400)]
    public void Per_request_rate_by_the_ordinal_in_the_month(int ordinal, int yuan) =>
        Assert.Equal(yuan, FeeCalculator.PerRequest(ordinal));

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)]
    public void Per_volume_is_progressive_over_the_excess(int pages, int yuan) =>
        Assert.Equal(yuan, FeeCalculator.PerVolume(pages));

    [Fact]
    public void Payment_is_due_twenty_working_days_after_receipt_of_the_notice_across_national_day()
    {
        var r = Assigned("2026-09-14");
        r.IssueFeeNotice(FeeMode.PerVolume, 120, D("2026-09-18"), pausesClock: true, Cal, "办理人", At("2026-09-18"));
        // From Sat 09-19: Sun 09-20 (workday) … the holidays 09-25..27 and 10-01..07, Sat 10-10 (workday) → 10-22.
        Assert.Equal(D("2026-10-22"), r.FeePaymentDueOn);
        Assert.Equal(1100m, r.FeeAmount);
        Assert.Equal(DueStatus.Paused, r.DueStatusOn(Cal, D("2026-10-09"), 3));
    }

    [Fact]
    public void Paying_resumes_the_clock_with_the_days_left()
    {
        // Received Mon 2026-09-14, due 10-16. Paused Fri 09-18 with 16 working days left (09-20 … 10-16 without the holidays).
        var r = Assigned("2026-09-14");
        Assert.Equal(D("2026-10-16"), r.DueOn);
        r.IssueFeeNotice(FeeMode.PerRequest, 12, D("2026-09-18"), pausesClock: true, Cal, "办理人", At("2026-09-18"));
        Assert.Equal(100m, r.FeeAmount);
        var left = r.PausedRemaining!.Value;
        r.RecordFeePayment(D("2026-10-12"), Cal, "办理人", At("2026-10-12"));
        Assert.Equal(Cal.AddWorkingDays(D("2026-10-12"), left), r.DueOn);
        Assert.Equal(16, left);
        Assert.Equal(D("2026-11-03"), r.DueOn);
    }

    [Fact]
    public void Without_the_pause_setting_the_clock_runs_on()
    {
        var r = Assigned("2026-09-14");
        r.IssueFeeNotice(FeeMode.PerVolume, 50, D("2026-09-18"), pausesClock: false, Cal, "办理人", At("2026-09-18"));
        Assert.Equal(DueStatus.OnTime, r.DueStatusOn(Cal, D("2026-09-21"), 3));
        Assert.Equal(D("2026-10-16"), r.DueOn);
    }

    [Fact]
    public void Both_modes_on_one_request_are_refused()
    {
        var r = Assigned("2026-09-14");
        r.IssueFeeNotice(FeeMode.PerVolume, 50, D("2026-09-18"), true, Cal, "办理人", At("2026-09-18"));
        Throws("同时按件和按量", () => r.IssueFeeNotice(FeeMode.PerRequest, 15, D("2026-09-21"), true, Cal, "办理人", At("2026-09-21")));
    }

    [Fact]
    public void Free_quantities_are_not_charged()
    {
        var r = Assigned("2026-09-14");
        Throws("不收费", () => r.IssueFeeNotice(FeeMode.PerRequest, 10, D("2026-09-18"), true, Cal, "办理人", At("2026-09-18")));
        Throws("不收费", () => r.IssueFeeNotice(FeeMode.PerVolume, 30, D("2026-09-18"), true, Cal, "办理人", At("2026-09-18")));
    }

    [Fact]
    public void Unpaid_fee_blocks_the_reply_and_after_its_period_only_not_processed_remains()
    {
        var r = Assigned("2026-09-14");
        r.IssueFeeNotice(FeeMode.PerVolume, 50, D("2026-09-18"), true, Cal, "办理人", At("2026-09-18"));
        Throws("尚未缴费", () => r.Decide(Disclose(), "办理人", At("2026-09-21")));
        Throws("尚未届满", () => r.Decide(new ReplyDetails { Outcome = RequestOutcome.OtherFeeNotPaid }, "办理人", At("2026-10-22")));
        Throws("缴费期限已于", () => r.RecordFeePayment(D("2026-10-23"), Cal, "办理人", At("2026-10-23")));
        Assert.True(r.LapseFee(Cal, D("2026-10-23")));
        Throws("逾期未按收费通知", () => r.Decide(Disclose(), "办理人", At("2026-10-23")));
        r.Decide(new ReplyDetails { Outcome = RequestOutcome.OtherFeeNotPaid }, "办理人", At("2026-10-23"));
        Assert.Equal(RequestState.AwaitingApproval, r.State);
    }
}
