using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Tests.Requests;

namespace Zwgk.Web.Tests.Input;

/// <summary>
/// Input at the boundary (issue 10, item 8): text is cleaned where it enters so nothing downstream fails on it, lengths
/// are the domain's for the API as for the console, and every bad input is a 4xx with a Chinese problem for API clients.
/// </summary>
public sealed class InputBoundaryTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    [Fact]
    public async Task A_filing_with_a_vertical_tab_succeeds_and_its_receipt_downloads()
    {
        using var citizen = new Browser(F);
        var response = await citizen.SubmitAsync("/s/haiyang/requests/new", new Dictionary<string, string>
        {
            ["Input.Name"] = " 王小红\u000B ",
            ["Input.IdNumber"] = "370687198503150027",
            ["Input.Phone"] = "13900000000",
            ["Input.InformationSought"] = "海阳市2025年度\u000B城乡低保\u0001资金发放情况\uFFFF",
        }, "form[data-testid=request-form]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = await citizen.GetDocumentAsync(response.Headers.Location!.ToString());
        var number = receipt.QuerySelector("[data-testid=request-number]")!.TextContent.Trim();
        var code = receipt.QuerySelector("[data-testid=request-code]")!.TextContent.Trim();

        var stored = await F.DbAsync(db => db.Set<Zwgk.Domain.Requests.InformationRequest>().Where(r => r.TrackingNumber == number)
            .Select(r => new { r.InformationSought, r.Applicant.Name }).SingleAsync());
        Assert.Equal("海阳市2025年度城乡低保资金发放情况", stored.InformationSought);
        Assert.Equal("王小红", stored.Name);

        var lookup = await citizen.SubmitAsync("/s/haiyang/requests/track", new Dictionary<string, string> { ["TrackingNumber"] = number, ["AccessCode"] = code }, "form[data-testid=track-form]");
        Assert.Equal(HttpStatusCode.Redirect, lookup.StatusCode);
        var page = await citizen.GetDocumentAsync("/s/haiyang/requests/track");
        var docx = await citizen.Client.GetAsync(page.QuerySelector("[data-testid=track-letter]")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.True((await docx.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task A_title_with_control_characters_publishes_and_the_feeds_answer_200()
    {
        var api = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var marker = Guid.NewGuid().ToString("N")[..6];
        var id = await PublishAsync(api, Document($"关于\u000B做好{marker}\u0007工作的通知\u2028"));
        var title = await F.DbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync());
        Assert.Equal($"关于做好{marker}工作的通知", title);

        foreach (var feed in new[] { "/s/haiyang/feed", "/s/haiyang/atom", "/s/haiyang/feed/gzdt" })
        {
            var response = await F.CreateClient().GetAsync(feed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(xml.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value == title);
        }
    }

    [Fact]
    public async Task Text_is_normalised_to_NFC_where_it_enters_the_api()
    {
        var api = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        // "é" as e + combining acute (NFD) is stored as the single code point U+00E9 (NFC).
        var response = await api.PostAsJsonAsync("/api/v1/documents", Document("Cafe\u0301 测试" + Guid.NewGuid().ToString("N")[..6]));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var title = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;
        Assert.StartsWith("Caf\u00E9 测试", title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_title_longer_than_the_console_allows_is_a_400_problem_in_chinese()
    {
        var api = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var response = await api.PostAsJsonAsync("/api/v1/documents", Document(new string('长', 301)));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("提交的数据未通过校验", problem.GetProperty("title").GetString());
        Assert.Contains("标题不超过300字。", problem.GetProperty("errors").GetProperty("title").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, await F.DbAsync(db => db.Documents.CountAsync(d => d.Title.StartsWith("长长长"))));
    }

    [Fact]
    public async Task A_date_near_year_9999_is_a_4xx_not_a_500()
    {
        var api = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var doc = Document("远期文件") with { WrittenOn = "9999-12-31" };
        var problem = await ProblemAsync(await api.PostAsJsonAsync("/api/v1/documents", doc), HttpStatusCode.BadRequest);
        Assert.Contains("1900年1月1日至2199年12月31日", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var calendar = await F.CreateClient().GetAsync("/api/v1/calendar/add-working-days?from=9999-12-30&days=5");
        Assert.InRange((int)calendar.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", calendar.Content.Headers.ContentType?.MediaType);

        using var handler = new Browser(F);
        await handler.SignInAsync(RequestFixture.HaiyangHandler.User, RequestFixture.HaiyangHandler.Password);
        var registered = await handler.SubmitAsync("/admin/requests/new", new Dictionary<string, string>
        {
            ["Input.Channel"] = "RegisteredPost",
            ["Input.ReceivedOn"] = "9999-12-31",
            ["Input.Name"] = "赵六",
            ["Input.IdNumber"] = "370687199001011232",
            ["Input.InformationSought"] = "方圆街道道路维修工程验收报告",
        }, "form[data-testid=register-form]");
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var page = await Browser.ParseAsync(registered);
        Assert.Contains("1900年1月1日至2199年12月31日", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("方圆街道道路维修工程验收报告", page.QuerySelector("textarea[name='Input.InformationSought']")!.TextContent);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_and_a_wrong_content_type_a_415_both_in_chinese()
    {
        var api = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var malformed = await api.PostAsync("/api/v1/documents", new StringContent("{\"title\": \"未完", Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.Equal("请求体不是有效的 JSON。", problem.GetProperty("detail").GetString());

        var wrongType = await api.PostAsJsonAsync("/api/v1/documents", new { unitId = "不是数字" });
        var typeProblem = await ProblemAsync(wrongType, HttpStatusCode.BadRequest);
        Assert.Contains("unitId", typeProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var form = await api.PostAsync("/api/v1/documents", new StringContent("title=x", Encoding.UTF8, "text/plain"));
        var unsupported = await ProblemAsync(form, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("不支持的媒体类型", unsupported.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_a_400_on_imports_and_uploads()
    {
        var admin = F.WithToken(DemoAccounts.AdminToken);
        var import = await admin.PostAsync("/api/v1/guidelines", Truncated());
        var problem = await ProblemAsync(import, HttpStatusCode.BadRequest);
        Assert.Contains("表单数据不完整", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A citizen's upload cut off mid-way gets the page, not a 500.
        using var citizen = new Browser(F);
        await citizen.GetDocumentAsync("/s/haiyang/requests/new");
        var upload = new HttpRequestMessage(HttpMethod.Post, "/s/haiyang/requests/new") { Content = Truncated() };
        upload.Headers.Accept.ParseAdd("text/html");
        var page = await citizen.Client.SendAsync(upload);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    private static ByteArrayContent Truncated()
    {
        // The closing boundary never comes: the connection was cut after the first bytes of the file.
        var body = "--zwgk\r\nContent-Disposition: form-data; name=\"domainId\"\r\n\r\n1\r\n--zwgk\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"目录.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004abc";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zwgk");
        return content;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString()!);
        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString()!);
        return problem;
    }

    private async Task<int> PublishAsync(HttpClient api, DocumentJson input)
    {
        var created = await api.PostAsJsonAsync("/api/v1/documents", input);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await api.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await (await F.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密，同意公开。" })).EnsureSuccessStatusCode();
        var signed = await (await F.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { wordingOverrideReason = "测试数据" });
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        return id;
    }

    private DocumentJson Document(string title)
    {
        var unitId = F.DbAsync(db => db.Organizations.Where(o => o.Name == "海阳市人民政府办公室").Select(o => o.Id).SingleAsync()).GetAwaiter().GetResult();
        var columnId = F.DbAsync(db => db.Columns.Where(c => c.Site!.Code == "haiyang" && c.SlugPath == "gzdt").Select(c => c.Id).SingleAsync()).GetAwaiter().GetResult();
        return new DocumentJson(unitId, columnId, title, null, "2026-02-27", ["海阳市人民政府办公室"], "通知", ["综合政务"], "20.15", "测试",
            "用于测试输入边界的文件。", "<p>这是测试正文。</p>", "Proactive", null, null);
    }

    /// <summary>The JSON the documents API takes (DocumentDtos.DocumentInput), enums by name.</summary>
    private sealed record DocumentJson(
        int UnitId, int? ColumnId, string Title, string? DocumentNumber, string WrittenOn, string[] IssuingUnits, string Genre, string[] Topics,
        string? StatutoryCategory, string? Keywords, string? Summary, string BodyHtml, string Attribute, string? WithholdingReason, string? WithholdingBasis);
}
