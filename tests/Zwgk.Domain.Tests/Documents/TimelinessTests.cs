using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using static Zwgk.Domain.Tests.Calendar.RealCalendar;

namespace Zwgk.Domain.Tests.Documents;

// Art. 26: within 20 working days of being formed, on the real official calendar.
public sealed class TimelinessTests
{
    private static readonly WorkingDayCalendar Calendar = Zwgk.Domain.Tests.Calendar.RealCalendar.Calendar;

    [Fact]
    public void The_limit_is_20_working_days()
    {
        Assert.Equal(20, Timeliness.WorkingDays);
    }

    [Fact]
    public void Formed_before_national_day_2025_is_due_on_october_30()
    {
        var formed = D("2025-09-26"); // Friday
        var due = Timeliness.DueOn(Calendar, formed);

        Assert.Equal(D("2025-10-30"), due);

        // Checked against the calendar rather than assumed: the 28 Sep and 11 Oct make-up days count,
        // 1–8 Oct do not, and the due date is itself the 20th working day.
        Assert.True(Calendar.IsWorkingDay(D("2025-09-28")));
        Assert.True(Calendar.IsWorkingDay(D("2025-10-11")));
        for (var day = D("2025-10-01"); day <= D("2025-10-08"); day = day.AddDays(1))
        {
            Assert.False(Calendar.IsWorkingDay(day), $"{day:yyyy-MM-dd}");
        }

        Assert.True(Calendar.IsWorkingDay(due));
        Assert.Equal(20, Calendar.CountWorkingDaysBetween(formed, due));
        Assert.Equal(19, Calendar.CountWorkingDaysBetween(formed, due.AddDays(-1)));
    }

    [Fact]
    public void Formed_in_an_ordinary_month_is_due_four_weeks_later()
    {
        Assert.Equal(D("2025-03-31"), Timeliness.DueOn(Calendar, D("2025-03-03")));
    }

    [Theory]
    [InlineData("2025-10-09", false)]
    [InlineData("2025-10-30", false)] // on the due date
    [InlineData("2025-10-31", true)]  // a day after
    public void Publication_after_the_due_date_is_late(string publishedOn, bool late)
    {
        Assert.Equal(late, Timeliness.IsLate(Calendar, D("2025-09-26"), D(publishedOn), D("2025-12-31")));
    }

    [Theory]
    [InlineData("2025-10-20", false)]
    [InlineData("2025-10-30", false)]
    [InlineData("2025-10-31", true)]
    public void Unpublished_information_becomes_late_after_the_due_date(string today, bool late)
    {
        Assert.Equal(late, Timeliness.IsLate(Calendar, D("2025-09-26"), null, D(today)));
    }

    [Fact]
    public void Information_published_in_time_stays_in_time()
    {
        Assert.False(Timeliness.IsLate(Calendar, D("2025-09-26"), D("2025-10-10"), D("2026-06-01")));
    }

    [Fact]
    public void A_year_without_calendar_data_is_not_guessed()
    {
        Assert.Throws<CalendarDataMissingException>(() => Timeliness.DueOn(Calendar, D("2026-12-20")));
    }
}
