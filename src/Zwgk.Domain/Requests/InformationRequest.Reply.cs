using Zwgk.Domain.Calendar;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Requests;

// Extension (条例第三十三条), decision (第三十六至三十九条), leader approval, reply, delivery and archive.
public sealed partial class InformationRequest
{
    /// <summary>The event of an approval by the proposer under the site's relaxation of 职责分离.</summary>
    public const string DutyOverridden = "DutyOverridden";

    public int? ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? ExtensionApprovedBy { get; private set; }

    /// <summary>The deadline as it stood when the extension was granted, for the notice.</summary>
    public DateOnly? DueBeforeExtensionOn { get; private set; }

    public DateOnly? ExtendedOn { get; private set; }

    public RequestOutcome? Outcome { get; private set; }

    public string? ReasonText { get; private set; }

    public string? LegalBasis { get; private set; }

    public string? HowToObtain { get; private set; }

    public string? ResponsibleAgency { get; private set; }

    public string? ResponsibleAgencyContact { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public string? ApprovalOpinion { get; private set; }

    /// <summary>The China-time day the reply was issued: the request closes that day (table B counts it then).</summary>
    public DateOnly? RepliedOn { get; private set; }

    public bool RepliedOnTheSpot { get; private set; }

    public DeliveryMethod? DeliveredBy { get; private set; }

    public DateOnly? DeliveredOn { get; private set; }

    public string? DeliveryNote { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public ReplyDetails? Decision => Outcome is { } o
        ? new ReplyDetails { Outcome = o, ReasonText = ReasonText, LegalBasis = LegalBasis, HowToObtain = HowToObtain, ResponsibleAgency = ResponsibleAgency, ResponsibleAgencyContact = ResponsibleAgencyContact }
        : null;

    /// <summary>
    /// 条例第三十三条第二款: extends the reply period once, by at most 20 working days, with the office head's approval, before the
    /// deadline passes; the applicant is told (the notice is issued with this step).
    /// </summary>
    public void Extend(int days, string reason, string approvedBy, WorkingDayCalendar calendar, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        Require(State is RequestState.Processing or RequestState.AwaitingApproval or RequestState.Approved, $"当前状态为“{State.DisplayName()}”，不能延期。");
        // 条例第三十三条第二款: one extension only.
        Require(ExtensionDays is null, $"答复期限只能延长一次，本申请已于 {ExtendedOn:yyyy-MM-dd} 延期。");
        // 条例第三十三条第二款: at most 20 working days.
        Require(days is >= 1 and <= RequestClock.MaxExtensionWorkingDays, $"延长的期限最长不得超过 {RequestClock.MaxExtensionWorkingDays} 个工作日。");
        Require(!string.IsNullOrWhiteSpace(reason), "延期须说明正当理由。");
        Require(!string.IsNullOrWhiteSpace(approvedBy), "延期须经政府信息公开工作机构负责人同意。");
        Require(DueOn is not null, "答复期限尚未起算，不能延期。");
        // 条例第三十三条第二款: the applicant is told before the original period ends.
        Require(PausedSince is not null || today <= DueOn, $"原答复期限已于 {DueOn:yyyy-MM-dd} 届满，不能再延期。");
        DueBeforeExtensionOn = PausedSince is null ? DueOn : null;
        ExtensionDays = days;
        ExtensionReason = reason.Trim();
        ExtensionApprovedBy = approvedBy.Trim();
        ExtendedOn = today;
        if (PausedSince is not null)
        {
            PausedRemaining = (PausedRemaining ?? 0) + days;
        }
        else
        {
            DueOn = calendar.AddWorkingDays(DueOn!.Value, days);
        }

        Record(now, actor, "Extended", State, $"延长 {days} 个工作日，经负责人审批同意；理由：{ExtensionReason}",
            PausedSince is null ? $"答复期限延长 {days} 个工作日，至 {DueOn:yyyy-MM-dd}" : $"答复期限延长 {days} 个工作日");
    }

    /// <summary>
    /// Records the handler's decision in the national taxonomy, with what the outcome needs, and sends it to the responsible
    /// leader. A decision needs an assigned request whose consultations have ended and whose fee is settled.
    /// </summary>
    public void Decide(ReplyDetails details, string actor, DateTime now)
    {
        details = details.Trimmed();
        CheckCanDecide(details, ChinaTime.DateOf(now));
        Apply(details);
        DecidedBy = actor;
        DecidedAt = now;
        Move(RequestState.AwaitingApproval, now, actor, "Decided", $"拟：{details.Outcome.Group().DisplayName()} — {details.Outcome.DisplayName()}{(details.ReasonText is null ? "" : "；" + details.ReasonText)}", null);
    }

    /// <summary>The responsible leader approves the decision (审批); the reply can then be issued.</summary>
    /// <remarks>职责分离: the handler who proposed the reply does not approve it, unless the site relaxed the rule for a small unit and a reason is given.</remarks>
    public void Approve(string leader, string? opinion, string actor, DateTime now, DutySeparation? duties = null)
    {
        Require(State == RequestState.AwaitingApproval, "本申请没有待审批的答复意见。");
        Require(!string.IsNullOrWhiteSpace(leader), "审批须由具名负责人作出。");
        var overrideNote = (duties ?? DutySeparation.Strict).Check(string.Equals(leader.Trim(), DecidedBy, StringComparison.Ordinal),
            "答复意见是您拟办的，不能由您本人审批");
        if (overrideNote is not null)
        {
            Record(now, actor, DutyOverridden, State, "审批：" + overrideNote, null);
        }

        ApprovedBy = leader.Trim();
        ApprovedAt = now;
        ApprovalOpinion = Clean(opinion);
        Move(RequestState.Approved, now, actor, "Approved", $"审批同意{(ApprovalOpinion is null ? "" : "：" + ApprovalOpinion)}", null);
    }

    /// <summary>The leader sends the decision back with a reason; the handler decides again.</summary>
    public void ReturnDecision(string reason, string actor, DateTime now)
    {
        Require(State is RequestState.AwaitingApproval or RequestState.Approved, "本申请没有可退回的答复意见。");
        Require(!string.IsNullOrWhiteSpace(reason), "退回须说明理由。");
        ApprovedBy = null;
        ApprovedAt = null;
        ApprovalOpinion = null;
        // A lapsed clarification goes back to waiting for it; anything else back to the handler.
        var back = ClarificationWasRequested && ClarificationCompletedOn is null ? RequestState.AwaitingClarification : RequestState.Processing;
        Move(back, now, actor, "DecisionReturned", reason.Trim(), null);
    }

    /// <summary>Issues the approved reply: the request closes today, on time or late against the stored deadline.</summary>
    public void IssueReply(string actor, DateTime now)
    {
        Require(State == RequestState.Approved, State == RequestState.AwaitingApproval ? "答复意见尚未经负责人审批，不能出具答复。" : $"当前状态为“{State.DisplayName()}”，不能出具答复。");
        var today = ChinaTime.DateOf(now);
        RepliedOn = today;
        Move(RequestState.Replied, now, actor, "Replied", $"{Outcome!.Value.DisplayName()}{(DueOn is { } d && today > d ? $"（超过答复期限 {d:yyyy-MM-dd}）" : "")}",
            $"已作出答复：{Outcome.Value.Group().DisplayName()}");
    }

    /// <summary>
    /// 条例第三十三条第一款: 当场答复 — on the day of receipt, for a reply that only points the applicant to information already
    /// public or to a publication; anything that refuses or needs a search goes through decision and approval.
    /// </summary>
    public void ReplyOnTheSpot(ReplyDetails details, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        Require(State is RequestState.Registered or RequestState.Processing, $"当前状态为“{State.DisplayName()}”，不能当场答复。");
        Require(today == ReceivedOn, "当场答复只能在收到申请的当日作出。");
        Require(details.Outcome is RequestOutcome.Disclosed or RequestOutcome.NotProcessedPublication, "当场答复仅限告知已主动公开信息的获取方式或公开出版物的获取途径；其他答复须经审批。");
        details = details.Trimmed();
        var problems = details.Problems();
        Require(problems.Count == 0, string.Join("", problems));
        Apply(details);
        DecidedBy = actor;
        DecidedAt = now;
        ApprovedBy = actor;
        ApprovedAt = now;
        ApprovalOpinion = "当场答复";
        RepliedOnTheSpot = true;
        RepliedOn = today;
        Move(RequestState.Replied, now, actor, "RepliedOnTheSpot", details.Outcome.DisplayName(), $"已当场答复：{details.Outcome.Group().DisplayName()}");
    }

    /// <summary>送达: how and on which day the reply reached the applicant.</summary>
    public void RecordDelivery(DeliveryMethod method, DateOnly on, string? note, string actor, DateTime now)
    {
        Require(State == RequestState.Replied, "只有已答复的申请可以登记送达。");
        RequireDay(on, ChinaTime.DateOf(now), RepliedOn!.Value, "送达日期");
        DeliveredBy = method;
        DeliveredOn = on;
        DeliveryNote = Clean(note);
        Move(RequestState.Delivered, now, actor, "Delivered", $"{method.DisplayName()}，{on:yyyy-MM-dd}{(DeliveryNote is null ? "" : "；" + DeliveryNote)}",
            $"答复已送达（{method.DisplayName()}，{on:yyyy-MM-dd}）");
    }

    /// <summary>归档: the closed case is filed; it can no longer change except for remedies.</summary>
    public void Archive(string actor, DateTime now)
    {
        Require(State == RequestState.Delivered, "只有已送达的申请可以归档。");
        ArchivedAt = now;
        Move(RequestState.Archived, now, actor, "Archived", null, null);
    }

    private void CheckCanDecide(ReplyDetails d, DateOnly today)
    {
        switch (d.Outcome)
        {
            // 条例第三十条: treated as abandoned only once the clarification period has run out.
            case RequestOutcome.OtherClarificationNotCompleted:
                Require(State == RequestState.AwaitingClarification, "只有待补正的申请才能按“逾期不补正”处理。");
                Require(ClarificationLapsedOn(today), $"补正期限 {ClarificationDeadline:yyyy-MM-dd} 尚未届满。");
                return;
            // 国办函〔2020〕109号: not paid within 20 working days — no further processing.
            case RequestOutcome.OtherFeeNotPaid:
                Require(State == RequestState.Processing, $"当前状态为“{State.DisplayName()}”，不能作出处理决定。");
                Require(FeeMode is not null && FeePaidOn is null, "本申请没有未缴纳的收费通知。");
                Require(today > FeePaymentDueOn, $"缴费期限 {FeePaymentDueOn:yyyy-MM-dd} 尚未届满。");
                return;
        }

        Require(State != RequestState.AwaitingClarification, "申请人尚未补正，不能作出答复；补正期限届满未补正的，按“逾期不补正”处理。");
        Require(State != RequestState.Registered, "尚未分办到承办单位，不能作出答复。");
        Require(State == RequestState.Processing, $"当前状态为“{State.DisplayName()}”，不能作出答复意见。");
        Require(!HasOpenConsultation, "尚有未结束的征求意见或协查，请先记录答复或按逾期处理。");
        // 国办函〔2020〕109号: an unpaid fee holds the reply; once its period has run out only "逾期未缴费" remains.
        Require(FeeMode is null || FeePaidOn is not null, today <= FeePaymentDueOn
            ? $"收费通知尚未缴费，缴费期限至 {FeePaymentDueOn:yyyy-MM-dd}，暂不能作出答复。"
            : "申请人逾期未缴纳信息处理费，应当按“逾期未按收费通知要求缴纳费用”处理。");
        // 条例第三十条: "still unclear after clarification" presupposes a clarification that was completed.
        Require(d.Outcome != RequestOutcome.CannotProvideStillUnclear || ClarificationCompletedOn is not null, "“补正后申请内容仍不明确”须以申请人已补正为前提。");
        var problems = d.Problems();
        Require(problems.Count == 0, string.Join("", problems));
    }

    private void Apply(ReplyDetails d)
    {
        Outcome = d.Outcome;
        ReasonText = d.ReasonText;
        LegalBasis = d.LegalBasis;
        HowToObtain = d.HowToObtain;
        ResponsibleAgency = d.ResponsibleAgency;
        ResponsibleAgencyContact = d.ResponsibleAgencyContact;
    }
}
