using Zwgk.Domain.Calendar;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Requests;

// 信息处理费 (条例第四十二条; 国办函〔2020〕109号): per request or per volume, never both; a notice within the reply period.
public sealed partial class InformationRequest
{
    public FeeMode? FeeMode { get; private set; }

    /// <summary>Per request: the ordinal of this request in the applicant's natural month. Per volume: the pages.</summary>
    public int? FeeQuantity { get; private set; }

    public decimal? FeeAmount { get; private set; }

    public string? FeeBasis { get; private set; }

    public DateOnly? FeeNoticeOn { get; private set; }

    public DateOnly? FeeNoticeReceivedOn { get; private set; }

    public DateOnly? FeePaymentDueOn { get; private set; }

    public DateOnly? FeePaidOn { get; private set; }

    /// <summary>Whether the reply clock stands while the fee is unpaid (setting Requests:FeePausesClock, fixed when the notice goes out).</summary>
    public bool FeePausesClock { get; private set; }

    /// <summary>A fee notice that is neither paid nor lapsed holds the clock (when the setting says so).</summary>
    private bool FeeIsPending => FeeMode is not null && FeePaidOn is null && FeePausesClock && FeeLapsedOn is null;

    /// <summary>Set when the payment period has ended unpaid, so the clock no longer waits for the fee.</summary>
    public DateOnly? FeeLapsedOn { get; private set; }

    /// <summary>
    /// 国办函〔2020〕109号: issues the fee notice. <paramref name="quantity"/> is the request's ordinal in the applicant's natural
    /// month (per request) or its pages (per volume). A request under the free threshold is not charged.
    /// </summary>
    public void IssueFeeNotice(FeeMode mode, int quantity, DateOnly applicantReceivedOn, bool pausesClock, WorkingDayCalendar calendar, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        Require(State == RequestState.Processing, State == RequestState.Registered ? "请先分办到承办单位。" : $"当前状态为“{State.DisplayName()}”，不能发出收费通知。");
        // 国办函〔2020〕109号第三条: one request is charged by one standard only.
        Require(FeeMode is null || FeeMode == mode, "同一申请不得同时按件和按量计收信息处理费。");
        Require(FeeMode is null, "本申请已发出过收费通知。");
        Require(quantity >= 1, mode == Requests.FeeMode.PerRequest ? "请填写本申请是申请人本自然月内的第几件申请。" : "请填写所涉信息的页数。");
        // 国办函〔2020〕109号: the notice goes out within the reply period.
        Require(DueOn is not null && (PausedSince is not null || today <= DueOn), "收费通知应当在答复期限内发出。");
        var amount = FeeCalculator.Amount(mode, quantity);
        // 条例第四十二条: free in principle; only the excess over the free quantity is charged.
        Require(amount > 0, mode == Requests.FeeMode.PerRequest ? "同一申请人一个自然月内累计申请 10 件以下（含 10 件）的不收费。" : "30 页以下（含 30 页）的不收费。");
        RequireDay(applicantReceivedOn, today, today, "申请人收到收费通知的日期");
        FeeMode = mode;
        FeeQuantity = quantity;
        FeeAmount = amount;
        FeeBasis = FeeCalculator.Basis(mode, quantity);
        FeeNoticeOn = today;
        FeeNoticeReceivedOn = applicantReceivedOn;
        FeePaymentDueOn = RequestClock.FeePaymentDue(calendar, applicantReceivedOn);
        FeePausesClock = pausesClock;
        UpdatePause(calendar, today);
        Record(now, actor, "FeeNoticeIssued", State, $"{mode.DisplayName()}，金额 {amount:0.00} 元，缴费期限 {FeePaymentDueOn:yyyy-MM-dd}",
            $"已发出收费通知：{amount:0.00} 元，请于 {FeePaymentDueOn:yyyy-MM-dd} 前缴纳");
    }

    /// <summary>Records payment received on <paramref name="on"/>; a paused clock resumes from the next day.</summary>
    public void RecordFeePayment(DateOnly on, WorkingDayCalendar calendar, string actor, DateTime now)
    {
        Require(FeeMode is not null, "本申请没有收费通知。");
        Require(FeePaidOn is null, "已登记缴费。");
        RequireDay(on, ChinaTime.DateOf(now), FeeNoticeOn!.Value, "缴费日期");
        // 国办函〔2020〕109号: payment after 20 working days means the request is not processed further.
        Require(on <= FeePaymentDueOn, $"缴费期限已于 {FeePaymentDueOn:yyyy-MM-dd} 届满，逾期未缴费的不再处理该申请。");
        FeePaidOn = on;
        UpdatePause(calendar, on);
        Record(now, actor, "FeePaid", State, $"已缴费 {FeeAmount:0.00} 元（{on:yyyy-MM-dd}）", $"已收到信息处理费（{on:yyyy-MM-dd}）");
    }

    /// <summary>
    /// The payment period ended unpaid: the clock no longer waits and the handler may decide "逾期未缴费" (国办函〔2020〕109号).
    /// Run by the reminders job; idempotent.
    /// </summary>
    public bool LapseFee(WorkingDayCalendar calendar, DateOnly today)
    {
        if (FeeMode is null || FeePaidOn is not null || FeeLapsedOn is not null || today <= FeePaymentDueOn)
        {
            return false;
        }

        FeeLapsedOn = FeePaymentDueOn;
        UpdatePause(calendar, FeePaymentDueOn!.Value);
        return true;
    }
}
