using Zwgk.Domain.Requests;
using static Zwgk.Domain.Tests.Requests.Cases;

namespace Zwgk.Domain.Tests.Requests;

/// <summary>条例第三十条: one clarification, notice within 7 working days, the clock restarts from the completed request.</summary>
public class ClarificationTests
{
    [Fact]
    public void Notice_is_allowed_up_to_the_seventh_working_day_across_spring_festival()
    {
        // Tue 2026-02-10: 11, 12, 13, Sat 14 (workday), then 24, 25, 26 after the holiday.
        var r = Received("2026-02-10");
        r.RequestClarification("请写明项目名称和年份。", D("2026-03-06"), Cal, "办理人", At("2026-02-26"));
        Assert.Equal(RequestState.AwaitingClarification, r.State);
        Assert.Null(r.DueOn);
        Assert.Equal(DueStatus.Stopped, r.DueStatusOn(Cal, D("2026-02-27"), 3));
    }

    [Fact]
    public void Notice_after_the_seventh_working_day_is_refused()
    {
        var r = Received("2026-02-10");
        Throws("7 个工作日内（2026-02-26 前）", () => r.RequestClarification("请写明项目名称。", D("2026-03-06"), Cal, "办理人", At("2026-02-27")));
        Assert.Equal(D("2026-03-16"), r.DueOn);
    }

    [Fact]
    public void Completed_request_restarts_the_twenty_days_from_its_arrival()
    {
        var r = Received("2026-02-10");
        r.RequestClarification("请写明项目名称。", D("2026-03-10"), Cal, "办理人", At("2026-02-12"));
        r.CompleteClarification("东村街道2025年老旧小区改造项目资金拨付明细", D("2026-03-06"), null, Cal, "办理人", At("2026-03-09"));
        Assert.Equal(D("2026-03-06"), r.ClockStartedOn);
        Assert.Equal(D("2026-04-03"), r.DueOn);
        Assert.Equal(RequestState.Registered, r.State);
        Assert.Contains(r.Events, e => e.Action == "ClarificationCompleted" && e.PublicNote!.Contains("2026-04-03", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_clarification_is_refused()
    {
        var r = Received("2026-03-02");
        r.RequestClarification("请写明年份。", D("2026-03-10"), Cal, "办理人", At("2026-03-03"));
        r.CompleteClarification("2025年", D("2026-03-04"), null, Cal, "办理人", At("2026-03-04"));
        Throws("补正只能要求一次", () => r.RequestClarification("请再写明地点。", D("2026-03-12"), Cal, "办理人", At("2026-03-05")));
    }

    [Fact]
    public void Notice_must_name_what_is_missing_and_a_period_after_today()
    {
        var r = Received("2026-03-02");
        Throws("补正的事项", () => r.RequestClarification(" ", D("2026-03-10"), Cal, "办理人", At("2026-03-03")));
        Throws("补正期限须晚于今天", () => r.RequestClarification("请写明年份。", D("2026-03-03"), Cal, "办理人", At("2026-03-03")));
    }

    [Fact]
    public void Late_completion_needs_a_good_reason()
    {
        var r = Received("2026-03-02");
        r.RequestClarification("请写明年份。", D("2026-03-10"), Cal, "办理人", At("2026-03-03"));
        Throws("正当理由", () => r.CompleteClarification("2025年", D("2026-03-11"), null, Cal, "办理人", At("2026-03-11")));
        r.CompleteClarification("2025年", D("2026-03-11"), "申请人住院，提供了证明", Cal, "办理人", At("2026-03-11"));
        Assert.Equal(D("2026-04-09"), r.DueOn);
    }

    [Fact]
    public void No_completion_in_time_closes_as_abandoned_only_after_the_period()
    {
        var r = Received("2026-03-02");
        r.RequestClarification("请写明年份。", D("2026-03-10"), Cal, "办理人", At("2026-03-03"));
        var abandoned = new ReplyDetails { Outcome = RequestOutcome.OtherClarificationNotCompleted };
        Throws("尚未届满", () => r.Decide(abandoned, "办理人", At("2026-03-10")));
        r.Decide(abandoned, "办理人", At("2026-03-11"));
        r.Approve("负责人", null, "负责人", At("2026-03-11"));
        r.IssueReply("办理人", At("2026-03-11"));
        Assert.Equal(new RequestStatRecord(ApplicantKind.NaturalPerson, D("2026-03-02"), D("2026-03-11"), RequestOutcome.OtherClarificationNotCompleted), r.ToStatRecord());
    }

    [Fact]
    public void Still_unclear_presupposes_a_completed_clarification()
    {
        var r = Assigned("2026-03-02");
        var unclear = new ReplyDetails { Outcome = RequestOutcome.CannotProvideStillUnclear, ReasonText = "仍无法确定所指信息。" };
        Throws("已补正为前提", () => r.Decide(unclear, "办理人", At("2026-03-05")));
    }
}
