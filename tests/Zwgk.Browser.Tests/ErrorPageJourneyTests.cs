using Zwgk.Browser.Tests.Infrastructure;

namespace Zwgk.Browser.Tests;

/// <summary>A browser opening a missing page sees a Chinese page in the site's layout and can navigate on from it.</summary>
public sealed class ErrorPageJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_citizen_who_opens_a_missing_page_gets_a_chinese_page_and_finds_the_way_back()
    {
        var page = await fx.NewPageAsync(390, 844);
        var response = await page.GotoAsync("/s/haiyang/no-such-page");
        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("页面不存在", await page.GetByTestId("error-page").Locator("h1").InnerTextAsync());

        await page.GetByTestId("nav-xxgk").ClickAsync();
        Assert.Equal("政府信息公开", await page.GetByTestId("column-title").InnerTextAsync());
    }
}
