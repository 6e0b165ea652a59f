using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Catalogs;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Tests.Requests;

namespace Zwgk.Web.Tests;

/// <summary>Two instances on one database, as behind a load balancer; submissions limited per client as configured, raised here.</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public ZwgkFactory First { get; } = new();

    public ZwgkFactory Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Every test client shares one address; the limit stays, only higher.
        First.Settings["Requests:SubmissionPermitLimit"] = "1000";
        await ((IAsyncLifetime)First).InitializeAsync();
        Second = ZwgkFactory.OnSameDatabaseAs(First);
        Second.Settings["Requests:SubmissionPermitLimit"] = "1000";
        await ((IAsyncLifetime)Second).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Second).DisposeAsync();
        await ((IAsyncLifetime)First).DisposeAsync();
    }
}

/// <summary>Numbers taken by parallel writers on two instances, and edits of one record by two people.</summary>
public sealed class ConcurrencyTests(TwoInstancesFixture fx) : IClassFixture<TwoInstancesFixture>
{
    private const string Conflict = "已被他人修改，请刷新后重试";

    private ZwgkFactory Host(int i) => i % 2 == 0 ? fx.First : fx.Second;

    [Fact]
    public async Task Fifty_citizens_filing_at_once_on_two_instances_all_get_a_receipt_and_the_numbers_are_unique_and_gapless()
    {
        // Each form is rendered by one instance; every other one is posted to the other instance.
        var forms = new List<(IElement Form, string Cookie)>();
        for (var i = 0; i < 50; i++)
        {
            forms.Add(await RenderAsync(Host(i), "/s/haiyang/requests/new", "form[data-testid=request-form]"));
        }

        var posts = forms.Select((f, i) => PostAsync(Host(i / 2), "/s/haiyang/requests/new", f, new Dictionary<string, string>
        {
            ["Input.Name"] = $"申请人{i}",
            ["Input.IdNumber"] = "370687198503150027",
            ["Input.Phone"] = "13900000000",
            ["Input.InformationSought"] = $"海阳市2025年度第{i}号项目的资金使用情况",
        }));
        var responses = await Task.WhenAll(posts);

        foreach (var r in responses)
        {
            Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"{r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
            Assert.EndsWith("/requests/submitted", r.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var numbers = await fx.First.DbAsync(db => db.Set<Zwgk.Domain.Requests.InformationRequest>().Select(r => r.TrackingNumber).ToListAsync());
        var filed = await fx.First.DbAsync(db => db.Set<Zwgk.Domain.Requests.InformationRequest>().CountAsync(r => r.Applicant.Name.StartsWith("申请人")));
        Assert.Equal(50, filed);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        foreach (var year in numbers.GroupBy(n => n[1..5]))
        {
            var serials = year.Select(n => int.Parse(n[5..], CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(Enumerable.Range(1, serials.Count), serials);
        }
    }

    [Fact]
    public async Task Ten_documents_signed_off_at_once_on_two_instances_get_distinct_consecutive_index_numbers()
    {
        var office = await fx.First.AsUserAsync(DemoAccounts.HaiyangOffice);
        // 职责分离: another person reviews and signs off, on both instances.
        var reviewer = await fx.First.ReviewerAsync();
        var onSecond = fx.Second.WithToken(reviewer.DefaultRequestHeaders.Authorization!.Parameter!);
        var unit = await fx.First.UnitIdAsync("海阳市");
        var ids = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await ReadyForSignOffAsync(office, reviewer, unit, $"并发审签测试文件{i}"));
        }

        var signed = await Task.WhenAll(ids.Select((id, i) => (i % 2 == 0 ? reviewer : onSecond).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { })));

        foreach (var r in signed)
        {
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        }

        var numbers = await fx.First.DbAsync(db => db.Documents.Where(d => ids.Contains(d.Id)).Select(d => d.IndexNumber!).ToListAsync());
        var serials = numbers.Select(n => int.Parse(n[(n.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(serials[0], 10), serials);
        var all = await fx.First.DbAsync(db => db.Documents.Where(d => d.IndexNumber != null).Select(d => d.IndexNumber).ToListAsync());
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task A_document_edit_sent_from_an_old_read_is_refused_with_409_and_the_newer_edit_stays()
    {
        var office = await fx.First.AsUserAsync(DemoAccounts.HaiyangOffice);
        var other = fx.Second.WithToken(office.DefaultRequestHeaders.Authorization!.Parameter!);
        var unit = await fx.First.UnitIdAsync("海阳市");
        var id = await CreateDraftAsync(office, unit, "原标题");
        var read = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}")).GetProperty("revision").GetInt32();

        var first = await PutAsync(office, id, unit, "第一位修改的标题", read);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await PutAsync(other, id, unit, "第二位修改的标题", read);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Conflict, problem.GetProperty("detail").GetString());
        Assert.Equal("第一位修改的标题", await fx.First.DbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
    }

    [Fact]
    public async Task Two_simultaneous_edits_of_one_document_from_the_same_read_let_exactly_one_through()
    {
        var office = await fx.First.AsUserAsync(DemoAccounts.HaiyangOffice);
        var other = fx.Second.WithToken(office.DefaultRequestHeaders.Authorization!.Parameter!);
        var unit = await fx.First.UnitIdAsync("海阳市");
        var id = await CreateDraftAsync(office, unit, "同时修改");
        var read = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}")).GetProperty("revision").GetInt32();

        var both = await Task.WhenAll(PutAsync(office, id, unit, "甲的标题", read), PutAsync(other, id, unit, "乙的标题", read));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        var winner = both[0].StatusCode == HttpStatusCode.OK ? "甲的标题" : "乙的标题";
        Assert.Equal(winner, await fx.First.DbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
    }

    [Fact]
    public async Task The_second_editor_of_a_draft_in_the_console_is_told_it_changed_and_keeps_what_was_typed()
    {
        var office = await fx.First.AsUserAsync(DemoAccounts.HaiyangOffice);
        var id = await CreateDraftAsync(office, await fx.First.UnitIdAsync("海阳市"), "控制台草稿");
        using var a = new Browser(fx.First);
        using var b = new Browser(fx.Second);
        await a.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        await b.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var url = $"/admin/documents/{id}/edit";
        var pageA = await a.GetDocumentAsync(url);
        var pageB = await b.GetDocumentAsync(url);

        var saved = await a.PostFormAsync(pageA.QuerySelector("main form")!, new Dictionary<string, string> { ["Input.Title"] = "甲保存的标题" }, url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await b.PostFormAsync(pageB.QuerySelector("main form")!, new Dictionary<string, string> { ["Input.Title"] = "乙输入的标题" }, url);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var shown = await Browser.ParseAsync(stale);
        Assert.Contains(Conflict, shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("乙输入的标题", shown.QuerySelector("[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal("甲保存的标题", await fx.First.DbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_step_on_a_case_taken_from_an_old_page_is_refused_in_the_console_and_in_the_api()
    {
        var handler = await fx.First.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await fx.First.UnitIdAsync("海阳市");
        var created = await RequestHttp.RegisterAsync(handler, RequestHttp.Person(unit, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var id = created.GetProperty("request").GetProperty("id").GetInt32();
        var read = created.GetProperty("request").GetProperty("revision").GetInt32();
        using var a = new Browser(fx.First);
        using var b = new Browser(fx.Second);
        await a.SignInAsync(RequestFixture.HaiyangHandler.User, RequestFixture.HaiyangHandler.Password);
        await b.SignInAsync(RequestFixture.HaiyangHandler.User, RequestFixture.HaiyangHandler.Password);
        var url = $"/admin/requests/{id}";
        var pageA = await a.GetDocumentAsync(url);
        var pageB = await b.GetDocumentAsync(url);

        var handlerId = await fx.First.DbAsync(db => db.Users.Where(u => u.UserName == RequestFixture.HaiyangHandler.User).Select(u => u.Id).SingleAsync());
        var assigned = await a.PostFormAsync(pageA.QuerySelector("form[data-testid=act-assign]")!, new Dictionary<string, string> { ["HandlerUserId"] = handlerId }, url);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var stale = await b.PostFormAsync(pageB.QuerySelector("form[data-testid=act-assign]")!, new Dictionary<string, string> { ["HandlerUserId"] = "", ["Note"] = "乙的说明" }, url);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var shown = await Browser.ParseAsync(stale);
        Assert.Contains(Conflict, shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("乙的说明", shown.QuerySelector("form[data-testid=act-assign] [name=Note]")!.GetAttribute("value"));

        var api = await handler.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/requests/{id}/note")
        {
            Content = JsonContent.Create(new { note = "按旧页面补记" }),
            Headers = { { "If-Match", $"\"{read}\"" } },
        });
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        var dto = await handler.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}");
        Assert.Equal(handlerId, dto.GetProperty("handlerUserId").GetString());
        Assert.DoesNotContain(dto.GetProperty("history").EnumerateArray(), e => e.GetProperty("note").ToString().Contains("按旧页面补记", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_second_editor_of_a_site_is_refused_in_the_console_and_in_the_api_and_the_first_edit_stays()
    {
        var id = await fx.First.DbAsync(db => db.Sites.Where(s => s.Code == "haiyang").Select(s => s.Id).SingleAsync());
        Task<string?> Stored() => fx.First.DbAsync(db => db.Sites.Where(s => s.Id == id).Select(s => s.ContactPhone).SingleAsync());
        var api = fx.Second.WithToken(DemoAccounts.AdminToken);
        var read = JsonNode.Parse(await api.GetStringAsync("/api/v1/sites/haiyang"))!;

        await TwoEditorsAsync($"/admin/sites/{id}/edit", "Input.ContactPhone", "0535-3111111", "0535-3222222");
        Assert.Equal("0535-3111111", await Stored());

        read["contactPhone"] = "0535-3333333";
        await AssertStaleAsync(api, $"/api/v1/sites/{id}", read);
        Assert.Equal("0535-3111111", await Stored());
    }

    [Fact]
    public async Task The_second_editor_of_a_column_is_refused_in_the_console_and_in_the_api_and_the_first_edit_stays()
    {
        var id = await fx.First.DbAsync(db => db.Columns.Where(c => c.Site!.Code == "haiyang" && c.FixedKey == null && c.ParentId == null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        Task<string> Stored() => fx.First.DbAsync(db => db.Columns.Where(c => c.Id == id).Select(c => c.Description).SingleAsync());
        var api = fx.Second.WithToken(DemoAccounts.AdminToken);
        var read = JsonNode.Parse((await api.GetFromJsonAsync<JsonElement[]>("/api/v1/sites/haiyang/columns"))!.Single(c => c.GetProperty("id").GetInt32() == id).GetRawText())!;

        await TwoEditorsAsync($"/admin/columns/{id}/edit", "Input.Description", "甲修改的栏目描述", "乙修改的栏目描述");
        Assert.Equal("甲修改的栏目描述", await Stored());

        read["description"] = "按旧数据修改的栏目描述";
        await AssertStaleAsync(api, $"/api/v1/columns/{id}", read);
        Assert.Equal("甲修改的栏目描述", await Stored());
    }

    [Fact]
    public async Task The_second_editor_of_a_unit_is_refused_in_the_console_and_in_the_api_and_the_first_edit_stays()
    {
        var id = await fx.First.UnitIdAsync("留格庄镇");
        Task<string?> Stored() => fx.First.DbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Phone).SingleAsync());
        var api = fx.Second.WithToken(DemoAccounts.AdminToken);
        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/units/{id}");

        await TwoEditorsAsync($"/admin/units/{id}/edit", "Input.Phone", "0535-3444444", "0535-3555555");
        Assert.Equal("0535-3444444", await Stored());

        var body = new JsonObject
        {
            ["name"] = read.GetProperty("name").GetString(),
            ["shortName"] = read.GetProperty("shortName").GetString(),
            ["phone"] = "0535-3666666",
            ["revision"] = read.GetProperty("revision").GetInt32(),
        };
        await AssertStaleAsync(api, $"/api/v1/units/{id}", body);
        Assert.Equal("0535-3444444", await Stored());
    }

    [Fact]
    public async Task A_unit_changed_since_its_page_was_read_is_not_deleted_from_that_page_or_with_that_revision()
    {
        var admin = fx.First.WithToken(DemoAccounts.AdminToken);
        var created = await admin.PostAsJsonAsync("/api/v1/units", new { name = "并发删除测试办公室", shortName = "并发删除测试", level = "County", kind = "Department", parentId = await fx.First.UnitIdAsync("海阳市") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Task<bool> Exists() => fx.First.DbAsync(db => db.Organizations.AnyAsync(o => o.Id == id));
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{id}");
        using var b = new Browser(fx.Second);
        await b.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var url = $"/admin/units/{id}/edit";
        var stalePage = await b.GetDocumentAsync(url);

        // Someone else changes the unit after both reads.
        await TwoEditorsAsync(url, "Input.Phone", "0535-3777777", "0535-3888888");

        var deleted = await b.PostFormAsync(stalePage.QuerySelector("form[data-testid=unit-delete-form]")!, new Dictionary<string, string> { ["reason"] = "按旧页面删除" }, url);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains(Conflict, (await Browser.ParseAsync(deleted)).Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await Exists());

        var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/units/{id}?reason=按旧数据删除") { Headers = { { "If-Match", $"\"{read.GetProperty("revision").GetInt32()}\"" } } };
        var refused = await fx.Second.WithToken(DemoAccounts.AdminToken).SendAsync(stale);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.True(await Exists());

        var current = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{id}")).GetProperty("revision").GetInt32();
        var fresh = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/units/{id}?reason=机构调整") { Headers = { { "If-Match", $"\"{current}\"" } } };
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(fresh)).StatusCode);
        Assert.False(await Exists());
    }

    [Fact]
    public async Task An_item_change_posted_from_the_item_table_of_an_old_catalog_page_is_refused()
    {
        var editor = await fx.First.AsUserAsync(DemoAccounts.DongcunEditor);
        var id = await editor.NewCatalogAsync(await fx.First.UnitIdAsync("东村街道"));
        Assert.Equal(HttpStatusCode.OK, (await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(CatalogSheets.Township()))).StatusCode);
        using var a = new Browser(fx.First);
        using var b = new Browser(fx.Second);
        await a.SignInAsync(DemoAccounts.DongcunEditor.User, DemoAccounts.DongcunEditor.Password);
        await b.SignInAsync(DemoAccounts.DongcunEditor.User, DemoAccounts.DongcunEditor.Password);
        var url = $"/admin/catalogs/{id}";
        var pageA = await a.GetDocumentAsync(url);
        var pageB = await b.GetDocumentAsync(url);
        IElement ItemForm(IDocument page, string name) => page.QuerySelector($"tr[data-testid=catalog-item][data-name='{name}'] form")!;
        Assert.NotNull(ItemForm(pageB, "招生政策").QuerySelector("input[name=__revision]"));

        var marked = await a.PostFormAsync(ItemForm(pageA, "审核信息"), new Dictionary<string, string> { ["reason"] = "本街道无此事项" }, url);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var stale = await b.PostFormAsync(ItemForm(pageB, "招生政策"), new Dictionary<string, string> { ["reason"] = "按旧页面标记" }, url);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(Conflict, (await Browser.ParseAsync(stale)).Body!.TextContent, StringComparison.Ordinal);
        var items = (await editor.GetFromJsonAsync<JsonElement>($"/api/v1/catalogs/{id}")).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("elements").GetProperty("name").GetString()!, i => i.GetProperty("notApplicable").GetBoolean());
        Assert.True(items["审核信息"]);
        Assert.False(items["招生政策"]);
    }

    /// <summary>Two staff open the same edit form on two instances; the first saves, the second is told it changed and keeps what was typed.</summary>
    private async Task TwoEditorsAsync(string url, string field, string first, string second)
    {
        using var a = new Browser(fx.First);
        using var b = new Browser(fx.Second);
        await a.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        await b.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var pageA = await a.GetDocumentAsync(url);
        var pageB = await b.GetDocumentAsync(url);
        Assert.NotNull(pageB.QuerySelector("main form input[name=__revision]"));

        var saved = await a.PostFormAsync(pageA.QuerySelector("main form")!, new Dictionary<string, string> { [field] = first }, url);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        var stale = await b.PostFormAsync(pageB.QuerySelector("main form")!, new Dictionary<string, string> { [field] = second }, url);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var shown = await Browser.ParseAsync(stale);
        Assert.Contains(Conflict, shown.QuerySelector("main form [role=alert]")!.TextContent, StringComparison.Ordinal);
        var input = shown.QuerySelector($"main form [name='{field}']")!;
        Assert.Equal(second, input.LocalName == "textarea" ? input.TextContent.Trim() : input.GetAttribute("value"));
    }

    /// <summary>An API edit sent with the revision of an earlier read (If-Match) answers problem+json 409 and writes nothing.</summary>
    private static async Task AssertStaleAsync(HttpClient api, string url, JsonNode body)
    {
        var response = await api.SendAsync(new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = JsonContent.Create(body),
            Headers = { { "If-Match", $"\"{body["revision"]!.GetValue<int>()}\"" } },
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Conflict, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    private static async Task<(IElement Form, string Cookie)> RenderAsync(ZwgkFactory host, string url, string selector)
    {
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var page = await Browser.ParseAsync(response);
        return (page.QuerySelector(selector)!, cookie);
    }

    private static async Task<HttpResponseMessage> PostAsync(ZwgkFactory host, string url, (IElement Form, string Cookie) form, Dictionary<string, string> fields)
    {
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(Browser.FormValues(form.Form, fields)) };
        request.Headers.Add("Cookie", form.Cookie);
        return await client.SendAsync(request);
    }

    private static object Draft(int unit, string title) => new
    {
        unitId = unit,
        title,
        documentNumber = "海政办发〔2026〕9号",
        writtenOn = "2026-02-27",
        issuingUnits = new[] { "海阳市人民政府办公室" },
        genre = "通知",
        topics = new[] { "民政、扶贫、救灾" },
        statutoryCategory = "20.11",
        bodyHtml = "<p>正文</p>",
        attribute = "Proactive",
    };

    private static async Task<int> CreateDraftAsync(HttpClient office, int unit, string title)
    {
        var created = await office.PostAsJsonAsync("/api/v1/documents", Draft(unit, title));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task<int> ReadyForSignOffAsync(HttpClient office, HttpClient reviewer, int unit, string title)
    {
        var id = await CreateDraftAsync(office, unit, title);
        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密，同意公开。" })).EnsureSuccessStatusCode();
        return id;
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, int id, int unit, string title, int revision) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/documents/{id}")
        {
            Content = JsonContent.Create(Draft(unit, title)),
            Headers = { { "If-Match", $"\"{revision}\"" } },
        });
}
