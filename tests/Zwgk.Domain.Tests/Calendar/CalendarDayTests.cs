using Zwgk.Domain.Calendar;
using static Zwgk.Domain.Tests.Calendar.RealCalendar;

namespace Zwgk.Domain.Tests.Calendar;

public class CalendarDayTests
{
    private const string Notice = "国务院办公厅关于2024年部分节假日安排的通知";

    [Theory]
    [InlineData("2024-10-12")] // Saturday
    [InlineData("2024-09-29")] // Sunday
    public void Workday_on_a_weekend_is_accepted(string date)
    {
        var day = new CalendarDay(D(date), CalendarDayKind.Workday, "国庆节", Notice);

        Assert.Equal(D(date), day.Date);
        Assert.Equal(CalendarDayKind.Workday, day.Kind);
    }

    [Theory]
    [InlineData("2024-10-15", "星期二")]
    [InlineData("2024-10-11", "星期五")]
    [InlineData("2024-10-14", "星期一")]
    public void Workday_on_a_weekday_is_rejected(string date, string weekday)
    {
        var ex = Assert.Throws<ArgumentException>(
            () => new CalendarDay(D(date), CalendarDayKind.Workday, "国庆节", Notice));

        Assert.Contains(date, ex.Message, StringComparison.Ordinal);
        Assert.Contains(weekday, ex.Message, StringComparison.Ordinal);
        Assert.Contains("不是周六或周日", ex.Message, StringComparison.Ordinal);
        Assert.Equal("date", ex.ParamName);
    }

    [Theory]
    [InlineData("2024-10-01")] // Tuesday
    [InlineData("2024-10-05")] // Saturday
    [InlineData("2024-10-06")] // Sunday
    public void Holiday_on_any_day_is_accepted(string date)
    {
        var day = new CalendarDay(D(date), CalendarDayKind.Holiday, "国庆节", Notice);

        Assert.Equal(CalendarDayKind.Holiday, day.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_name_is_rejected(string name)
    {
        var ex = Assert.Throws<ArgumentException>(
            () => new CalendarDay(D("2024-10-01"), CalendarDayKind.Holiday, name, Notice));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Blank_source_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => new CalendarDay(D("2024-10-01"), CalendarDayKind.Holiday, "国庆节", " "));

        Assert.Equal("source", ex.ParamName);
    }

    [Fact]
    public void Undefined_kind_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new CalendarDay(D("2024-10-01"), (CalendarDayKind)7, "国庆节", Notice));
    }

    [Fact]
    public void Name_and_source_are_trimmed_and_equality_is_by_value()
    {
        var a = new CalendarDay(D("2024-10-01"), CalendarDayKind.Holiday, " 国庆节 ", $" {Notice} ");
        var b = new CalendarDay(D("2024-10-01"), CalendarDayKind.Holiday, "国庆节", Notice);

        Assert.Equal("国庆节", a.Name);
        Assert.Equal(Notice, a.Source);
        Assert.Equal(b, a);
    }

    [Fact]
    public void Deconstructs_positionally()
    {
        var (date, kind, name, source) = new CalendarDay(D("2024-10-12"), CalendarDayKind.Workday, "国庆节", Notice);

        Assert.Equal(D("2024-10-12"), date);
        Assert.Equal(CalendarDayKind.Workday, kind);
        Assert.Equal("国庆节", name);
        Assert.Equal(Notice, source);
    }
}
