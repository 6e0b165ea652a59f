using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>
/// 转载 (issue 11 item 12): other organs' documents are published in a 转载 column with their source named, but they are
/// not this government's disclosure: no index number of its own, not in the 主动公开基本目录 or the 法定主动公开内容.
/// </summary>
public sealed class ReprintTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private const string YantaiOffice = "烟台市人民政府办公室";
    private const string ReprintColumn = "zzxx";
    private const string FormSelector = "[data-testid=document-form]";

    [Fact]
    public async Task The_api_refuses_a_reprint_without_its_source_or_outside_a_reprint_column_and_an_own_document_inside_one()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        var reprints = await ColumnIdAsync(ReprintColumn);
        var policies = await ColumnIdAsync("zcwj");

        var noSource = await api.PostAsJsonAsync("/api/v1/documents", await InputAsync(reprints, new { source = "  " }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noSource.StatusCode);
        Assert.Contains("转载信息须注明来源", await DetailAsync(noSource), StringComparison.Ordinal);

        var badUrl = await api.PostAsJsonAsync("/api/v1/documents", await InputAsync(reprints, new { source = "明溪县人民政府办公室", originalUrl = "javascript:alert(1)" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badUrl.StatusCode);
        Assert.Contains("原文网址须以 http:// 或 https:// 开头", await DetailAsync(badUrl), StringComparison.Ordinal);

        var claimsCategory = await api.PostAsJsonAsync("/api/v1/documents", await InputAsync(reprints, new { source = "明溪县人民政府办公室" }, statutoryCategory: "20.15"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, claimsCategory.StatusCode);
        Assert.Contains("不属于本机关的法定主动公开内容", await DetailAsync(claimsCategory), StringComparison.Ordinal);

        var wrongColumn = await api.PostAsJsonAsync("/api/v1/documents", await InputAsync(policies, new { source = "明溪县人民政府办公室" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongColumn.StatusCode);
        Assert.Contains("转载信息须放入本站“转载信息”类栏目", await DetailAsync(wrongColumn), StringComparison.Ordinal);

        var ownInReprints = await api.PostAsJsonAsync("/api/v1/documents", await InputAsync(reprints, reprint: null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ownInReprints.StatusCode);
        Assert.Contains("本机关的信息不能放入转载栏目", await DetailAsync(ownInReprints), StringComparison.Ordinal);

        var tooLong = await api.PostAsJsonAsync("/api/v1/documents", await InputAsync(reprints, new { source = new string('源', 201) }));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("来源不超过200字", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_reprint_has_no_index_number_and_is_in_its_column_and_search_but_not_in_the_catalog_or_statutory_content()
    {
        using var api = factory.WithToken(DemoAccounts.AdminToken);
        var marker = "转载测试" + Guid.NewGuid().ToString("N")[..6];
        var input = await InputAsync(await ColumnIdAsync(ReprintColumn),
            new { source = "福建省人民政府办公厅", originalNumber = "闽政办〔2020〕26号", originalDate = "2020-05-08", originalUrl = "https://www.fujian.gov.cn/zwgk/" },
            title: marker + "关于全面推进基层政务公开标准化规范化工作的通知");
        var id = await PublishAsync(api, input);

        var dto = await api.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}");
        Assert.Equal(JsonValueKind.Null, dto.GetProperty("indexNumber").ValueKind);
        Assert.Equal("福建省人民政府办公厅", dto.GetProperty("reprint").GetProperty("source").GetString());
        Assert.Equal("闽政办〔2020〕26号", dto.GetProperty("reprint").GetProperty("originalNumber").GetString());
        Assert.Equal("2020-05-08", dto.GetProperty("reprint").GetProperty("originalDate").GetString());
        Assert.Null(await factory.DbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.IndexNumber).SingleAsync()));

        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync($"/doc/{id}");
        Assert.Equal("来源：福建省人民政府办公厅（闽政办〔2020〕26号，2020年5月8日）　查看原文", page.QuerySelector("[data-testid=doc-source]")!.TextContent.Trim());
        Assert.Equal("https://www.fujian.gov.cn/zwgk/", page.QuerySelector("[data-testid=doc-source] a")!.GetAttribute("href"));
        var fields = page.QuerySelector("[data-testid=doc-meta]")!.QuerySelectorAll("th").ToDictionary(th => th.TextContent.Trim(), th => th.NextElementSibling!.TextContent.Trim());
        Assert.False(fields.ContainsKey("索引号"));
        Assert.Equal("福建省人民政府办公厅", fields["来源"]);
        Assert.Equal("闽政办〔2020〕26号", fields["原文号"]);
        var tags = page.QuerySelectorAll("head meta[name]").ToDictionary(m => m.GetAttribute("name")!, m => m.GetAttribute("content")!);
        Assert.Equal("福建省人民政府办公厅", tags["ContentSource"]);
        Assert.Equal("转载信息", tags["ColumnType"]);

        Assert.True(await ListedAsync($"/col/{ReprintColumn}", "[data-testid=column-documents] a", id));
        Assert.False(await ListedAsync("/col/xxgk/ml", "[data-testid=catalog] a", id));
        Assert.False(await ListedAsync("/col/xxgk/ml?year=2026", "[data-testid=catalog] a", id));
        // The statutory content page counts only the city's own documents: the same with or without the reprint.
        var statutory = await browser.GetDocumentAsync("/col/xxgk/fdzdgknr");
        Assert.DoesNotContain(marker, statutory.Body!.TextContent, StringComparison.Ordinal);

        var search = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString(marker));
        Assert.Contains(search.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString()!.StartsWith(marker, StringComparison.Ordinal));
        var byNumber = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?number=" + Uri.EscapeDataString("闽政办〔2020〕26号"));
        Assert.Contains(byNumber.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString()!.StartsWith(marker, StringComparison.Ordinal));

        // A correction may fix the source, but cannot turn the reprint into the city's own document.
        var asOwn = await api.PostAsJsonAsync($"/api/v1/documents/{id}/correct", new { content = input with { Reprint = null }, reason = "改为本机关文件。" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, asOwn.StatusCode);
        Assert.Contains("更正不能改变信息是否为转载", await DetailAsync(asOwn), StringComparison.Ordinal);
        var fixedSource = await factory.CorrectAndSignOffAsync(api, id,
            input with { Reprint = new { source = "福建省人民政府办公厅", originalNumber = "闽政办〔2020〕26号", originalDate = "2020-05-09" } }, "原发布日期有误。",
            new { wordingOverrideReason = "测试数据" });
        Assert.True(fixedSource.StatusCode == HttpStatusCode.OK, await fixedSource.Content.ReadAsStringAsync());
        Assert.Contains(await factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Document" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Summary).ToListAsync()),
            s => s.Contains("ReprintOriginalDate: 2020-05-08 → 2020-05-09", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_console_form_keeps_what_was_typed_when_the_source_is_missing_and_saves_the_reprint_once_it_is_named()
    {
        using var admin = new Browser(factory);
        await admin.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var form = (await admin.GetDocumentAsync("/admin/documents/new")).QuerySelector(FormSelector)!;
        Assert.NotNull(form.QuerySelector("[data-testid=doc-is-reprint]"));
        var title = "转载表单测试" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>
        {
            ["Input.UnitId"] = (await YantaiOfficeIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ColumnId"] = (await ColumnIdAsync(ReprintColumn)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Title"] = title,
            ["Input.Genre"] = "通知",
            ["Input.Topics"] = "综合政务",
            ["Input.Body"] = "转载正文。",
            ["Input.IsReprint"] = "true",
            ["Input.ReprintOriginalNumber"] = "明政办〔2020〕13号",
            ["then"] = "draft",
        };

        var refused = await admin.SubmitAsync("/admin/documents/new", fields, FormSelector);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        Assert.Contains("转载信息须注明来源", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(title, page.QuerySelector("[data-testid=doc-title]")!.GetAttribute("value"));
        Assert.Equal("明政办〔2020〕13号", page.QuerySelector("[data-testid=doc-reprint-number]")!.GetAttribute("value"));
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("[data-testid=doc-is-reprint]")!.IsChecked);
        Assert.False(await factory.DbAsync(db => db.Documents.AnyAsync(d => d.Title == title)));

        fields["Input.ReprintSource"] = "明溪县人民政府办公室";
        var saved = await admin.SubmitAsync("/admin/documents/new", fields, FormSelector);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await factory.DbAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Title == title));
        Assert.Equal(new Reprint("明溪县人民政府办公室", "明政办〔2020〕13号"), draft.Reprint);
        var details = await admin.GetDocumentAsync($"/admin/documents/{draft.Id}");
        Assert.Contains("不编本机关索引号", details.QuerySelector("[data-testid=doc-index]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("来源：明溪县人民政府办公室（明政办〔2020〕13号）", details.QuerySelector("[data-testid=doc-reprint]")!.TextContent.Trim());
        Assert.Contains(await factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Document" && a.Action == "DocumentCreated").Select(a => a.Summary).ToListAsync()),
            s => s.Contains(title, StringComparison.Ordinal) && s.Contains("ReprintSource=明溪县人民政府办公室", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_documents_of_other_regions_are_reprints_with_their_sources_and_the_citys_own_stay_its_own()
    {
        using var browser = new Browser(factory);
        var docs = await factory.DbAsync(db => db.Documents.AsNoTracking().Where(d => d.State == DocumentState.Published).ToListAsync());
        var reprintColumn = await ColumnIdAsync(ReprintColumn);
        foreach (var (source, number, date) in new[]
        {
            ("明溪县人民政府办公室", "明政办〔2020〕13号", new DateOnly(2020, 4, 26)),
            ("厦门市人民政府办公厅", "厦府办〔2020〕67号", new DateOnly(2020, 7, 7)),
            ("运城市人民政府办公室", "运政办发〔2020〕2号", new DateOnly(2020, 6, 2)),
        })
        {
            var d = Assert.Single(docs, d => d.ReprintSource == source);
            Assert.Equal(new Reprint(source, number, date), d.Reprint);
            Assert.Null(d.IndexNumber);
            Assert.Null(d.StatutoryCategory);
            Assert.Equal(reprintColumn, d.ColumnId);
            Assert.True(await ListedAsync($"/col/{ReprintColumn}", "[data-testid=column-documents] a", d.Id));
            Assert.False(await ListedAsync("/col/xxgk/ml", "[data-testid=catalog] a", d.Id));
            Assert.Contains($"来源：{source}（{number}，{date.Year}年{date.Month}月{date.Day}日）", (await browser.GetDocumentAsync($"/doc/{d.Id}")).QuerySelector("[data-testid=doc-source]")!.TextContent, StringComparison.Ordinal);
        }

        var own = Assert.Single(docs, d => d.DocumentNumber == "烟政办发〔2020〕17号");
        Assert.False(own.IsReprint);
        Assert.NotNull(own.IndexNumber);
        Assert.True(await ListedAsync("/col/xxgk/ml", "[data-testid=catalog] a", own.Id));
        var catalog = await browser.GetDocumentAsync("/col/xxgk/ml");
        Assert.DoesNotContain("明溪", catalog.QuerySelector("[data-testid=catalog]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("厦门", catalog.QuerySelector("[data-testid=catalog]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("运城", catalog.QuerySelector("[data-testid=catalog]")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<bool> ListedAsync(string url, string selector, int id)
    {
        var page = await Browser.ParseAsync(await factory.CreateClient().GetAsync(url));
        return page.QuerySelectorAll(selector).Any(a => a.GetAttribute("href") == $"/doc/{id}");
    }

    private Task<int> YantaiOfficeIdAsync() =>
        factory.DbAsync(db => db.Organizations.Where(o => o.Name == YantaiOffice).Select(o => o.Id).SingleAsync());

    private Task<int> ColumnIdAsync(string slugPath) =>
        factory.DbAsync(db => db.Columns.Where(c => c.Site!.Code == "yantai" && c.SlugPath == slugPath).Select(c => c.Id).SingleAsync());

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString() ?? "";

    private async Task<DocumentJson> InputAsync(int columnId, object? reprint, string? title = null, string? statutoryCategory = null) => new(
        await YantaiOfficeIdAsync(), columnId, title ?? "转载测试" + Guid.NewGuid().ToString("N")[..6], "2026-11-01", ["福建省人民政府办公厅"], "通知", ["综合政务"],
        statutoryCategory, "<p>转载的正文。</p>", "Proactive", reprint);

    private async Task<int> PublishAsync(HttpClient api, DocumentJson input)
    {
        var created = await api.PostAsJsonAsync("/api/v1/documents", input);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/documents/{id}/submit", null)).StatusCode);
        // A second person reviews and signs off (职责分离).
        var signed = await factory.ReviewAndSignOffAsync(id, new { wordingOverrideReason = "测试数据" });
        Assert.True(signed.StatusCode == HttpStatusCode.OK, await signed.Content.ReadAsStringAsync());
        Assert.Equal("Published", (await signed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        return id;
    }

    /// <summary>The JSON the documents API takes (DocumentDtos.DocumentInput), with its 转载 part.</summary>
    private sealed record DocumentJson(
        int UnitId, int? ColumnId, string Title, string WrittenOn, string[] IssuingUnits, string Genre, string[] Topics,
        string? StatutoryCategory, string BodyHtml, string Attribute, object? Reprint);
}
