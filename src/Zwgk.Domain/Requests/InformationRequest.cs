using Zwgk.Domain.Auditing;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Requests;

/// <summary>
/// 依申请公开: one request for government information and its statutory procedure. Each step is a method that refuses
/// an illegal move with a Chinese message, takes the UTC time it happens and the calendar it counts on, records who and
/// why and appends an event. The deadline is computed when the clock starts or changes and stored (<see cref="DueOn"/>);
/// whether it is overdue is derived when read (<see cref="DueStatusOn"/>). This file: intake, assignment and the clock;
/// the other steps are in the partial files beside it.
/// </summary>
public sealed partial class InformationRequest : WorkflowAggregate<RequestState, RequestEvent>, IAuditable
{
    public const int InformationMax = 4000;
    public const int NoteMax = 2000;

    private readonly List<RequestConsultation> _consultations = [];
    private readonly List<RequestRemedy> _remedies = [];

    public int Id { get; private set; }

    /// <summary>Raised by one on every save that changes this record; a save from an older revision is refused.</summary>
    public int Revision { get; private set; }

    /// <summary>The agency applied to, which answers in its own name (条例第二十七条); its statistics count the request.</summary>
    public int UnitId { get; private set; }

    /// <summary>The unit inside the agency's subtree that handles it (分办), once assigned.</summary>
    public int? HandlingUnitId { get; private set; }

    /// <summary>The 承办人's name as written at assignment; older cases carry a name typed freely, with no account.</summary>
    public string? Handler { get; private set; }

    /// <summary>The account of the 承办人, one of the handling unit's request handlers; null on older cases and unassigned ones.</summary>
    public string? HandlerUserId { get; private set; }

    public string TrackingNumber { get; private set; } = "";

    /// <summary>PBKDF2 hash of the access code; the code itself is shown once to the applicant and never stored.</summary>
    public string AccessCodeHash { get; private set; } = "";

    // Intake (条例第二十九条、第三十一条).
    public IntakeChannel Channel { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>How the day of receipt was confirmed with the applicant (letters, fax, e-mail).</summary>
    public string? ReceiptNote { get; private set; }

    public Applicant Applicant { get; private set; } = null!;

    public string InformationSought { get; private set; } = "";

    /// <summary>The purpose the applicant gave, if any (not required since 2019).</summary>
    public string? Purpose { get; private set; }

    public RequestedForm Form { get; private set; }

    public DeliveryMethod Delivery { get; private set; }

    /// <summary>When this request asks again for what an earlier one of the same applicant asked (条例第三十六条第（六）项).</summary>
    public int? RepeatOfRequestId { get; private set; }

    /// <summary>The document the requested information is, once the handler has found it (for proactive-disclosure suggestions).</summary>
    public int? DocumentId { get; private set; }

    // The clock.
    public CountingStart CountingStart { get; private set; }

    /// <summary>The day the reply period counts from: receipt, or the arrival of the completed request (条例第三十条).</summary>
    public DateOnly? ClockStartedOn { get; private set; }

    /// <summary>The reply deadline, stored when the clock starts or changes. Null while it does not run (clarification).</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>Set while the clock is paused (consultation, unpaid fee): from which day and with how many working days left.</summary>
    public DateOnly? PausedSince { get; private set; }

    public int? PausedRemaining { get; private set; }

    public IReadOnlyList<RequestConsultation> Consultations => _consultations;

    public IReadOnlyList<RequestRemedy> Remedies => _remedies;

    /// <summary>The request event table holds 4,000 characters of note (a long internal note is kept whole).</summary>
    protected override int EventNoteMax => 4000;

    int? IAuditable.AuditUnitId => UnitId;

    string IAuditable.AuditLabel => TrackingNumber;

    private InformationRequest()
    {
    }

    /// <summary>
    /// Everything wrong with what an applicant wrote, field by field (keys are the field names of the form and the API:
    /// Name, IdType, IdNumber, ContactPerson, Phone, Email, Address, InformationSought). The page, the API and
    /// <see cref="Register"/> all check with this one list.
    /// </summary>
    public static IReadOnlyDictionary<string, string> RegistrationProblems(Applicant applicant, string? informationSought, DeliveryMethod delivery)
    {
        var p = new Dictionary<string, string>(applicant.Problems());
        // 条例第二十九条第二款第（二）项: a description that lets the office find the information.
        if (string.IsNullOrWhiteSpace(informationSought))
        {
            p[nameof(InformationSought)] = "请填写所需政府信息的名称、文号或者便于查询的其他特征性描述。";
        }
        else if (informationSought.Trim().Length > InformationMax)
        {
            p[nameof(InformationSought)] = $"所需信息描述不能超过 {InformationMax} 字。";
        }

        if (delivery == DeliveryMethod.Email && string.IsNullOrWhiteSpace(applicant.Email))
        {
            p.TryAdd(nameof(Applicant.Email), "选择电子邮件获取的，请填写电子邮箱。");
        }

        if (delivery == DeliveryMethod.Post && string.IsNullOrWhiteSpace(applicant.Address))
        {
            p.TryAdd(nameof(Applicant.Address), "选择邮寄获取的，请填写通信地址。");
        }

        return p;
    }

    /// <summary>
    /// Registers a request received on <paramref name="receivedOn"/> by <paramref name="channel"/> (条例第三十一条) and starts the
    /// reply clock. An online request through the portal is confirmed at once by its tracking number, so it is received today.
    /// </summary>
    public static InformationRequest Register(
        int unitId, string trackingNumber, string accessCodeHash, IntakeChannel channel, DateOnly receivedOn, string? receiptNote,
        Applicant applicant, string informationSought, string? purpose, RequestedForm form, DeliveryMethod delivery,
        WorkingDayCalendar calendar, RequestClockSettings settings, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        Require(receivedOn <= today, "收到申请的日期不能晚于今天。");
        Require(receivedOn >= today.AddYears(-1), "收到申请的日期早于一年前，请核对。");
        // 条例第三十一条第（二）（三）项: for letters, fax and e-mail the day of receipt is the day confirmed with the applicant.
        Require(!channel.NeedsConfirmation() || !string.IsNullOrWhiteSpace(receiptNote), $"{channel.DisplayName()}以与申请人确认之日为收到申请之日，请写明确认的方式和时间。");
        applicant = applicant.Trimmed();
        var problems = RegistrationProblems(applicant, informationSought, delivery);
        Require(problems.Count == 0, string.Join("", problems.Values));
        Require(!string.IsNullOrWhiteSpace(trackingNumber) && !string.IsNullOrWhiteSpace(accessCodeHash), "缺少申请编号或查询码。");

        var r = new InformationRequest
        {
            UnitId = unitId,
            TrackingNumber = trackingNumber,
            AccessCodeHash = accessCodeHash,
            Channel = channel,
            ReceivedOn = receivedOn,
            ReceiptNote = Clean(receiptNote),
            Applicant = applicant,
            InformationSought = informationSought.Trim(),
            Purpose = Clean(purpose),
            Form = form,
            Delivery = delivery,
            CountingStart = settings.CountingStart,
        };
        r.StartClock(calendar, receivedOn);
        r.Record(now, actor, "Registered", RequestState.Registered,
            $"{channel.DisplayName()}，{channel.ReceiptRule()}：{receivedOn:yyyy-MM-dd}{(r.ReceiptNote is null ? "" : "（" + r.ReceiptNote + "）")}",
            $"已收到申请（{channel.DisplayName()}，收到日期 {receivedOn:yyyy-MM-dd}），答复期限至 {r.DueOn:yyyy-MM-dd}");
        return r;
    }

    /// <summary>
    /// 分办: sends the request to the unit that handles it (or moves it to another one, with a reason), and names its 承办人 —
    /// an account the caller has checked holds the handler role on that unit — or leaves the unit's handlers to take it.
    /// </summary>
    public void Assign(int handlingUnitId, string handlingUnitName, (string UserId, string Name)? handler, string? note, string actor, DateTime now)
    {
        Require(State is RequestState.Registered or RequestState.Processing, $"当前状态为“{State.DisplayName()}”，不能分办。");
        Require(State == RequestState.Registered || !string.IsNullOrWhiteSpace(note), "改派承办单位须说明理由。");
        var from = State;
        HandlingUnitId = handlingUnitId;
        HandlerUserId = handler?.UserId;
        Handler = handler is { } h ? Clean(h.Name) : null;
        State = RequestState.Processing;
        Record(now, actor, from == RequestState.Registered ? "Assigned" : "Reassigned", from,
            $"承办单位：{handlingUnitName}{(Handler is null ? "" : "，承办人：" + Handler)}{(Clean(note) is { } n ? "；" + n : "")}",
            from == RequestState.Registered ? "已分办，正在办理" : null);
    }

    /// <summary>Marks this request as asking again for what <paramref name="earlier"/> asked (条例第三十六条第（六）项 may then apply).</summary>
    public void FlagRepeatOf(int earlierId, string earlierTrackingNumber, string actor, DateTime now)
    {
        Require(earlierId != Id, "申请不能与自身重复。");
        RepeatOfRequestId = earlierId;
        Record(now, actor, "RepeatFlagged", State, $"与申请 {earlierTrackingNumber} 为同一申请人就同一信息再次申请", null);
    }

    /// <summary>Links the document the requested information is (for the yearly review and proactive-disclosure suggestions, 条例第四十四条).</summary>
    public void LinkDocument(int documentId, string documentTitle, string actor, DateTime now)
    {
        DocumentId = documentId;
        Record(now, actor, "DocumentLinked", State, $"所申请信息：{documentTitle}", null);
    }

    /// <summary>An internal note on the case (e.g. a phone call with the applicant).</summary>
    public void AddNote(string note, string actor, DateTime now)
    {
        Require(!string.IsNullOrWhiteSpace(note), "请填写备注内容。");
        Require(note.Trim().Length <= NoteMax, $"备注不能超过 {NoteMax} 字。");
        Record(now, actor, "Noted", State, note.Trim(), null);
    }

    /// <summary>Whether the clock runs, is paused, has stopped for clarification, or the request is closed — and where it stands.</summary>
    public DueStatus DueStatusOn(WorkingDayCalendar calendar, DateOnly today, int dueSoonWorkingDays)
    {
        if (State.IsClosed())
        {
            return RepliedOn is { } r && DueOn is { } d && r > d ? DueStatus.RepliedLate : DueStatus.Replied;
        }

        if (State == RequestState.AwaitingClarification || DueOn is null)
        {
            return DueStatus.Stopped;
        }

        if (PausedSince is not null)
        {
            return DueStatus.Paused;
        }

        var left = RequestClock.WorkingDaysLeft(calendar, today, DueOn.Value);
        return left < 0 ? DueStatus.Overdue : left <= dueSoonWorkingDays ? DueStatus.DueSoon : DueStatus.OnTime;
    }

    /// <summary>What table B needs of this request.</summary>
    public RequestStatRecord ToStatRecord() => new(Applicant.Kind, ReceivedOn, RepliedOn, State.IsClosed() ? Outcome : null);

    private void StartClock(WorkingDayCalendar calendar, DateOnly start)
    {
        ClockStartedOn = start;
        DueOn = RequestClock.ReplyDue(calendar, start, CountingStart);
        PausedSince = null;
        PausedRemaining = null;
    }

    /// <summary>
    /// Pauses the clock when something that does not count has started (条例第三十三条第三款; fees per docs/adr/0014) and resumes
    /// it when the last such thing has ended, moving the deadline by the time it stood. A clock already past its deadline
    /// stays where it is: the period was missed and a pause does not undo that.
    /// </summary>
    private void UpdatePause(WorkingDayCalendar calendar, DateOnly day)
    {
        if (DueOn is not { } due)
        {
            return;
        }

        var shouldPause = _consultations.Any(c => c.IsOpen && c.PausesClock) || FeeIsPending;
        if (shouldPause && PausedSince is null && day <= due)
        {
            PausedSince = day;
            PausedRemaining = RequestClock.RemainingAt(calendar, day, due);
        }
        else if (!shouldPause && PausedSince is not null)
        {
            DueOn = RequestClock.ResumedDue(calendar, day, PausedRemaining ?? 0);
            PausedSince = null;
            PausedRemaining = null;
        }
    }

    /// <summary>A day given for a step: not in the future and not before <paramref name="notBefore"/>.</summary>
    private static void RequireDay(DateOnly day, DateOnly today, DateOnly notBefore, string what)
    {
        Require(day <= today, $"{what}不能晚于今天。");
        Require(day >= notBefore, $"{what}不能早于 {notBefore:yyyy-MM-dd}。");
    }

}

/// <summary>Where a request stands against its deadline, derived when read.</summary>
public enum DueStatus
{
    OnTime,
    DueSoon,
    Overdue,
    Paused,
    Stopped,
    Replied,
    RepliedLate,
}

public static class DueStatusExtensions
{
    public static string DisplayName(this DueStatus s) => s switch
    {
        DueStatus.OnTime => "期限内",
        DueStatus.DueSoon => "即将到期",
        DueStatus.Overdue => "已超期",
        DueStatus.Paused => "暂停计时",
        DueStatus.Stopped => "待补正（期限自收到补正申请之日起重新计算）",
        DueStatus.Replied => "已按期答复",
        DueStatus.RepliedLate => "超期答复",
        _ => s.ToString(),
    };
}
