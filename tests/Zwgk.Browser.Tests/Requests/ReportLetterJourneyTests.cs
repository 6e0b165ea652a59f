using Microsoft.Playwright;
using Zwgk.Browser.Tests.Infrastructure;

namespace Zwgk.Browser.Tests.Requests;

/// <summary>A request handler reads the annual-report tables, exports them, and adapts a standard letter for the unit.</summary>
public sealed class ReportLetterJourneyTests(ReportLetterBrowserFixture fx) : IClassFixture<ReportLetterBrowserFixture>
{
    private static Task SignInAsync(IPage page) => ConsoleSignIn.SignInAsync(page, "handler", "Zwgk2026Handler");

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task A_handler_reads_and_exports_the_tables_then_edits_previews_and_saves_a_letter()
    {
        var page = await fx.NewPageAsync();
        await SignInAsync(page);

        await page.GetByTestId("nav-request-reports").ClickAsync();
        await page.GetByTestId("report-year").SelectOptionAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "统计" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.Contains("year=2025", StringComparison.Ordinal));
        var total = page.GetByTestId("report-row-ResultTotal").Locator("td");
        Assert.Equal("3", await total.Nth(6).InnerTextAsync());
        Assert.Equal("1", await page.GetByTestId("report-row-CarriedToNextYear").Locator("td").Nth(4).InnerTextAsync());
        await AssertAccessibleAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-xlsx").ClickAsync());
        Assert.EndsWith("2025年依申请公开统计表.xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        await page.GetByTestId("nav-request-letters").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑补正告知书" }).ClickAsync();
        await page.GetByTestId("template-body").FillAsync("{{申请人}}：\n您的申请（{{申请编号}}）内容不明确，请于{{补正期限}}前补正：{{补正事项}}。\n咨询电话：0535-3220000。");
        await page.GetByTestId("template-preview").ClickAsync();
        var preview = await page.GetByTestId("template-preview-text").InnerTextAsync();
        Assert.Contains("咨询电话：0535-3220000。", preview, StringComparison.Ordinal);
        await AssertAccessibleAsync(page);

        await page.GetByTestId("template-save").ClickAsync();
        Assert.Contains("已保存", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("本单位文本", await page.GetByTestId("template-state").InnerTextAsync());

        var phone = await fx.NewPageAsync(390, 844);
        await SignInAsync(phone);
        await phone.GotoAsync("/admin/requests/letters");
        Assert.Contains("本单位文本", await phone.GetByTestId("letter-ClarificationNotice").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(phone);
    }
}
