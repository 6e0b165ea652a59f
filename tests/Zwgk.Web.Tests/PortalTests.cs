using System.Net;
using AngleSharp.Dom;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

public sealed class PortalTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private static readonly string[] SiteTags = ["SiteName", "SiteDomain", "SiteIDCode"];
    private static readonly string[] ColumnTags = ["ColumnName", "ColumnDescription", "ColumnKeywords", "ColumnType"];

    private static Dictionary<string, string> Tags(IDocument page) =>
        page.QuerySelectorAll("head meta[name]").ToDictionary(m => m.GetAttribute("name")!, m => m.GetAttribute("content")!);

    [Fact]
    public async Task Home_page_carries_only_the_three_site_tags()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/s/haiyang/");

        var tags = Tags(page);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("海阳市人民政府", tags["SiteName"]);
        Assert.Equal("www.haiyang.gov.cn", tags["SiteDomain"]);
        Assert.Equal("3706870001", tags["SiteIDCode"]);
        Assert.DoesNotContain(tags.Keys, k => ColumnTags.Contains(k));
    }

    [Fact]
    public async Task Disclosure_column_has_the_five_fixed_sub_columns_each_with_column_tags()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/s/laiyang/col/xxgk");

        var names = page.QuerySelectorAll("[data-testid=sub-columns] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "主动公开基本目录", "政府信息公开工作年度报告"], names);
        foreach (var link in page.QuerySelectorAll("[data-testid=sub-columns] a").Select(a => a.GetAttribute("href")!))
        {
            Assert.StartsWith("/s/laiyang/col/xxgk/", link);
            var sub = await browser.GetDocumentAsync(link);
            var tags = Tags(sub);
            Assert.All(SiteTags.Concat(ColumnTags), t => Assert.False(string.IsNullOrWhiteSpace(tags.GetValueOrDefault(t)), $"{link} 缺少 {t}"));
            Assert.Equal("莱阳市人民政府", tags["SiteName"]);
        }
    }

    [Fact]
    public async Task The_guide_names_the_disclosure_office_and_the_twenty_working_day_limit()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/s/haiyang/col/xxgk/zn");

        var text = page.QuerySelector("[data-testid=column-content]")!.TextContent;
        Assert.Contains("海阳市人民政府", text);
        Assert.Contains("20个工作日", text);
    }

    [Fact]
    public async Task A_site_is_found_by_its_host_name()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "www.laiyang.gov.cn";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("莱阳市人民政府", Tags(await Browser.ParseAsync(response))["SiteName"]);
    }

    [Fact]
    public async Task Unknown_hosts_get_the_default_city_site_and_footer_identity()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/");

        Assert.Equal("烟台市人民政府", Tags(page)["SiteName"]);
        Assert.Equal("3706000001", page.QuerySelector("[data-testid=site-id-code]")!.TextContent);
        Assert.Contains("主办单位：烟台市人民政府办公室", page.QuerySelector("footer")!.TextContent);
        Assert.Contains("鲁ICP备", page.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public async Task Unknown_column_is_404()
    {
        var response = await factory.CreateClient().GetAsync("/s/haiyang/col/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Site_search_finds_columns_by_chinese_words()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/s/haiyang/search?q=" + Uri.EscapeDataString("年度报告"));

        var columns = page.QuerySelectorAll("[data-testid=search-columns] a").Select(a => a.TextContent).ToList();
        Assert.Contains("政府信息公开工作年度报告", columns);
    }
}
