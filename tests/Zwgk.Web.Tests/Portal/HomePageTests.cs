using System.Net;
using AngleSharp.Dom;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Portal;

/// <summary>The home page a citizen lands on: latest lists, the public's entries, the 政府信息公开 column and the site cluster.</summary>
public sealed class HomePageTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private static List<string> Headings(IDocument page) =>
        page.QuerySelectorAll("[data-testid=home-list] h2").Select(h => h.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_county_home_page_lists_the_latest_news_notices_policies_and_interpretations_newest_first_with_dates()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/s/haiyang/");

        Assert.Equal(["工作动态", "通知公告", "政策文件", "政策解读"], Headings(page));
        foreach (var list in page.QuerySelectorAll("[data-testid=home-list]"))
        {
            var links = list.QuerySelectorAll("[data-testid=home-doc]").ToList();
            Assert.InRange(links.Count, 1, 6);
            var dates = list.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")!).ToList();
            Assert.Equal(links.Count, dates.Count);
            Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
            // Every item opens, and "更多" leads to the column that holds them.
            Assert.All(links, l => Assert.StartsWith("/s/haiyang/doc/", l.GetAttribute("href")));
            var more = list.QuerySelector("[data-testid=home-more]")!.GetAttribute("href")!;
            Assert.StartsWith("/s/haiyang/col/", more);
            var column = await browser.GetDocumentAsync(more);
            Assert.Contains(links[0].TextContent.Trim(), column.QuerySelector("[data-testid=column-documents]")!.TextContent);
        }

        Assert.Contains("海阳市最低生活保障审核确认办法", page.QuerySelectorAll("[data-testid=home-list]")[2].TextContent);
    }

    [Fact]
    public async Task The_newest_document_of_a_column_comes_first_on_the_home_page()
    {
        using var browser = new Browser(factory);
        var before = await browser.GetDocumentAsync("/s/laiyang/");
        var notices = before.QuerySelectorAll("[data-testid=home-list]")[1];
        Assert.DoesNotContain("莱阳市2026年度政务公开培训通知", notices.TextContent);

        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var id = await PortalData.PublishAsync(factory, admin, "laiyang", "tzgg", "莱阳市人民政府办公室", "莱阳市2026年度政务公开培训通知");

        var after = await browser.GetDocumentAsync("/s/laiyang/");
        var first = after.QuerySelectorAll("[data-testid=home-list]")[1].QuerySelector("[data-testid=home-doc]")!;
        Assert.Equal("莱阳市2026年度政务公开培训通知", first.TextContent.Trim());
        Assert.Equal($"/s/laiyang/doc/{id}", first.GetAttribute("href"));
    }

    [Fact]
    public async Task The_public_entries_lead_to_the_request_form_tracking_catalog_and_deadline_calculator()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/s/haiyang/");

        var entries = page.QuerySelector("[data-testid=home-services]")!;
        var hrefs = entries.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/s/haiyang/requests/new", "/s/haiyang/requests/track", "/s/haiyang/col/hdjl", "/s/haiyang/col/bsfw", "/s/haiyang/catalog", "/s/haiyang/tools/deadline"], hrefs);
        foreach (var href in hrefs)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync(href)).StatusCode);
        }

        // The 政府信息公开 block carries its five sub-columns and the 依申请公开 entry; the search box searches this site.
        var disclosure = page.QuerySelector("[data-testid=home-disclosure]")!;
        Assert.Contains("政府信息公开指南", disclosure.TextContent);
        Assert.Contains(disclosure.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/s/haiyang/requests/new");
        Assert.Equal("/s/haiyang/search", page.QuerySelector("#home-search-q")!.Closest("form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Entries_for_columns_a_site_does_not_have_are_left_out_and_an_empty_list_says_so()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var columns = await PortalData.ColumnsAsync(admin, "yantai");
        // The city retires its 互动交流 column and hides its 政策解读 one.
        await PortalData.PostAsync(admin, $"/api/v1/columns/{columns["hdjl"]}/retire", new { reason = "并入市长信箱平台" });
        await PortalData.PostAsync(admin, $"/api/v1/columns/{columns["zcjd"]}/hide", new { });

        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/");

        Assert.Null(page.QuerySelector("[data-testid=entry-interaction]"));
        Assert.NotNull(page.QuerySelector("[data-testid=entry-services]"));
        var interpretation = page.QuerySelectorAll("[data-testid=home-list]")[3];
        Assert.Equal("政策解读", interpretation.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("本站暂未开设该栏目。", interpretation.QuerySelector("[data-testid=home-list-empty]")!.TextContent.Trim());
        Assert.Null(interpretation.QuerySelector("[data-testid=home-more]"));

        await PortalData.PostAsync(admin, $"/api/v1/columns/{columns["hdjl"]}/restore", new { });
        await PortalData.PostAsync(admin, $"/api/v1/columns/{columns["zcjd"]}/show", new { });
        Assert.NotNull((await browser.GetDocumentAsync("/")).QuerySelector("[data-testid=entry-interaction]"));
    }

    [Fact]
    public async Task The_city_home_page_links_to_its_county_sites_and_a_county_links_back()
    {
        using var browser = new Browser(factory);
        var city = await browser.GetDocumentAsync("/");

        var sites = city.QuerySelectorAll("[data-testid=cluster-sites] a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("海阳市人民政府", "/s/haiyang/"), ("莱阳市人民政府", "/s/laiyang/")], sites);
        var county = await browser.GetDocumentAsync("/s/haiyang/");
        Assert.Equal("海阳市人民政府", county.QuerySelector("meta[name=SiteName]")!.GetAttribute("content"));
        Assert.Equal("/", county.QuerySelector("[data-testid=cluster-parent]")!.GetAttribute("href"));
        // The city's own department is listed with its 信息公开 page; the counties are not listed as units.
        Assert.Equal(["烟台市人民政府办公室"], city.QuerySelectorAll("[data-testid=cluster-departments] a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task On_a_county_host_the_sister_sites_are_linked_by_their_own_hosts()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "www.yantai.gov.cn";

        var page = await Browser.ParseAsync(await client.SendAsync(request));

        Assert.Equal(["http://www.haiyang.gov.cn/", "http://www.laiyang.gov.cn/"], page.QuerySelectorAll("[data-testid=cluster-sites] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_county_lists_its_departments_and_townships_each_with_its_own_disclosure_page()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/s/haiyang/");

        var departments = page.QuerySelectorAll("[data-testid=cluster-departments] a").ToList();
        Assert.Equal(6, departments.Count);
        Assert.Contains(departments, a => a.TextContent.Trim() == "海阳市民政局");
        Assert.Equal(["海阳市东村街道办事处", "海阳市方圆街道办事处", "海阳市留格庄镇人民政府"], page.QuerySelectorAll("[data-testid=cluster-townships] a").Select(a => a.TextContent.Trim()));

        var civil = departments.Single(a => a.TextContent.Trim() == "海阳市民政局").GetAttribute("href")!;
        var unit = await browser.GetDocumentAsync(civil);
        Assert.Equal("海阳市民政局信息公开", unit.QuerySelector("[data-testid=unit-title]")!.TextContent.Trim());
        // 指南 with the items Art. 12 names, and the online form for this unit.
        Assert.Contains("20个工作日", unit.QuerySelector("[data-testid=unit-guide]")!.TextContent);
        var unitId = civil.Split('/')[^1];
        Assert.Equal($"/s/haiyang/requests/new?unit={unitId}", unit.QuerySelector("[data-testid=unit-guide-request] a")!.GetAttribute("href"));
        // 法定主动公开内容 counts only this unit's documents, and the category lists them.
        var category = unit.QuerySelector("[data-testid=unit-categories] li[data-code='20.11']")!;
        Assert.Contains("（1 条）", category.TextContent);
        var listed = await browser.GetDocumentAsync(category.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(["海阳市最低生活保障审核确认办法"], listed.QuerySelectorAll("[data-testid=doc-link]").Select(a => a.TextContent.Trim()));
        // 目录 is the site's catalog filtered to the unit: its documents, no one else's.
        var catalog = await browser.GetDocumentAsync(unit.QuerySelector("[data-testid=unit-catalog]")!.GetAttribute("href")!);
        var titles = catalog.QuerySelectorAll("[data-testid=catalog] [data-testid=doc-link]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("海阳市最低生活保障审核确认办法", titles);
        Assert.DoesNotContain("海阳市人民政府2025年政府信息公开工作年度报告", titles);

        // A township lists its villages and communities; a unit with nothing published says so.
        var township = await browser.GetDocumentAsync(page.QuerySelectorAll("[data-testid=cluster-townships] a")[2].GetAttribute("href")!);
        Assert.Equal(["留格庄镇留格庄村村民委员会", "留格庄镇西石兰沟村村民委员会"], township.QuerySelectorAll("[data-testid=unit-below] a").Select(a => a.TextContent.Trim()));
        Assert.NotNull(township.QuerySelector("[data-testid=unit-empty]"));
        var emptyCatalog = await browser.GetDocumentAsync(township.QuerySelector("[data-testid=unit-catalog]")!.GetAttribute("href")!);
        Assert.Equal("共 0 条信息。", emptyCatalog.QuerySelector("[data-testid=catalog-count]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_unit_page_belongs_to_its_own_site_only()
    {
        var civil = await factory.DbAsync(db => Task.FromResult(db.Organizations.Single(o => o.Name == "海阳市民政局").Id));
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/s/haiyang/unit/{civil}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/s/laiyang/unit/{civil}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/unit/{civil}")).StatusCode);
        // A county is its own site, not a unit page of the city.
        var haiyang = await factory.UnitIdAsync("海阳市");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/unit/{haiyang}")).StatusCode);
    }

    [Fact]
    public async Task The_annual_report_column_lists_the_site_s_reports()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/s/haiyang/col/xxgk/nb");

        var titles = page.QuerySelectorAll("[data-testid=doc-link]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["海阳市人民政府2025年政府信息公开工作年度报告"], titles);
        var report = await browser.GetDocumentAsync(page.QuerySelector("[data-testid=doc-link]")!.GetAttribute("href")!);
        var text = report.QuerySelector("main")!.TextContent;
        foreach (var part in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" })
        {
            Assert.Contains(part, text);
        }

        Assert.Contains("第二十条第（一）项", text);
    }

    [Fact]
    public async Task The_disclosure_column_and_the_guide_lead_to_the_online_request_form()
    {
        using var browser = new Browser(factory);
        var xxgk = await browser.GetDocumentAsync("/s/haiyang/col/xxgk");
        Assert.Equal("/s/haiyang/requests/new", xxgk.QuerySelector("[data-testid=request-entry-new]")!.GetAttribute("href"));
        Assert.Equal("/s/haiyang/requests/track", xxgk.QuerySelector("[data-testid=request-entry-track]")!.GetAttribute("href"));

        var guide = await browser.GetDocumentAsync("/s/haiyang/col/xxgk/zn");
        Assert.Contains("在线申请", guide.QuerySelector("[data-testid=column-content]")!.TextContent);
        var form = await browser.GetDocumentAsync(guide.QuerySelector("[data-testid=request-entry-new]")!.GetAttribute("href")!);
        Assert.NotNull(form.QuerySelector("main form"));
    }

    [Fact]
    public async Task Every_portal_page_has_a_breadcrumb_and_the_navigation_marks_where_the_visitor_is()
    {
        using var browser = new Browser(factory);
        var home = await browser.GetDocumentAsync("/s/haiyang/");
        Assert.Null(home.QuerySelector("[data-testid=breadcrumb]"));
        Assert.Equal("page", home.QuerySelector("[data-testid=nav-home]")!.GetAttribute("aria-current"));

        var column = await browser.GetDocumentAsync("/s/haiyang/col/xxgk/zn");
        Assert.Equal(["首页", "政府信息公开", "政府信息公开指南"], Crumbs(column));
        Assert.Equal("true", column.QuerySelector("[data-testid=nav-xxgk]")!.GetAttribute("aria-current"));
        Assert.Null(column.QuerySelector("[data-testid=nav-home]")!.GetAttribute("aria-current"));
        Assert.Equal("page", (await browser.GetDocumentAsync("/s/haiyang/col/gzdt")).QuerySelector("[data-testid=nav-gzdt]")!.GetAttribute("aria-current"));

        var doc = home.QuerySelectorAll("[data-testid=home-list]")[2].QuerySelector("[data-testid=home-doc]")!.GetAttribute("href")!;
        var document = await browser.GetDocumentAsync(doc);
        Assert.Equal(["首页", "政策文件", "正文"], Crumbs(document));
        Assert.Equal("true", document.QuerySelector("[data-testid=nav-zcwj]")!.GetAttribute("aria-current"));

        foreach (var (url, trail) in new (string, string[])[]
        {
            ("/s/haiyang/requests/new", ["首页", "政府信息公开", "政府信息公开申请"]),
            ("/s/haiyang/requests/track", ["首页", "政府信息公开", "依申请公开办理进度查询"]),
            ("/s/haiyang/catalog", ["首页", "政府信息公开", "政务公开事项标准目录"]),
            ("/s/haiyang/tools/deadline", ["首页", "答复期限计算"]),
            ("/s/haiyang/search?q=%E4%BD%8E%E4%BF%9D", ["首页", "搜索"]),
        })
        {
            var page = await browser.GetDocumentAsync(url);
            Assert.Equal(trail, Crumbs(page));
            Assert.Equal("page", page.QuerySelector("[data-testid=breadcrumb] li:last-child")!.GetAttribute("aria-current"));
        }

        Assert.Equal("true", (await browser.GetDocumentAsync("/s/haiyang/requests/new")).QuerySelector("[data-testid=nav-xxgk]")!.GetAttribute("aria-current"));
    }

    private static List<string> Crumbs(IDocument page) =>
        page.QuerySelectorAll("[data-testid=breadcrumb] li").Select(li => li.TextContent.Trim()).ToList();
}
