using Zwgk.Domain.Calendar;

namespace Zwgk.Domain.Documents;

/// <summary>Art. 26: proactive information is published within 20 working days of being formed or changed.</summary>
public static class Timeliness
{
    public const int WorkingDays = 20;

    public static DateOnly DueOn(WorkingDayCalendar calendar, DateOnly formedOn) => calendar.AddWorkingDays(formedOn, WorkingDays);

    /// <summary>Late when not yet published after the due date, or published after it.</summary>
    public static bool IsLate(WorkingDayCalendar calendar, DateOnly formedOn, DateOnly? publishedOn, DateOnly today) =>
        (publishedOn ?? today) > DueOn(calendar, formedOn);
}
