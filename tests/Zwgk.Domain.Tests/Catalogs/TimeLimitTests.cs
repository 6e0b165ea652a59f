using Zwgk.Domain.Catalogs;
using static Zwgk.Domain.Tests.Calendar.RealCalendar;
using Cal = Zwgk.Domain.Tests.Calendar.RealCalendar;

namespace Zwgk.Domain.Tests.Catalogs;


public sealed class TimeLimitTests
{
    [Theory]
    [InlineData("信息形成或者变更之日起20个工作日内", TimeLimitUnit.WorkingDays, 20, "信息形成或者变更之日", null)]
    [InlineData("制定或获取信息之日起 10 个工作日内", TimeLimitUnit.WorkingDays, 10, "制定或获取信息之日", null)]
    [InlineData("本级人大或其常委会批准后20日内", TimeLimitUnit.CalendarDays, 20, "本级人大或其常委会批准", null)]
    [InlineData("自作出决定之日起7个工作日内", TimeLimitUnit.WorkingDays, 7, "作出决定之日", null)]
    [InlineData("10 个工作日内公开，公示 7 个工作日", TimeLimitUnit.WorkingDays, 10, "信息形成或者变更之日", 7)]
    [InlineData("２０个工作日", TimeLimitUnit.WorkingDays, 20, "信息形成或者变更之日", null)]
    public void Real_wordings_become_amount_unit_start_and_publicity(string text, TimeLimitUnit unit, int amount, string start, int? publicity)
    {
        var t = TimeLimit.Parse(text, out var error);
        Assert.Null(error);
        Assert.Equal(unit, t!.Unit);
        Assert.Equal(amount, t.Amount);
        Assert.Equal(start, t.StartEvent);
        Assert.Equal(publicity, t.PublicityDays);
        Assert.Equal(text.Trim(), t.Text);
    }

    [Fact]
    public void Real_time_and_a_fixed_date_each_year_are_understood()
    {
        Assert.Equal(TimeLimitUnit.RealTime, TimeLimit.Parse("实时公开", out _)!.Unit);
        var yearly = TimeLimit.Parse("每年3月31日前", out _)!;
        Assert.Equal((TimeLimitUnit.FixedDateYearly, 3, 31), (yearly.Unit, yearly.FixedMonth!.Value, yearly.FixedDay!.Value));
        Assert.Equal(30, TimeLimit.Parse("每年6月底前", out _)!.FixedDay);
    }

    [Theory]
    [InlineData("")]
    [InlineData("及时公开")]
    [InlineData("每年2月30日前")]
    [InlineData("0个工作日内")]
    public void Wording_without_a_countable_limit_is_refused_with_a_reason(string text)
    {
        Assert.Null(TimeLimit.Parse(text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Working_days_skip_the_national_day_holiday()
    {
        // 2025-09-30 + 20 working days: 1–8 October are off (National Day and Mid-Autumn), Saturday 11 October is a make-up workday.
        var t = TimeLimit.Parse("20个工作日内", out _)!;
        Assert.Equal(D("2025-11-04"), t.DueDate(D("2025-09-30"), Cal.Calendar));
        Assert.Equal(D("2025-10-20"), TimeLimit.Parse("批准后20日内", out _)!.DueDate(D("2025-09-30"), Cal.Calendar));
    }
}
