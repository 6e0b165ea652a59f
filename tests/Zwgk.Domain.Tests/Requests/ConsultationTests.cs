using Zwgk.Domain.Requests;
using static Zwgk.Domain.Tests.Requests.Cases;

namespace Zwgk.Domain.Tests.Requests;

/// <summary>条例第三十二至三十四条: consultation time does not count; third parties and agencies have 15 working days.</summary>
public class ConsultationTests
{
    [Fact]
    public void Third_party_consultation_pauses_the_clock_over_may_day_and_resumes_with_the_days_left()
    {
        // Received Wed 2026-04-01, due 04-30. Sent Tue 04-28 with 2 working days left (29, 30).
        var r = Assigned("2026-04-01");
        Assert.Equal(D("2026-04-30"), r.DueOn);
        var c = r.Consult(ConsultationKind.ThirdParty, "海阳市某某商贸有限公司", "0535-3000000", null, "拟公开的合同是否涉及贵公司商业秘密", null, Cal, "办理人", At("2026-04-28"));
        // 15 working days across May Day (05-01..05-05) and the make-up Saturday 05-09.
        Assert.Equal(D("2026-05-21"), c.DueOn);
        Assert.Equal(DueStatus.Paused, r.DueStatusOn(Cal, D("2026-05-06"), 3));
        Assert.Equal(2, r.PausedRemaining);

        r.RecordConsultationAnswer(c.Number, ConsultationAnswer.Objected, "涉及商业秘密，不同意公开报价明细", D("2026-05-08"), Cal, "办理人", At("2026-05-08"));
        // Resumes after Fri 05-08: Sat 05-09 (workday) and Mon 05-11.
        Assert.Equal(D("2026-05-11"), r.DueOn);
        Assert.Null(r.PausedSince);
    }

    [Fact]
    public void Agency_consultation_pauses_and_silence_counts_as_consent_from_its_due_date()
    {
        var r = Assigned("2026-04-01");
        var c = r.Consult(ConsultationKind.OtherAgency, "海阳市财政局", null, 5, "联合印发文件能否公开", null, Cal, "办理人", At("2026-04-28"));
        Throws("尚未届满", () => r.LapseConsultation(c.Number, Cal, "办理人", At("2026-05-21")));
        r.LapseConsultation(c.Number, Cal, "办理人", At("2026-05-25"));
        Assert.Equal(ConsultationAnswer.NoAnswer, c.Answer);
        Assert.Contains("视为同意", c.Opinion, StringComparison.Ordinal);
        // Resumes after the consultation's own due date 05-21 with 2 days left: 05-22, 05-25.
        Assert.Equal(D("2026-05-25"), r.DueOn);
    }

    [Fact]
    public void Two_overlapping_consultations_hold_the_clock_until_the_last_ends()
    {
        var r = Assigned("2026-04-01");
        var a = r.Consult(ConsultationKind.ThirdParty, "第三方甲", null, null, "意见", null, Cal, "办理人", At("2026-04-20"));
        var b = r.Consult(ConsultationKind.ThirdParty, "第三方乙", null, null, "意见", null, Cal, "办理人", At("2026-04-22"));
        // Paused on 04-20 with 8 days left (21..30).
        Assert.Equal(8, r.PausedRemaining);
        r.RecordConsultationAnswer(a.Number, ConsultationAnswer.Agreed, null, D("2026-04-24"), Cal, "办理人", At("2026-04-24"));
        Assert.NotNull(r.PausedSince);
        r.RecordConsultationAnswer(b.Number, ConsultationAnswer.Agreed, null, D("2026-04-29"), Cal, "办理人", At("2026-04-29"));
        // 8 working days after Wed 04-29: 30, 05-06, 07, 08, 09(Sat), 11, 12, 13.
        Assert.Equal(D("2026-05-13"), r.DueOn);
    }

    [Fact]
    public void Assistance_runs_on_the_reply_clock_with_its_own_due_date_not_after_the_reply_deadline()
    {
        var r = Assigned("2026-04-01");
        Throws("不能晚于答复期限", () => r.Consult(ConsultationKind.Assistance, "东村街道", null, 9, "查找拨付凭证", D("2026-05-06"), Cal, "办理人", At("2026-04-02")));
        var c = r.Consult(ConsultationKind.Assistance, "东村街道", null, 9, "查找拨付凭证", D("2026-04-15"), Cal, "办理人", At("2026-04-02"));
        Assert.Equal(D("2026-04-15"), c.DueOn);
        Assert.Null(r.PausedSince);
        Assert.Equal(D("2026-04-30"), r.DueOn);
        Assert.DoesNotContain(r.Events, e => e.Action == "ConsultationSent" && e.IsPublic);
    }

    [Fact]
    public void Consultation_needs_an_assigned_request()
    {
        var r = Received("2026-04-01");
        Throws("请先分办", () => r.Consult(ConsultationKind.ThirdParty, "第三方", null, null, "意见", null, Cal, "办理人", At("2026-04-02")));
    }

    [Fact]
    public void An_objection_must_carry_its_reason()
    {
        var r = Assigned("2026-04-01");
        var c = r.Consult(ConsultationKind.ThirdParty, "第三方", null, null, "意见", null, Cal, "办理人", At("2026-04-02"));
        Throws("理由", () => r.RecordConsultationAnswer(c.Number, ConsultationAnswer.Objected, null, D("2026-04-03"), Cal, "办理人", At("2026-04-03")));
    }

    [Fact]
    public void Deciding_while_a_consultation_is_open_is_refused()
    {
        var r = Assigned("2026-04-01");
        r.Consult(ConsultationKind.ThirdParty, "第三方", null, null, "意见", null, Cal, "办理人", At("2026-04-02"));
        Throws("未结束的征求意见", () => r.Decide(Disclose(), "办理人", At("2026-04-03")));
    }
}
