using Microsoft.Playwright;
using Zwgk.Browser.Tests.Infrastructure;

namespace Zwgk.Browser.Tests;

public sealed class PortalJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_citizen_reaches_the_disclosure_column_and_each_sub_column_of_a_county_site()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/s/haiyang/");
        Assert.Equal("海阳市人民政府", await page.Locator("meta[name=SiteName]").GetAttributeAsync("content"));

        await page.GetByTestId("nav-xxgk").ClickAsync();
        Assert.Equal("政府信息公开", await page.GetByTestId("column-title").InnerTextAsync());
        var subColumns = await page.GetByTestId("sub-columns").Locator("a").AllInnerTextsAsync();
        Assert.Equal(5, subColumns.Count);

        foreach (var name in subColumns)
        {
            await page.GotoAsync("/s/haiyang/col/xxgk");
            await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            Assert.Equal(name, await page.GetByTestId("column-title").InnerTextAsync());
            Assert.Equal(name, await page.Locator("meta[name=ColumnName]").GetAttributeAsync("content"));
        }
    }

    [Fact]
    public async Task The_deadline_calculator_works_by_keyboard_on_a_phone()
    {
        var page = await fx.NewPageAsync(390, 844);
        await page.GotoAsync("/s/laiyang/tools/deadline");
        await page.Locator("#from").FillAsync("2025-09-30");
        await page.Locator("#days").FillAsync("20");
        await page.Locator("#days").PressAsync("Enter");

        Assert.Contains("2025年11月4日", await page.GetByTestId("deadline-result").InnerTextAsync());
        // Nothing overflows sideways on a phone.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
    }

    [Theory]
    [InlineData("/s/haiyang/")]
    [InlineData("/s/haiyang/col/xxgk")]
    [InlineData("/s/haiyang/col/xxgk/zn")]
    [InlineData("/s/haiyang/tools/deadline?from=2025-09-30&days=20")]
    [InlineData("/s/haiyang/search?q=%E5%B9%B4%E6%8A%A5")]
    [InlineData("/admin/login")]
    public async Task Pages_have_no_serious_accessibility_violations(string url)
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(url);

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
