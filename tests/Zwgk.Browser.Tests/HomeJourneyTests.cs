using Microsoft.Playwright;
using Zwgk.Browser.Tests.Infrastructure;

namespace Zwgk.Browser.Tests;

/// <summary>Issue 11: a citizen reaches the request form from the home page within two clicks, on a phone and on a desktop, and files.</summary>
public sealed class HomeJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(390, 844, "王小红", "370687198503150027")]
    [InlineData(1280, 800, "李建华", "370687197706010011")]
    public async Task A_citizen_files_a_request_from_the_home_page(int width, int height, string name, string idNumber)
    {
        var page = await fx.NewPageAsync(width, height);
        await page.GotoAsync("/s/haiyang/");
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, page.Url + "\n" + string.Join("\n", violations));
        // The home page itself never scrolls sideways.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "首页出现横向滚动");
        Assert.True(await page.GetByTestId("home-doc").CountAsync() >= 8, "首页的最新信息列表为空");

        // One click from the home page to the form.
        await page.GetByTestId("entry-request-new").ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/s/haiyang/requests/new", StringComparison.Ordinal));
        Assert.Equal("首页 政府信息公开 政府信息公开申请", string.Join(' ', (await page.GetByTestId("breadcrumb").Locator("li").AllInnerTextsAsync()).Select(t => t.Trim())));
        await page.GetByTestId("request-name").FillAsync(name);
        await page.GetByTestId("request-id").FillAsync(idNumber);
        await page.GetByTestId("request-phone").FillAsync("13900000000");
        await page.GetByTestId("request-info").FillAsync("海阳市2026年城乡居民最低生活保障标准调整的文件");
        await page.GetByTestId("request-submit").ClickAsync();

        await page.WaitForAddressAsync(url => url.Contains("/requests/submitted", StringComparison.Ordinal));
        Assert.Matches(@"\d", await page.GetByTestId("request-number").InnerTextAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.GetByTestId("request-code").InnerTextAsync()));
    }
}
