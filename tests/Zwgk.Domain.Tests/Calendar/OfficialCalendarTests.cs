using Zwgk.Domain.Calendar;
using static Zwgk.Domain.Tests.Calendar.RealCalendar;

namespace Zwgk.Domain.Tests.Calendar;

// Edge cases pinned against the real official calendar (china-calendar.csv, 2019–2026).
// Every expected date was checked against the State Council notices and the weekday.
public class OfficialCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = RealCalendar.Calendar;

    [Fact]
    public void Covers_2019_to_2026()
    {
        Assert.Equal(Enumerable.Range(2019, 8), Calendar.CoveredYears);
    }

    [Theory]
    [InlineData("2024-03-04", true)]  // ordinary Monday
    [InlineData("2024-03-02", false)] // ordinary Saturday
    [InlineData("2024-03-03", false)] // ordinary Sunday
    [InlineData("2024-10-01", false)] // National Day, Tuesday
    [InlineData("2024-10-05", false)] // National Day, Saturday
    [InlineData("2024-10-12", true)]  // make-up Saturday
    [InlineData("2024-09-29", true)]  // make-up Sunday
    [InlineData("2025-01-01", false)] // New Year's Day, Wednesday
    [InlineData("2025-01-26", true)]  // Spring Festival make-up Sunday
    [InlineData("2025-02-08", true)]  // Spring Festival make-up Saturday
    [InlineData("2025-02-04", false)] // last day of Spring Festival 2025
    [InlineData("2020-02-01", false)] // Saturday: its make-up day was cancelled when Spring Festival 2020 was extended
    [InlineData("2022-12-31", false)] // Saturday, listed as New Year holiday by the 2023 notice
    public void Knows_ordinary_days_holidays_and_make_up_workdays(string date, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(D(date)));
    }

    [Fact]
    public void Every_day_2019_to_2026_follows_weekends_holidays_and_make_up_workdays()
    {
        var listed = Days.ToDictionary(d => d.Date);
        for (var date = D("2019-01-01"); date <= D("2026-12-31"); date = date.AddDays(1))
        {
            var expected = listed.TryGetValue(date, out var special)
                ? special.Kind == CalendarDayKind.Workday
                : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.True(expected == Calendar.IsWorkingDay(date), $"{date:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData("2024-03-01", 1, "2024-03-04")]  // Friday → Monday
    [InlineData("2024-03-02", 1, "2024-03-04")]  // start on a Saturday
    [InlineData("2024-09-30", 1, "2024-10-08")]  // Monday before National Day
    [InlineData("2024-10-01", 1, "2024-10-08")]  // start on a holiday
    [InlineData("2024-10-07", 1, "2024-10-08")]  // start on the last holiday
    [InlineData("2024-10-11", 1, "2024-10-12")]  // Friday → make-up Saturday
    [InlineData("2024-10-12", 1, "2024-10-14")]  // start on a make-up Saturday
    [InlineData("2024-12-31", 1, "2025-01-02")]  // across New Year: 01-01 is a holiday
    [InlineData("2025-01-24", 1, "2025-01-26")]  // Friday → make-up Sunday
    [InlineData("2025-01-25", 1, "2025-01-26")]  // Saturday → make-up Sunday
    [InlineData("2025-01-26", 1, "2025-01-27")]  // make-up Sunday → Monday
    [InlineData("2025-01-27", 1, "2025-02-05")]  // across Spring Festival (01-28..02-04)
    [InlineData("2025-02-07", 1, "2025-02-08")]  // Friday → make-up Saturday
    [InlineData("2025-01-20", 20, "2025-02-21")] // 20 working days across Spring Festival 2025
    [InlineData("2020-01-23", 1, "2020-02-03")]  // Spring Festival 2020 as extended to 02-02
    [InlineData("2023-10-06", 1, "2023-10-07")]  // last holiday → make-up Saturday
    [InlineData("2025-09-27", 1, "2025-09-28")]  // Saturday → make-up Sunday
    [InlineData("2025-10-10", 1, "2025-10-11")]  // Friday → make-up Saturday
    [InlineData("2025-10-11", 1, "2025-10-13")]  // make-up Saturday → Monday
    public void Adds_working_days(string from, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), days));
    }

    // National Day and Mid-Autumn 2025: 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) worked.
    [Theory]
    [InlineData("2025-09-26", 15, "2025-10-23")] // Friday: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, ...
    [InlineData("2025-09-26", 20, "2025-10-30")]
    [InlineData("2025-09-30", 15, "2025-10-28")]
    [InlineData("2025-09-30", 20, "2025-11-04")]
    [InlineData("2025-10-01", 15, "2025-10-28")] // start on the holiday: same as from 09-30
    [InlineData("2025-10-01", 20, "2025-11-04")]
    public void Adds_15_and_20_working_days_across_national_day_2025(string from, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), days));
        Assert.Equal(days, Calendar.CountWorkingDaysBetween(D(from), D(expected)));
    }

    [Theory]
    [InlineData("2024-03-04", "2024-03-05")] // working Monday → Tuesday (strictly after)
    [InlineData("2024-10-01", "2024-10-08")]
    [InlineData("2025-10-10", "2025-10-11")]
    public void Next_working_day_is_strictly_after(string date, string expected)
    {
        Assert.Equal(D(expected), Calendar.NextWorkingDay(D(date)));
        Assert.Equal(Calendar.AddWorkingDays(D(date), 1), Calendar.NextWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2024-03-04", "2024-03-04")] // working day: itself
    [InlineData("2025-10-11", "2025-10-11")] // make-up Saturday: itself
    [InlineData("2025-10-12", "2025-10-13")] // Sunday
    [InlineData("2025-10-01", "2025-10-09")] // holiday
    [InlineData("2025-01-28", "2025-02-05")] // first day of Spring Festival 2025
    public void Same_or_next_working_day(string date, string expected)
    {
        Assert.Equal(D(expected), Calendar.SameOrNextWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2025-09-30", "2025-10-09", 1)]
    [InlineData("2025-09-30", "2025-10-08", 0)]
    [InlineData("2024-03-01", "2024-03-04", 1)]
    [InlineData("2024-03-04", "2024-03-04", 0)] // to == from
    [InlineData("2024-03-08", "2024-03-04", 0)] // to < from
    [InlineData("2030-01-10", "2030-01-01", 0)] // nothing to count, so nothing to refuse
    public void Counts_working_days_after_from_up_to_and_including_to(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.CountWorkingDaysBetween(D(from), D(to)));
    }

    // Working days per year from the notices: weekdays minus weekday holidays plus make-up days.
    [Theory]
    [InlineData(2019, 250)]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Counts_the_working_days_of_each_year(int year, int expected)
    {
        var count = Calendar.CountWorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));

        Assert.Equal(expected, count);
    }

    [Fact]
    public void Count_round_trips_with_add_for_every_start_in_2020_to_2025()
    {
        int[] steps = [1, 7, 15, 20];
        for (var from = D("2020-01-01"); from <= D("2025-12-31"); from = from.AddDays(1))
        {
            foreach (var n in steps)
            {
                var due = Calendar.AddWorkingDays(from, n);

                Assert.True(Calendar.IsWorkingDay(due), $"{from:yyyy-MM-dd}+{n}");
                Assert.True(n == Calendar.CountWorkingDaysBetween(from, due), $"{from:yyyy-MM-dd}+{n}");
                Assert.True(n - 1 == Calendar.CountWorkingDaysBetween(from, due.AddDays(-1)), $"{from:yyyy-MM-dd}+{n}");
            }
        }
    }

    [Fact]
    public void Reaching_into_2027_is_refused()
    {
        Assert.Equal(D("2026-12-31"), Calendar.AddWorkingDays(D("2026-12-30"), 1));

        var add = Assert.Throws<CalendarDataMissingException>(() => Calendar.AddWorkingDays(D("2026-12-04"), 20));
        Assert.Equal(2027, add.Year);
        Assert.Contains("2027 年", add.Message, StringComparison.Ordinal);

        Assert.Equal(2027, Assert.Throws<CalendarDataMissingException>(() => Calendar.NextWorkingDay(D("2026-12-31"))).Year);
        Assert.Equal(2027, Assert.Throws<CalendarDataMissingException>(() => Calendar.IsWorkingDay(D("2027-01-04"))).Year);
        Assert.Equal(2027, Assert.Throws<CalendarDataMissingException>(() => Calendar.SameOrNextWorkingDay(D("2027-01-04"))).Year);
        Assert.Equal(2027, Assert.Throws<CalendarDataMissingException>(
            () => Calendar.CountWorkingDaysBetween(D("2026-12-30"), D("2027-01-05"))).Year);
    }

    [Fact]
    public void Reaching_back_into_2018_is_refused_but_starting_on_its_last_day_is_not()
    {
        // 2018-12-29 was a make-up Saturday fixed by the 2019 notice: weekends alone would be wrong.
        Assert.Equal(2018, Assert.Throws<CalendarDataMissingException>(() => Calendar.AddWorkingDays(D("2018-12-28"), 1)).Year);

        // The starting day is never examined, so a start on 2018-12-31 needs only 2019.
        Assert.Equal(D("2019-01-02"), Calendar.AddWorkingDays(D("2018-12-31"), 1));
    }

    [Fact]
    public void Lookup_returns_the_entered_special_day_or_null()
    {
        var day = Calendar.Lookup(D("2025-02-08"));

        Assert.NotNull(day);
        Assert.Equal(CalendarDayKind.Workday, day.Kind);
        Assert.Equal("春节", day.Name);
        Assert.Null(Calendar.Lookup(D("2025-03-03")));
        Assert.Null(Calendar.Lookup(D("2027-01-01")));
    }
}
