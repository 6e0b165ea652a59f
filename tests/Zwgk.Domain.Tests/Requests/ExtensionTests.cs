using Zwgk.Domain.Requests;
using static Zwgk.Domain.Tests.Requests.Cases;

namespace Zwgk.Domain.Tests.Requests;

/// <summary>条例第三十三条第二款: one extension, at most 20 working days, approved, before the original deadline.</summary>
public class ExtensionTests
{
    [Fact]
    public void Twenty_working_days_after_the_deadline_across_may_day()
    {
        var r = Assigned("2026-04-01");
        r.Extend(20, "涉及多个年度档案，需调取核对", "公开办负责人", Cal, "公开办负责人", At("2026-04-29"));
        Assert.Equal(D("2026-04-30"), r.DueBeforeExtensionOn);
        Assert.Equal(D("2026-06-01"), r.DueOn);
        Assert.Contains(r.Events, e => e.Action == "Extended" && e.PublicNote!.Contains("2026-06-01", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_extension_is_refused()
    {
        var r = Assigned("2026-04-01");
        r.Extend(5, "需调取档案", "公开办负责人", Cal, "公开办负责人", At("2026-04-20"));
        Throws("只能延长一次", () => r.Extend(5, "仍需时间", "公开办负责人", Cal, "公开办负责人", At("2026-04-21")));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(0)]
    public void More_than_twenty_or_no_days_is_refused(int days)
    {
        var r = Assigned("2026-04-01");
        Throws("不得超过 20 个工作日", () => r.Extend(days, "需调取档案", "公开办负责人", Cal, "公开办负责人", At("2026-04-20")));
    }

    [Fact]
    public void Extension_after_the_original_deadline_is_refused()
    {
        var r = Assigned("2026-04-01");
        Throws("已于 2026-04-30 届满", () => r.Extend(10, "需调取档案", "公开办负责人", Cal, "公开办负责人", At("2026-05-06")));
    }

    [Fact]
    public void Extension_needs_a_reason_and_an_approver()
    {
        var r = Assigned("2026-04-01");
        Throws("正当理由", () => r.Extend(10, " ", "公开办负责人", Cal, "办理人", At("2026-04-20")));
        Throws("负责人同意", () => r.Extend(10, "需调取档案", "", Cal, "办理人", At("2026-04-20")));
    }

    [Fact]
    public void Extension_while_paused_adds_to_the_days_left()
    {
        var r = Assigned("2026-04-01");
        var c = r.Consult(ConsultationKind.ThirdParty, "第三方", null, null, "意见", null, Cal, "办理人", At("2026-04-28"));
        r.Extend(10, "第三方意见后仍需核对", "公开办负责人", Cal, "公开办负责人", At("2026-05-06"));
        Assert.Equal(12, r.PausedRemaining);
        r.RecordConsultationAnswer(c.Number, ConsultationAnswer.Agreed, null, D("2026-05-08"), Cal, "办理人", At("2026-05-08"));
        // 12 working days after Fri 05-08: 09(Sat), 11..15, 18..22, 25 → 05-25.
        Assert.Equal(D("2026-05-25"), r.DueOn);
    }

    [Fact]
    public void Extension_needs_a_running_request()
    {
        var r = Received("2026-04-01");
        Throws("不能延期", () => r.Extend(10, "需调取档案", "公开办负责人", Cal, "公开办负责人", At("2026-04-02")));
    }
}
