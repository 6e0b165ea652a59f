using Zwgk.Domain.Calendar;

namespace Zwgk.Domain.Requests;

/// <summary>On which day counting starts (docs/adr/0014). The Regulation is silent; the default follows 民法典第二百零一条.</summary>
public enum CountingStart
{
    /// <summary>The day of receipt is not counted; the first day is the next one (民法典第二百零一条).</summary>
    NextDay,

    /// <summary>The day of receipt counts as day one when it is a working day.</summary>
    SameDay,
}

/// <summary>The readings the office may choose where the text leaves a choice open (settings Requests:*).</summary>
public sealed record RequestClockSettings(CountingStart CountingStart = CountingStart.NextDay, bool FeePausesClock = true, int DueSoonWorkingDays = 3)
{
    public static readonly RequestClockSettings Default = new();
}

/// <summary>
/// The statutory periods of 条例 and 国办函〔2020〕109号 as pure arithmetic on the official working-day calendar. Every
/// date in and out is a China-time calendar day. The aggregate stores what this returns; nothing here reads a clock.
/// </summary>
public static class RequestClock
{
    // 条例第三十三条第二款: reply within 20 working days of receipt.
    public const int ReplyWorkingDays = 20;

    // 条例第三十三条第二款: one extension of at most 20 working days.
    public const int MaxExtensionWorkingDays = 20;

    // 条例第三十条: the clarification notice goes out within 7 working days of receipt.
    public const int ClarificationNoticeWorkingDays = 7;

    // 条例第三十二条 (third party) and 第三十四条 (other agencies): the consulted party answers within 15 working days.
    public const int ConsultationWorkingDays = 15;

    // 国办函〔2020〕109号: the applicant pays within 20 working days from the day after receiving the fee notice.
    public const int FeePaymentWorkingDays = 20;

    /// <summary>The <paramref name="workingDays"/>-th working day of a period that starts on <paramref name="start"/>.</summary>
    public static DateOnly Period(WorkingDayCalendar calendar, DateOnly start, int workingDays, CountingStart counting) =>
        counting == CountingStart.SameDay
            // Counting the start day itself (when it is a working day) is counting from the day before it.
            ? calendar.AddWorkingDays(start.AddDays(-1), workingDays)
            // 民法典第二百零一条: the start day is not counted.
            : calendar.AddWorkingDays(start, workingDays);

    /// <summary>条例第三十三条: the reply is due 20 working days after receipt (or after the completed request arrives, 第三十条).</summary>
    public static DateOnly ReplyDue(WorkingDayCalendar calendar, DateOnly clockStart, CountingStart counting) =>
        Period(calendar, clockStart, ReplyWorkingDays, counting);

    /// <summary>条例第三十条: the last day on which the clarification notice may go out.</summary>
    public static DateOnly ClarificationNoticeLatest(WorkingDayCalendar calendar, DateOnly receivedOn, CountingStart counting) =>
        Period(calendar, receivedOn, ClarificationNoticeWorkingDays, counting);

    /// <summary>条例第三十二条、第三十四条: the consulted party's answer is due 15 working days after the request for its opinion.</summary>
    public static DateOnly ConsultationDue(WorkingDayCalendar calendar, DateOnly sentOn) =>
        calendar.AddWorkingDays(sentOn, ConsultationWorkingDays);

    /// <summary>国办函〔2020〕109号: payment is due 20 working days counted from the day after the applicant receives the notice.</summary>
    public static DateOnly FeePaymentDue(WorkingDayCalendar calendar, DateOnly noticeReceivedOn) =>
        calendar.AddWorkingDays(noticeReceivedOn, FeePaymentWorkingDays);

    /// <summary>
    /// The working days still left when the clock pauses on <paramref name="pausedOn"/>: that day's work is spent,
    /// the days after it up to the deadline are kept. Zero when it pauses on the deadline itself.
    /// </summary>
    public static int RemainingAt(WorkingDayCalendar calendar, DateOnly pausedOn, DateOnly dueOn) =>
        calendar.CountWorkingDaysBetween(pausedOn, dueOn);

    /// <summary>
    /// 条例第三十三条第三款: consultation time is not counted. When the clock resumes on <paramref name="resumedOn"/> (the day the
    /// answer arrived), the remaining days count from the day after; with none left the deadline is that day (or the next working day).
    /// </summary>
    public static DateOnly ResumedDue(WorkingDayCalendar calendar, DateOnly resumedOn, int remaining) =>
        remaining > 0 ? calendar.AddWorkingDays(resumedOn, remaining) : calendar.SameOrNextWorkingDay(resumedOn);

    /// <summary>How many working days are left from <paramref name="today"/> to <paramref name="dueOn"/> (0 on the day itself, negative when overdue).</summary>
    public static int WorkingDaysLeft(WorkingDayCalendar calendar, DateOnly today, DateOnly dueOn) =>
        today <= dueOn ? calendar.CountWorkingDaysBetween(today, dueOn) : -calendar.CountWorkingDaysBetween(dueOn, today);
}
