using Zwgk.Domain.Calendar;
using static Zwgk.Domain.Tests.Calendar.RealCalendar;

namespace Zwgk.Domain.Tests.Calendar;

// Rules of the calendar itself, on small hand-made data.
public class WorkingDayCalendarTests
{
    private const string Notice = "测试通知";

    private static CalendarDay Holiday(string date) => new(D(date), CalendarDayKind.Holiday, "测试节", Notice);

    private static CalendarDay Workday(string date) => new(D(date), CalendarDayKind.Workday, "测试节", Notice);

    [Fact]
    public void Covered_years_default_to_the_years_of_the_days()
    {
        var calendar = new WorkingDayCalendar([Holiday("2031-01-01"), Holiday("2030-10-01")], []);

        Assert.Equal([2030, 2031], calendar.CoveredYears);
    }

    [Fact]
    public void Explicit_covered_years_are_used_as_given_and_sorted()
    {
        var calendar = new WorkingDayCalendar([Holiday("2030-10-01")], [2032, 2030, 2032]);

        Assert.Equal([2030, 2032], calendar.CoveredYears);
        Assert.Throws<CalendarDataMissingException>(() => calendar.IsWorkingDay(D("2031-06-02")));
        Assert.True(calendar.IsWorkingDay(D("2032-06-01"))); // a Tuesday, no special days entered
    }

    [Fact]
    public void A_registration_counts_the_next_uncovered_year_monday_to_friday_and_says_so_but_no_later_year()
    {
        var covered = new WorkingDayCalendar([Holiday("2030-10-01")], [2030]);
        var assuming = covered.AssumingNextYear();

        Assert.Throws<CalendarDataMissingException>(() => covered.AddWorkingDays(D("2030-12-20"), 20));
        Assert.Equal(2031, assuming.AssumedYear);
        Assert.False(assuming.UsedAssumption);
        // 2030-12-20 is a Friday: 7 working days left in 2030 (23–27, 30, 31), then 13 in January 2031.
        Assert.Equal(D("2031-01-17"), assuming.AddWorkingDays(D("2030-12-20"), 20));
        Assert.True(assuming.UsedAssumption);
        Assert.False(assuming.IsWorkingDay(D("2031-01-04"))); // Saturday
        Assert.Throws<CalendarDataMissingException>(() => assuming.IsWorkingDay(D("2032-01-05")));
        Assert.False(covered.AssumingNextYear().UsedAssumption); // each registration asks afresh
    }

    [Fact]
    public void Covered_year_without_special_days_counts_only_weekends()
    {
        var calendar = new WorkingDayCalendar([], [2030]);

        Assert.True(calendar.IsWorkingDay(D("2030-01-04")));  // Friday
        Assert.False(calendar.IsWorkingDay(D("2030-01-05"))); // Saturday
        Assert.False(calendar.IsWorkingDay(D("2030-01-06"))); // Sunday
        Assert.Equal(D("2030-01-07"), calendar.AddWorkingDays(D("2030-01-04"), 1));
    }

    [Fact]
    public void Empty_calendar_covers_nothing_and_refuses_everything()
    {
        var calendar = new WorkingDayCalendar([], []);

        Assert.Empty(calendar.CoveredYears);
        var ex = Assert.Throws<CalendarDataMissingException>(() => calendar.IsWorkingDay(D("2025-03-03")));
        Assert.Equal(2025, ex.Year);
    }

    [Fact]
    public void Holiday_and_make_up_workday_override_the_weekday()
    {
        var calendar = new WorkingDayCalendar([Holiday("2030-01-02"), Holiday("2030-01-05"), Workday("2030-01-06")], []);

        Assert.False(calendar.IsWorkingDay(D("2030-01-02"))); // Wednesday holiday
        Assert.False(calendar.IsWorkingDay(D("2030-01-05"))); // Saturday holiday
        Assert.True(calendar.IsWorkingDay(D("2030-01-06")));  // Sunday make-up workday
    }

    [Fact]
    public void Day_outside_the_covered_years_is_kept_for_lookup_but_not_used()
    {
        var lateDecember = Holiday("2029-12-31");
        var calendar = new WorkingDayCalendar([lateDecember], [2030]);

        Assert.Equal(lateDecember, calendar.Lookup(D("2029-12-31")));
        var ex = Assert.Throws<CalendarDataMissingException>(() => calendar.IsWorkingDay(D("2029-12-31")));
        Assert.Equal(2029, ex.Year);
    }

    [Fact]
    public void Duplicate_dates_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => new WorkingDayCalendar([Holiday("2030-10-01"), Holiday("2030-10-01")], []));

        Assert.Contains("2030-10-01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    [InlineData(-2025)]
    public void Covered_year_out_of_range_is_rejected(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingDayCalendar([], [year]));
    }

    [Fact]
    public void Later_changes_to_the_input_do_not_change_the_calendar()
    {
        var days = new List<CalendarDay> { Holiday("2030-01-02") };
        var years = new List<int> { 2030 };
        var calendar = new WorkingDayCalendar(days, years);

        days.Add(Holiday("2030-01-03"));
        years.Add(2031);

        Assert.True(calendar.IsWorkingDay(D("2030-01-03")));
        Assert.Equal([2030], calendar.CoveredYears);
        Assert.Null(calendar.Lookup(D("2030-01-03")));
    }

    [Fact]
    public void Covered_years_cannot_be_changed_through_the_collection()
    {
        var calendar = new WorkingDayCalendar([], [2030]);

        var asList = Assert.IsAssignableFrom<IList<int>>(calendar.CoveredYears);
        Assert.True(asList.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asList[0] = 2031);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Adding_fewer_than_one_working_day_is_rejected(int days)
    {
        var calendar = new WorkingDayCalendar([], [2030]);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(D("2030-01-04"), days));
        Assert.Equal("days", ex.ParamName);
    }
}
