using Zwgk.Domain.Requests;
using static Zwgk.Domain.Tests.Requests.Cases;

namespace Zwgk.Domain.Tests.Requests;

/// <summary>条例第三十六至三十九条: the decision in the national taxonomy, leader approval, reply, delivery and archive.</summary>
public class DecisionTests
{
    [Fact]
    public void Reply_before_assignment_is_refused()
    {
        var r = Received("2026-04-01");
        Throws("尚未分办", () => r.Decide(Disclose(), "办理人", At("2026-04-02")));
    }

    [Fact]
    public void The_full_procedure_closes_on_the_reply_day_and_keeps_every_step()
    {
        var r = Assigned("2026-04-01");
        r.Decide(PartlyDisclose(), "办理人", At("2026-04-20"));
        Assert.Equal(RequestState.AwaitingApproval, r.State);
        Throws("尚未经负责人审批", () => r.IssueReply("办理人", At("2026-04-20")));
        r.Approve("赵局长", "同意", "赵局长", At("2026-04-21"));
        r.IssueReply("办理人", At("2026-04-22"));
        Assert.Equal(D("2026-04-22"), r.RepliedOn);
        Assert.Equal(DueStatus.Replied, r.DueStatusOn(Cal, D("2026-06-01"), 3));
        r.RecordDelivery(DeliveryMethod.Online, D("2026-04-22"), null, "办理人", At("2026-04-22"));
        r.Archive("办理人", At("2026-04-23"));
        Assert.Equal(RequestState.Archived, r.State);
        Assert.Equal(
            ["Registered", "Assigned", "Decided", "Approved", "Replied", "Delivered", "Archived"],
            r.Events.Select(e => e.Action));
        // The applicant sees receipt, assignment, reply and delivery, not the internal decision and approval.
        Assert.Equal(["Registered", "Assigned", "Replied", "Delivered"], r.Events.Where(e => e.IsPublic).Select(e => e.Action));
        Assert.Equal(new RequestStatRecord(ApplicantKind.NaturalPerson, D("2026-04-01"), D("2026-04-22"), RequestOutcome.PartlyDisclosed), r.ToStatRecord());
    }

    [Fact]
    public void A_late_reply_is_marked_late()
    {
        var r = Assigned("2026-04-01");
        r.Decide(Disclose(), "办理人", At("2026-05-06"));
        r.Approve("赵局长", null, "赵局长", At("2026-05-06"));
        r.IssueReply("办理人", At("2026-05-06"));
        Assert.Equal(DueStatus.RepliedLate, r.DueStatusOn(Cal, D("2026-05-07"), 3));
        Assert.Contains("超过答复期限", r.Events[^1].Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RequestOutcome.NotDisclosedStateSecret)]
    [InlineData(RequestOutcome.NotDisclosedThirdPartyRights)]
    [InlineData(RequestOutcome.NotDisclosedProcessInformation)]
    public void Not_disclosed_without_reason_or_legal_basis_is_refused(RequestOutcome outcome)
    {
        var r = Assigned("2026-04-01");
        Throws("法律依据", () => r.Decide(new ReplyDetails { Outcome = outcome, ReasonText = "涉密" }, "办理人", At("2026-04-02")));
        Throws("法律依据", () => r.Decide(new ReplyDetails { Outcome = outcome, LegalBasis = "条例第十四条" }, "办理人", At("2026-04-02")));
        r.Decide(new ReplyDetails { Outcome = outcome, ReasonText = "理由", LegalBasis = "《中华人民共和国政府信息公开条例》第十四条" }, "办理人", At("2026-04-02"));
        Assert.Equal(outcome, r.Outcome);
    }

    [Fact]
    public void Every_outcome_that_needs_words_says_which()
    {
        foreach (var o in RequestOutcomeExtensions.InTableOrder)
        {
            var problems = new ReplyDetails { Outcome = o }.Problems();
            var needsNothing = o is RequestOutcome.OtherClarificationNotCompleted or RequestOutcome.OtherFeeNotPaid;
            Assert.True(needsNothing == (problems.Count == 0), $"{o}: {string.Join("", problems)}");
        }
    }

    [Fact]
    public void Disclosure_says_how_to_obtain_and_partial_disclosure_also_why_the_rest_is_withheld()
    {
        var r = Assigned("2026-04-01");
        Throws("获取信息的方式", () => r.Decide(new ReplyDetails { Outcome = RequestOutcome.Disclosed }, "办理人", At("2026-04-02")));
        Throws("不予公开部分的理由", () => r.Decide(PartlyDisclose() with { LegalBasis = null }, "办理人", At("2026-04-02")));
    }

    [Fact]
    public void Return_sends_the_decision_back_and_a_new_decision_is_approved_again()
    {
        var r = Assigned("2026-04-01");
        r.Decide(Disclose(), "办理人", At("2026-04-02"));
        Throws("退回须说明理由", () => r.ReturnDecision("", "赵局长", At("2026-04-03")));
        r.ReturnDecision("请核实是否涉及个人信息", "赵局长", At("2026-04-03"));
        Assert.Equal(RequestState.Processing, r.State);
        r.Decide(PartlyDisclose(), "办理人", At("2026-04-07"));
        r.Approve("赵局长", null, "赵局长", At("2026-04-07"));
        Assert.Equal(RequestOutcome.PartlyDisclosed, r.Outcome);
    }

    [Fact]
    public void The_proposer_does_not_approve_their_own_reply_unless_the_site_relaxed_it_with_a_reason()
    {
        var r = Assigned("2026-04-01");
        r.Decide(Disclose(), "办理人", At("2026-04-02"));
        Throws("不能由您本人审批", () => r.Approve("办理人", "同意", "办理人", At("2026-04-02")));
        Throws("须填写由本人办理的理由", () => r.Approve("办理人", "同意", "办理人", At("2026-04-02"), new Zwgk.Domain.Workflow.DutySeparation(true, null)));
        Assert.Equal(RequestState.AwaitingApproval, r.State);

        r.Approve("办理人", "同意", "办理人", At("2026-04-02"), new Zwgk.Domain.Workflow.DutySeparation(true, "本机关仅一名工作人员"));
        Assert.Equal(RequestState.Approved, r.State);
        var overridden = Assert.Single(r.Events, e => e.Action == InformationRequest.DutyOverridden);
        Assert.Contains("本机关仅一名工作人员", overridden.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_spot_reply_only_on_the_day_and_only_pointing_to_public_information()
    {
        var r = Received("2026-04-01");
        Throws("须经审批", () => r.ReplyOnTheSpot(PartlyDisclose(), "窗口", At("2026-04-01")));
        var late = Received("2026-04-01");
        Throws("当日", () => late.ReplyOnTheSpot(Disclose(), "窗口", At("2026-04-02")));
        r.ReplyOnTheSpot(Disclose() with { HowToObtain = "已在海阳市人民政府门户网站主动公开，网址见告知书。" }, "窗口", At("2026-04-01"));
        Assert.Equal(RequestState.Replied, r.State);
        Assert.True(r.RepliedOnTheSpot);
        Assert.Equal(D("2026-04-01"), r.RepliedOn);
    }

    [Fact]
    public void Delivery_cannot_predate_the_reply_and_archive_needs_delivery()
    {
        var r = Assigned("2026-04-01");
        r.Decide(Disclose(), "办理人", At("2026-04-02"));
        r.Approve("赵局长", null, "赵局长", At("2026-04-02"));
        Throws("只有已送达", () => r.Archive("办理人", At("2026-04-03")));
        r.IssueReply("办理人", At("2026-04-03"));
        Throws("不能早于 2026-04-03", () => r.RecordDelivery(DeliveryMethod.Post, D("2026-04-02"), null, "办理人", At("2026-04-07")));
        r.RecordDelivery(DeliveryMethod.Post, D("2026-04-07"), "EMS 1234", "办理人", At("2026-04-07"));
        Assert.Equal(DeliveryMethod.Post, r.DeliveredBy);
    }

    [Fact]
    public void Reassignment_needs_a_reason()
    {
        var r = Assigned("2026-04-01");
        Throws("改派", () => r.Assign(3, "海阳市民政局", null, null, "登记人", At("2026-04-02")));
        r.Assign(3, "海阳市民政局", null, "信息由民政局制作", "登记人", At("2026-04-02"));
        Assert.Equal(3, r.HandlingUnitId);
    }
}
