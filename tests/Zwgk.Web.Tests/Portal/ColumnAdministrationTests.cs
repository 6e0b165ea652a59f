using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Portal;

/// <summary>Admins create, order, hide, retire and restore columns; fixed columns stay; every change is audited and shows on the portal.</summary>
public sealed class ColumnAdministrationTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<int> SiteIdAsync(string code) => await factory.DbAsync(db => db.Sites.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    private static async Task<List<string>> NavigationAsync(Browser browser, string home) =>
        (await browser.GetDocumentAsync(home)).QuerySelectorAll(".site-nav a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task An_office_creates_a_meetings_column_in_the_console_from_its_preset_and_the_public_sees_it()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var site = await SiteIdAsync("haiyang");
        var list = await browser.GetDocumentAsync($"/admin/sites/{site}/columns");
        var form = await browser.GetDocumentAsync(list.QuerySelector("[data-testid=column-new]")!.GetAttribute("href")!);
        var preset = form.QuerySelector("[data-testid=preset-hygk]")!.GetAttribute("href")!;

        var response = await browser.SubmitAsync($"/admin/sites/{site}/columns/new{preset}", new Dictionary<string, string>(), "[data-testid=column-new-form]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var citizen = new Browser(factory);
        var page = await citizen.GetDocumentAsync("/s/haiyang/col/hygk");
        Assert.Equal("会议公开", page.QuerySelector("[data-testid=column-title]")!.TextContent);
        Assert.Equal("会议公开", page.QuerySelector("meta[name=ColumnType]")!.GetAttribute("content"));
        Assert.Equal("会议公开", (await NavigationAsync(citizen, "/s/haiyang/"))[^1]);
        var audit = await factory.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Column" && e.Action == "ColumnCreated").OrderBy(e => e.Id).LastAsync());
        Assert.Equal("office", audit.Actor);
        Assert.Contains("会议公开", audit.Summary);
    }

    [Fact]
    public async Task A_new_column_needs_an_unused_address_and_valid_fields_and_says_so_in_chinese()
    {
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var site = await SiteIdAsync("haiyang");

        var taken = await office.PostAsJsonAsync($"/api/v1/sites/{site}/columns", new { slug = "gzdt", name = "工作动态二", columnType = "工作动态", description = "说明", keywords = "动态" });
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("/col/gzdt 已被本站的其他栏目", (await Json(taken)).GetProperty("errors").GetProperty("Slug")[0].GetString());

        var bad = await office.PostAsJsonAsync($"/api/v1/sites/{site}/columns", new { slug = "重点", name = "", columnType = "政策文件", description = "说明", keywords = "k" });
        // The API's input filter answers field by field (camelCase, as the JSON names them).
        var errors = (await Json(bad)).GetProperty("errors");
        Assert.Contains("小写字母", errors.GetProperty("slug")[0].GetString());
        Assert.Equal("请填写栏目名称。", errors.GetProperty("name")[0].GetString());

        // A sub-column under 政府信息公开 is fine; the address is the parent's plus its own code.
        var xxgk = (await PortalData.ColumnsAsync(office, "haiyang"))["xxgk"];
        var sub = await office.PostAsJsonAsync($"/api/v1/sites/{site}/columns", new { parentId = xxgk, slug = "ysqgk", name = "依申请公开", columnType = "依申请公开", description = "依申请公开的渠道和办理流程。", keywords = "依申请公开" });
        Assert.Equal(HttpStatusCode.Created, sub.StatusCode);
        Assert.Equal("xxgk/ysqgk", (await Json(sub)).GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/s/haiyang/col/xxgk/ysqgk")).StatusCode);

        // Another county's site is outside Haiyang's office.
        var laiyang = await SiteIdAsync("laiyang");
        var foreign = await office.PostAsJsonAsync($"/api/v1/sites/{laiyang}/columns", new { slug = "hygk", name = "会议公开", columnType = "会议公开", description = "说明", keywords = "会议" });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [Fact]
    public async Task Moving_a_column_changes_the_portal_navigation_and_a_stale_move_is_refused()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        using var citizen = new Browser(factory);
        var before = await NavigationAsync(citizen, "/s/laiyang/");
        var columns = await PortalData.ColumnsAsync(admin, "laiyang");
        var zcjd = await Json(await admin.GetAsync($"/api/v1/columns/{columns["zcjd"]}"));

        await PortalData.PostAsync(admin, $"/api/v1/columns/{columns["zcjd"]}/move", new { direction = "Up" });

        var after = await NavigationAsync(citizen, "/s/laiyang/");
        var i = before.IndexOf("政策解读");
        Assert.Equal(i - 1, after.IndexOf("政策解读"));
        Assert.Equal(before[i - 1], after[i]);

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/columns/{columns["zcjd"]}/move")
        {
            Content = JsonContent.Create(new { direction = "Down" }),
            Headers = { { "If-Match", $"\"{zcjd.GetProperty("revision").GetInt32()}\"" } },
        };
        Assert.Equal(HttpStatusCode.Conflict, (await admin.SendAsync(stale)).StatusCode);
        Assert.Equal(after, await NavigationAsync(citizen, "/s/laiyang/"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync($"/api/v1/columns/{columns["gzdt"]}/move", new { direction = "Up" })).StatusCode);
    }

    [Fact]
    public async Task The_console_list_moves_and_hides_a_column_without_script()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var site = await SiteIdAsync("haiyang");
        var bsfw = (await PortalData.ColumnsAsync(factory.CreateClient(), "haiyang"))["bsfw"];
        var listUrl = $"/admin/sites/{site}/columns";

        var hidden = await browser.SubmitAsync(listUrl, new Dictionary<string, string>(), $"form:has([data-testid=column-hide-{bsfw}])");
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        var list = await browser.GetDocumentAsync(listUrl);
        Assert.NotNull(list.QuerySelector($"[data-testid=column-{bsfw}] [data-testid=column-hidden]"));
        Assert.Contains("已隐藏栏目“办事服务”", list.QuerySelector(".flash")!.TextContent);

        using var citizen = new Browser(factory);
        Assert.DoesNotContain("办事服务", await NavigationAsync(citizen, "/s/haiyang/"));
        Assert.Null((await citizen.GetDocumentAsync("/s/haiyang/")).QuerySelector("[data-testid=entry-services]"));
        // Hidden, not gone: the address still answers.
        Assert.Equal(HttpStatusCode.OK, (await citizen.Client.GetAsync("/s/haiyang/col/bsfw")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(listUrl, new Dictionary<string, string>(), $"form:has([data-testid=column-show-{bsfw}])")).StatusCode);
        Assert.Contains("办事服务", await NavigationAsync(citizen, "/s/haiyang/"));
        Assert.Equal(["ColumnHidden", "ColumnShown"], await factory.DbAsync(db => db.AuditEntries
            .Where(e => e.EntityType == "Column" && e.EntityId == bsfw.ToString() && (e.Action == "ColumnHidden" || e.Action == "ColumnShown"))
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_retired_column_is_404_for_the_public_its_documents_stay_and_restoring_brings_it_back()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var columns = await PortalData.ColumnsAsync(admin, "haiyang");
        var client = factory.CreateClient();
        var home = await Browser.ParseAsync(await client.GetAsync("/s/haiyang/"));
        var doc = home.QuerySelectorAll("[data-testid=home-list]")[1].QuerySelector("[data-testid=home-doc]")!.GetAttribute("href")!;

        var refused = await admin.PostAsJsonAsync($"/api/v1/columns/{columns["tzgg"]}/retire", new { reason = "" });
        Assert.Equal("请填写停用原因。", (await Json(refused)).GetProperty("errors").GetProperty("Reason")[0].GetString());
        await PortalData.PostAsync(admin, $"/api/v1/columns/{columns["tzgg"]}/retire", new { reason = "通知公告并入工作动态栏目" });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/s/haiyang/col/tzgg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/s/haiyang/feed/tzgg")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(doc)).StatusCode);
        var after = await Browser.ParseAsync(await client.GetAsync("/s/haiyang/"));
        Assert.DoesNotContain("通知公告", after.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.DoesNotContain(columns["tzgg"], (await PortalData.ColumnsAsync(client, "haiyang")).Values);
        var audit = await factory.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Column" && e.EntityId == columns["tzgg"].ToString() && e.Action == "ColumnRetired").SingleAsync());
        Assert.Equal("通知公告并入工作动态栏目", audit.Reason);
        Assert.Equal("admin", audit.Actor);

        await PortalData.PostAsync(admin, $"/api/v1/columns/{columns["tzgg"]}/restore", new { });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/s/haiyang/col/tzgg")).StatusCode);
    }

    [Fact]
    public async Task Fixed_columns_cannot_be_retired_hidden_or_retyped_and_the_refusal_says_why()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var columns = await PortalData.ColumnsAsync(admin, "yantai");

        var retire = await admin.PostAsJsonAsync($"/api/v1/columns/{columns["xxgk/nb"]}/retire", new { reason = "试试" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, retire.StatusCode);
        Assert.Contains("固定栏目，不能停用", (await Json(retire)).GetProperty("detail").GetString());
        var hide = await admin.PostAsJsonAsync($"/api/v1/columns/{columns["xxgk"]}/hide", new { });
        Assert.Contains("不能隐藏", (await Json(hide)).GetProperty("detail").GetString());

        var nb = await Json(await admin.GetAsync($"/api/v1/columns/{columns["xxgk/nb"]}"));
        var retype = await admin.PutAsJsonAsync($"/api/v1/columns/{columns["xxgk/nb"]}", new
        {
            name = "年度报告", description = nb.GetProperty("description").GetString(), keywords = "年报", columnType = "政策文件", showInNavigation = true, sortOrder = 5,
        });
        Assert.Equal(HttpStatusCode.BadRequest, retype.StatusCode);
        Assert.Contains("栏目类型（信息公开年报）不能更改", (await Json(retype)).GetProperty("errors").GetProperty("ColumnType")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/col/xxgk/nb")).StatusCode);

        // The console offers no retire form for a fixed column, and explains why.
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var edit = await browser.GetDocumentAsync($"/admin/columns/{columns["xxgk/nb"]}/edit");
        Assert.Null(edit.QuerySelector("[data-testid=column-retire]"));
        Assert.Contains("不能停用", edit.QuerySelector("main")!.TextContent);
        // Nothing changed since the site was made with it.
        Assert.Equal(0, await factory.DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Column" && e.EntityId == columns["xxgk/nb"].ToString() && e.Action != "Created")));
    }

    [Fact]
    public async Task The_console_retires_with_a_reason_and_keeps_it_when_refused()
    {
        var site = await SiteIdAsync("yantai");
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var created = await PortalData.PostAsync(admin, $"/api/v1/sites/{site}/columns", new { slug = "jyta", name = "建议提案办理", columnType = "建议提案办理", description = "建议提案办理复文。", keywords = "建议提案" });
        var id = created.GetProperty("id").GetInt32();
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);

        var empty = await browser.SubmitAsync($"/admin/columns/{id}/edit", new Dictionary<string, string> { ["Reason"] = "" }, "[data-testid=column-retire] form");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("请填写停用原因。", (await Browser.ParseAsync(empty)).QuerySelector("main")!.TextContent);

        var done = await browser.SubmitAsync($"/admin/columns/{id}/edit", new Dictionary<string, string> { ["Reason"] = "职能调整" }, "[data-testid=column-retire] form");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/col/jyta")).StatusCode);
        var list = await browser.GetDocumentAsync($"/admin/sites/{site}/columns");
        Assert.NotNull(list.QuerySelector($"[data-testid=column-{id}] [data-testid=column-retired]"));
    }
}
