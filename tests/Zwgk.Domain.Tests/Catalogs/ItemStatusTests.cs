using Zwgk.Domain.Catalogs;
using static Zwgk.Domain.Tests.Calendar.RealCalendar;
using Cal = Zwgk.Domain.Tests.Calendar.RealCalendar;

namespace Zwgk.Domain.Tests.Catalogs;


public sealed class ItemStatusTests
{
    private static readonly TimeLimit TwentyWorkingDays = TimeLimit.Parse("信息形成或者变更之日起20个工作日内", out _)!;

    [Fact]
    public void An_empty_item_becomes_overdue_the_day_after_its_working_day_limit()
    {
        // Published on 2025-09-30: due 2025-11-04 on the official calendar (National Day off).
        var start = D("2025-09-30");
        Assert.Equal(ItemStatus.Empty, ItemStatusRules.Evaluate(TwentyWorkingDays, start, [], D("2025-11-04"), Cal.Calendar));
        Assert.Equal(ItemStatus.Overdue, ItemStatusRules.Evaluate(TwentyWorkingDays, start, [], D("2025-11-05"), Cal.Calendar));
        Assert.Equal(ItemStatus.HasContent, ItemStatusRules.Evaluate(TwentyWorkingDays, start, [D("2025-10-10")], D("2025-11-29"), Cal.Calendar));
    }

    [Fact]
    public void A_yearly_item_needs_content_in_its_current_cycle()
    {
        var yearly = TimeLimit.Parse("每年3月31日前", out _)!;
        var start = D("2025-01-10");
        Assert.Equal(ItemStatus.Empty, ItemStatusRules.Evaluate(yearly, start, [], D("2025-03-31"), Cal.Calendar));
        Assert.Equal(ItemStatus.Overdue, ItemStatusRules.Evaluate(yearly, start, [], D("2025-04-01"), Cal.Calendar));
        Assert.Equal(ItemStatus.HasContent, ItemStatusRules.Evaluate(yearly, start, [D("2025-03-20")], D("2025-04-01"), Cal.Calendar));
        // Last year's report does not cover this year once this year's date has passed.
        Assert.Equal(ItemStatus.Overdue, ItemStatusRules.Evaluate(yearly, start, [D("2025-03-20")], D("2026-04-01"), Cal.Calendar));
    }

    [Fact]
    public void A_year_whose_calendar_is_not_entered_is_never_called_overdue()
    {
        Assert.Equal(ItemStatus.Empty, ItemStatusRules.Evaluate(TwentyWorkingDays, new DateOnly(2099, 12, 1), [], new DateOnly(2100, 6, 1), Cal.Calendar));
    }

    [Fact]
    public void A_document_published_after_the_limit_from_its_written_date_is_late()
    {
        Assert.True(ItemStatusRules.IsLate(TwentyWorkingDays, D("2025-09-30"), D("2025-11-05"), Cal.Calendar));
        Assert.False(ItemStatusRules.IsLate(TwentyWorkingDays, D("2025-09-30"), D("2025-11-04"), Cal.Calendar));
    }
}
