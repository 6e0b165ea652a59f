using Zwgk.Domain.Calendar;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Requests;

// 补正 (条例第三十条): once, within 7 working days of receipt, naming what is missing and a reasonable period.
public sealed partial class InformationRequest
{
    public string? ClarificationItems { get; private set; }

    public DateOnly? ClarificationRequestedOn { get; private set; }

    public DateOnly? ClarificationDeadline { get; private set; }

    public DateOnly? ClarificationCompletedOn { get; private set; }

    public string? ClarificationText { get; private set; }

    public bool ClarificationWasRequested => ClarificationRequestedOn is not null;

    /// <summary>条例第三十条: asks the applicant, once, to complete the request by <paramref name="deadline"/>; the reply clock stops.</summary>
    public void RequestClarification(string items, DateOnly deadline, WorkingDayCalendar calendar, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        Require(State is RequestState.Registered or RequestState.Processing, $"当前状态为“{State.DisplayName()}”，不能要求补正。");
        // 条例第三十条: the office asks for clarification once.
        Require(!ClarificationWasRequested, "补正只能要求一次，本申请已经要求过补正。");
        // 条例第三十条: the notice goes out within 7 working days of receipt.
        var latest = RequestClock.ClarificationNoticeLatest(calendar, ReceivedOn, CountingStart);
        Require(today <= latest, $"补正通知应当自收到申请之日起 7 个工作日内（{latest:yyyy-MM-dd} 前）发出，现已逾期，应当按原申请作出答复。");
        Require(!string.IsNullOrWhiteSpace(items), "补正通知须写明需要补正的事项。");
        Require(items.Trim().Length <= NoteMax, $"补正事项不能超过 {NoteMax} 字。");
        // 条例第三十条: a reasonable period to complete it.
        Require(deadline > today, "补正期限须晚于今天，给申请人合理的补正时间。");
        Require(!_consultations.Any(c => c.IsOpen), "尚有未结束的征求意见或协查，不能要求补正。");
        ClarificationItems = items.Trim();
        ClarificationRequestedOn = today;
        ClarificationDeadline = deadline;
        // 条例第三十条: the period runs afresh from the completed request, so the current one no longer counts.
        DueOn = null;
        PausedSince = null;
        PausedRemaining = null;
        Move(RequestState.AwaitingClarification, now, actor, "ClarificationRequested", $"补正事项：{ClarificationItems}；补正期限：{deadline:yyyy-MM-dd}",
            $"请于 {deadline:yyyy-MM-dd} 前补正：{ClarificationItems}");
    }

    /// <summary>
    /// 条例第三十条: the completed request arrived on <paramref name="receivedOn"/>; the reply period counts afresh from that day.
    /// After the period it is accepted only with the applicant's good reason (otherwise the request is treated as abandoned).
    /// </summary>
    public void CompleteClarification(string text, DateOnly receivedOn, string? lateReason, WorkingDayCalendar calendar, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        Require(State == RequestState.AwaitingClarification, "本申请不在待补正状态。");
        RequireDay(receivedOn, today, ClarificationRequestedOn!.Value, "收到补正的日期");
        Require(!string.IsNullOrWhiteSpace(text), "请填写补正后的申请内容。");
        Require(text.Trim().Length <= InformationMax, $"补正内容不能超过 {InformationMax} 字。");
        Require(receivedOn <= ClarificationDeadline || !string.IsNullOrWhiteSpace(lateReason), $"补正期限已于 {ClarificationDeadline:yyyy-MM-dd} 届满；申请人有正当理由的，请写明理由后受理，否则应按逾期未补正处理。");
        ClarificationText = text.Trim();
        ClarificationCompletedOn = receivedOn;
        StartClock(calendar, receivedOn);
        Move(HandlingUnitId is null ? RequestState.Registered : RequestState.Processing, now, actor, "ClarificationCompleted",
            $"收到补正：{ClarificationText}{(Clean(lateReason) is { } l ? "；逾期补正的正当理由：" + l : "")}",
            $"已收到补正（{receivedOn:yyyy-MM-dd}），答复期限重新计算至 {DueOn:yyyy-MM-dd}");
    }

    /// <summary>Whether the clarification period has run out without the completed request.</summary>
    public bool ClarificationLapsedOn(DateOnly today) =>
        State == RequestState.AwaitingClarification && ClarificationDeadline is { } d && today > d;
}
