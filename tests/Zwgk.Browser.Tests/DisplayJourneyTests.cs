using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zwgk.Browser.Tests.Infrastructure;
using Zwgk.Domain.Documents;
using static Zwgk.Browser.Tests.Infrastructure.ConsoleSignIn;

namespace Zwgk.Browser.Tests;

/// <summary>
/// 适老化 (工信部《互联网网站适老化通用设计规范》2020), phones and the 政务公开专区 touch screen, as a visitor meets them:
/// type size and target size measured in the browser, no sideways scroll at 390 px, axe in both display modes.
/// </summary>
public sealed class DisplayJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> PageInModeAsync(string? mode, int width = 1280, int height = 900)
    {
        var page = await fx.NewPageAsync(width, height);
        if (mode is not null)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = "zwgk.display", Value = mode, Url = fx.BaseUrl }]);
        }

        return page;
    }

    private async Task<T> DbAsync<T>(Func<Zwgk.Web.Platform.ZwgkDbContext, Task<T>> query)
    {
        await using var scope = fx.Factory.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<Zwgk.Web.Platform.ZwgkDbContext>());
    }

    private Task<int> HaiyangDocumentAsync() => DbAsync(async db =>
    {
        var site = await db.Sites.Where(s => s.Code == "haiyang").Select(s => s.Id).SingleAsync();
        return await db.Documents.Where(d => d.SiteId == site).Where(Document.Visible).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
    });

    private static Task<double> PixelsAsync(IPage page, string selector, string property = "font-size") =>
        page.EvaluateAsync<double>($"s => parseFloat(getComputedStyle(document.querySelector(s)).getPropertyValue('{property}'))", selector);

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task An_elder_visitor_switches_the_mode_reads_a_document_in_large_type_keeps_the_mode_and_switches_back(int width, int height)
    {
        var page = await fx.NewPageAsync(width, height);
        await page.GotoAsync("/s/haiyang/");
        Assert.True(await PixelsAsync(page, "body") < 18);

        await page.GetByTestId("mode-elder").ClickAsync();
        await page.GetByTestId("mode-standard").WaitForAsync();
        Assert.EndsWith("/s/haiyang/", page.Url, StringComparison.Ordinal);

        // To a document by links, as the visitor would: 政府信息公开 → 主动公开基本目录 → the first document.
        await page.GetByTestId("nav-xxgk").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "主动公开基本目录", Exact = true }).ClickAsync();
        await page.GetByTestId("doc-link").First.ClickAsync();
        await page.GetByTestId("doc-title").WaitForAsync();

        // Remembered on the next pages; body ≥ 18 px, headings larger, lines spaced at least 1.5 (规范 §5).
        Assert.Contains("mode-elder", await page.Locator("body").GetAttributeAsync("class"), StringComparison.Ordinal);
        var body = await PixelsAsync(page, ".doc-body p");
        Assert.True(body >= 18, $"正文字号 {body}px");
        Assert.True(await PixelsAsync(page, "h1") > body);
        Assert.True(await PixelsAsync(page, ".doc-body p", "line-height") >= 1.5 * body);
        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('main *, header *, footer *')].filter(e => e.offsetParent !== null && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())).map(e => parseFloat(getComputedStyle(e).fontSize)))");
        Assert.True(smallest >= 18, $"最小文字 {smallest}px");

        // Touch targets of the navigation, the switch and the breadcrumb at least 44 × 44 px.
        var targets = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('nav.site-nav a, .display-bar a, .breadcrumb a')].map(a => a.getBoundingClientRect()).flatMap(r => [r.width, r.height])");
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.True(t >= 44, $"点击区域 {t}px"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));

        await page.GetByTestId("mode-standard").ClickAsync();
        await page.GetByTestId("mode-elder").WaitForAsync();
        Assert.Equal("doc-title", await page.GetByTestId("doc-title").GetAttributeAsync("data-testid"));
        Assert.True(await PixelsAsync(page, "body") < 18);
    }

    public static TheoryData<string?> Modes => new() { null, "elder" };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task No_portal_page_scrolls_sideways_on_a_phone(string? mode)
    {
        var document = await HaiyangDocumentAsync();
        var unit = await DbAsync(db => db.Organizations.Where(o => o.ShortName == "海阳市").Select(o => o.Id).SingleAsync());
        var issue = await DbAsync(db => db.Set<Zwgk.Domain.Gazette.GazetteIssue>().OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        var page = await PageInModeAsync(mode, 390, 844);
        var wide = new List<string>();
        foreach (var url in new[]
        {
            "/s/haiyang/", "/s/haiyang/col/zcwj", "/s/haiyang/col/xxgk", "/s/haiyang/col/xxgk/zn", "/s/haiyang/col/xxgk/fdzdgknr",
            "/s/haiyang/col/xxgk/ml", "/s/haiyang/col/xxgk/nb", $"/s/haiyang/doc/{document}", $"/s/haiyang/doc/{document}/print",
            "/s/haiyang/catalog", $"/s/haiyang/catalog/unit/{unit}", "/s/haiyang/search?q=" + Uri.EscapeDataString("政务公开"),
            "/s/haiyang/requests/new", "/s/haiyang/requests/track", "/s/haiyang/tools/deadline?from=2025-09-30&days=20",
            "/s/haiyang/col/zfgb", $"/s/haiyang/gazette/{issue}", "/s/haiyang/zhuanqu", "/s/haiyang/no-such-page",
        })
        {
            await page.GotoAsync(url);
            var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scroll > 390)
            {
                wide.Add($"{url}: {scroll}px");
            }
        }

        Assert.True(wide.Count == 0, "横向滚动：\n" + string.Join("\n", wide));
    }

    [Fact]
    public async Task The_catalog_and_the_document_metadata_read_as_label_and_value_rows_on_a_phone()
    {
        var page = await PageInModeAsync(null, 390, 844);
        await page.GotoAsync("/s/haiyang/col/xxgk/ml");
        // The name column is as wide as the card, not one character: a row is one block per cell.
        var nameWidth = await page.EvaluateAsync<double>("() => document.querySelector('[data-testid=catalog] tbody td:nth-child(2)').getBoundingClientRect().width");
        Assert.True(nameWidth > 300, $"名称列宽 {nameWidth}px");
        Assert.Equal("名称", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('[data-testid=catalog] tbody td:nth-child(2)'), '::before').content.replaceAll('\"', '')"));

        await page.GotoAsync($"/s/haiyang/doc/{await HaiyangDocumentAsync()}");
        // A date stays on one line: its cell is wide enough for 2020年6月19日.
        var dateCell = await page.GetByTestId("meta-published-on").BoundingBoxAsync();
        Assert.True(dateCell!.Width > 150, $"日期单元格宽 {dateCell.Width}px");
        Assert.True(dateCell.Height < 60, $"日期单元格高 {dateCell.Height}px");
    }

    public static TheoryData<string, string?> PortalPages()
    {
        var data = new TheoryData<string, string?>();
        foreach (var mode in new[] { null, "elder", "kiosk" })
        {
            foreach (var url in new[] { "/s/haiyang/", "/s/haiyang/col/xxgk/ml", "/s/haiyang/doc/{doc}", "/s/haiyang/requests/new", "/s/haiyang/zhuanqu", "/s/haiyang/col/zfgb", "/s/haiyang/no-such-page" })
            {
                data.Add(url, mode);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PortalPages))]
    public async Task Portal_pages_have_no_serious_accessibility_violations_in_any_display_mode(string url, string? mode)
    {
        var page = await PageInModeAsync(mode);
        await page.GotoAsync(url.Replace("{doc}", (await HaiyangDocumentAsync()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Console_pages_have_no_serious_accessibility_violations_in_either_display_mode(string? mode)
    {
        var page = await PageInModeAsync(mode);
        await page.GotoAsync("/admin/login");
        var found = new List<string>((await Axe.SeriousViolationsAsync(page)).Select(v => "/admin/login " + v));
        await SignInAsync(page, "office", "Zwgk2026Office");
        foreach (var url in new[] { "/admin", "/admin/documents", "/admin/gazette", "/admin/requests", "/admin/no-such-page" })
        {
            await page.GotoAsync(url);
            Assert.Contains(mode == "elder" ? "mode-elder" : "mode-standard", await page.Locator("body").GetAttributeAsync("class"), StringComparison.Ordinal);
            found.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => url + " " + v));
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task A_visitor_at_a_hall_touch_screen_reaches_a_document_and_the_request_form_by_tapping_and_gets_back_to_the_start()
    {
        var context = await fx.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fx.BaseUrl, Locale = "zh-CN", HasTouch = true, IsMobile = true, ViewportSize = new ViewportSize { Width = 1080, Height = 1920 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/s/haiyang/zhuanqu");
        Assert.Equal("政务公开专区", await page.GetByTestId("kiosk-title").InnerTextAsync());

        // Large targets: every tile at least 64 px high.
        var heights = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.tiles a')].map(a => a.getBoundingClientRect().height)");
        Assert.All(heights, h => Assert.True(h >= 64, $"按钮高 {h}px"));

        await page.GetByTestId("kiosk-disclosure").GetByRole(AriaRole.Link, new() { Name = "主动公开基本目录" }).TapAsync();
        await page.GetByTestId("doc-link").First.TapAsync();
        await page.GetByTestId("doc-title").WaitForAsync();
        Assert.Contains("mode-kiosk", await page.Locator("body").GetAttributeAsync("class"), StringComparison.Ordinal);

        await page.GetByTestId("kiosk-home").TapAsync();
        await page.GetByTestId("kiosk-title").WaitForAsync();
        await page.GetByTestId("kiosk-request-new").TapAsync();
        await page.WaitForAddressAsync(u => u.EndsWith("/s/haiyang/requests/new", StringComparison.Ordinal));
        await page.GetByTestId("kiosk-home").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await context.DisposeAsync();
    }
}
