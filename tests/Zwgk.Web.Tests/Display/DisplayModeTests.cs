using System.Net;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Display;

/// <summary>
/// 适老化 and 政务公开专区 modes: switched by a plain link (no JavaScript), remembered, never followed to another host,
/// and never served from the page cache to a visitor of another mode (docs/adr/0014).
/// </summary>
public sealed class DisplayModeTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private static string? BodyClass(AngleSharp.Dom.IDocument page) => page.Body!.GetAttribute("class");

    [Fact]
    public async Task A_visitor_without_javascript_switches_to_the_elder_mode_keeps_it_on_the_next_page_and_switches_back()
    {
        using var browser = new Browser(factory);
        var home = await browser.GetDocumentAsync("/s/haiyang/col/xxgk");
        Assert.Contains("mode-standard", BodyClass(home), StringComparison.Ordinal);
        var link = home.QuerySelector("[data-testid=mode-elder]")!.GetAttribute("href")!;
        Assert.StartsWith("/s/haiyang/display/elder?back=", link, StringComparison.Ordinal);

        var switched = await browser.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/s/haiyang/col/xxgk", switched.Headers.Location!.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"));
        Assert.Contains("zwgk.display=elder", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=", cookie, StringComparison.Ordinal);

        // Remembered on every later page, of this site, another site and the console's sign-in.
        foreach (var url in new[] { "/s/haiyang/col/xxgk", "/s/haiyang/col/xxgk/zn", "/s/laiyang/", "/admin/login" })
        {
            var page = await browser.GetDocumentAsync(url);
            Assert.Contains("mode-elder", BodyClass(page), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("[data-testid=mode-standard]"));
        }

        var back = (await browser.GetDocumentAsync("/s/haiyang/col/xxgk/zn")).QuerySelector("[data-testid=mode-standard]")!.GetAttribute("href")!;
        var off = await browser.Client.GetAsync(back);
        Assert.Equal("/s/haiyang/col/xxgk/zn", off.Headers.Location!.OriginalString);
        Assert.Contains("mode-standard", BodyClass(await browser.GetDocumentAsync("/s/haiyang/col/xxgk/zn")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/ok\r\nSet-Cookie: x=1")]
    [InlineData("")]
    public async Task The_switch_never_sends_a_visitor_to_another_host(string back)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/s/haiyang/display/elder?back=" + Uri.EscapeDataString(back));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Back to the site's own home page instead.
        Assert.Equal("/s/haiyang/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_mode_name_nobody_offers_is_a_404_and_sets_nothing()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/display/large?back=/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_cached_page_is_never_served_in_another_visitors_mode()
    {
        const string url = "/s/laiyang/col/xxgk/zn";

        async Task<(string? Class, bool FromCache)> GetAsync(string? mode)
        {
            var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (mode is not null)
            {
                request.Headers.Add("Cookie", "zwgk.display=" + mode);
            }

            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (BodyClass(await Browser.ParseAsync(response)), response.Headers.Age is not null);
        }

        // Each mode warms its own entry, then is served from it; no mode ever gets another's markup.
        foreach (var round in new[] { 1, 2 })
        {
            var elder = await GetAsync("elder");
            var plain = await GetAsync(null);
            var kiosk = await GetAsync("kiosk");
            var unknown = await GetAsync("huge");
            Assert.Contains("mode-elder", elder.Class, StringComparison.Ordinal);
            Assert.Contains("mode-standard", plain.Class, StringComparison.Ordinal);
            Assert.Contains("mode-kiosk", kiosk.Class, StringComparison.Ordinal);
            Assert.Contains("mode-standard", unknown.Class, StringComparison.Ordinal);
            if (round == 2)
            {
                Assert.True(elder.FromCache && plain.FromCache && kiosk.FromCache && unknown.FromCache, "第二轮应当命中各自模式的缓存");
            }
        }
    }

    [Fact]
    public async Task A_hall_screen_opening_zhuanqu_gets_the_kiosk_mode_with_tiles_to_the_column_the_form_and_the_catalog()
    {
        using var browser = new Browser(factory);
        var response = await browser.Client.GetAsync("/s/haiyang/zhuanqu");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("zwgk.display=kiosk", StringComparison.Ordinal));
        var start = await Browser.ParseAsync(response);
        Assert.Contains("mode-kiosk", BodyClass(start), StringComparison.Ordinal);
        var links = start.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/s/haiyang/col/xxgk", links);
        Assert.Contains("/s/haiyang/col/xxgk/ml", links);
        Assert.Contains("/s/haiyang/requests/new", links);
        Assert.Contains("/s/haiyang/requests/track", links);
        Assert.Contains("/s/haiyang/catalog", links);

        // Every later page keeps the mode and a way back to the start.
        var form = await browser.GetDocumentAsync("/s/haiyang/requests/new");
        Assert.Contains("mode-kiosk", BodyClass(form), StringComparison.Ordinal);
        Assert.Equal("/s/haiyang/zhuanqu", form.QuerySelector("[data-testid=kiosk-home]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_basic_catalog_names_each_cell_so_a_phone_shows_label_and_value_rows()
    {
        var page = await new Browser(factory).GetDocumentAsync("/s/haiyang/col/xxgk/ml");
        var table = page.QuerySelector("[data-testid=catalog]")!;
        Assert.Contains("reflow", table.GetAttribute("class"), StringComparison.Ordinal);
        var cells = table.QuerySelectorAll("tbody td");
        Assert.NotEmpty(cells);
        Assert.All(cells, td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
        Assert.Equal(["索引号", "名称", "内容概述", "生成日期"], table.QuerySelectorAll("tbody tr:first-child td").Select(td => td.GetAttribute("data-label")));
    }
}
