using Zwgk.Domain.Calendar;

namespace Zwgk.Domain.Catalogs;

/// <summary>What the public sees about an item: has current content, empty (not yet due), overdue by its time limit, or not applicable.</summary>
public enum ItemStatus
{
    HasContent,
    Empty,
    Overdue,
    NotApplicable,
}

public static class ItemStatusRules
{
    public static string DisplayName(this ItemStatus s) => s switch
    {
        ItemStatus.HasContent => "有现行内容",
        ItemStatus.Empty => "暂无内容",
        ItemStatus.Overdue => "逾期未公开",
        ItemStatus.NotApplicable => "不适用",
        _ => s.ToString(),
    };

    /// <summary>
    /// The status of an item on a China date. The obligation starts when the item first went public (<paramref name="obligationStart"/>).
    /// A yearly item needs content in its current cycle (since the previous fixed date's cycle began); any other item needs at least
    /// one published document, and is overdue once its time limit, counted from the obligation start, has passed without one.
    /// </summary>
    public static ItemStatus Evaluate(TimeLimit limit, DateOnly obligationStart, IReadOnlyCollection<DateOnly> publishedOn, DateOnly today, WorkingDayCalendar calendar)
    {
        if (limit.Unit == TimeLimitUnit.FixedDateYearly)
        {
            // The last fixed date that has passed; content published in the year up to it (or since) is current.
            var thisYear = limit.FixedOn(today.Year);
            var lastDue = thisYear < today ? thisYear : limit.FixedOn(today.Year - 1);
            var cycleStart = limit.FixedOn(lastDue.Year - 1);
            if (publishedOn.Any(d => d > cycleStart))
            {
                return ItemStatus.HasContent;
            }

            return obligationStart <= lastDue ? ItemStatus.Overdue : ItemStatus.Empty;
        }

        if (publishedOn.Count > 0)
        {
            return ItemStatus.HasContent;
        }

        try
        {
            return today > limit.DueDate(obligationStart, calendar) ? ItemStatus.Overdue : ItemStatus.Empty;
        }
        catch (CalendarDataMissingException)
        {
            // The working-day arrangement of that year is not entered yet: we cannot say it is late, so we do not.
            return ItemStatus.Empty;
        }
    }

    /// <summary>A document published later than its item's time limit allows, counted from the date it was formed (成文日期).</summary>
    public static bool IsLate(TimeLimit limit, DateOnly formedOn, DateOnly publishedOn, WorkingDayCalendar calendar)
    {
        if (limit.Unit is TimeLimitUnit.FixedDateYearly)
        {
            return false;
        }

        try
        {
            return publishedOn > limit.DueDate(formedOn, calendar);
        }
        catch (CalendarDataMissingException)
        {
            return false;
        }
    }
}
