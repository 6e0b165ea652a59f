using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>The console's forms, driven as a browser without JavaScript would.</summary>
public sealed class ConsoleTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private static bool IsRefused(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString().Contains("/admin/denied", StringComparison.Ordinal));

    [Fact]
    public async Task A_county_office_is_refused_another_countys_unit_pages()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var laiyang = await factory.UnitIdAsync("莱阳市");
        var dongcun = await factory.UnitIdAsync("东村街道");

        Assert.True(IsRefused(await browser.Client.GetAsync($"/admin/units/{laiyang}/edit")));
        Assert.True(IsRefused(await browser.Client.GetAsync($"/admin/units/new?parentId={laiyang}")));
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync($"/admin/units/{dongcun}/edit")).StatusCode);
    }

    [Fact]
    public async Task An_editor_is_refused_management_pages()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.DongcunEditor.User, DemoAccounts.DongcunEditor.Password);

        foreach (var page in new[] { "/admin/units", "/admin/users", "/admin/sites", "/admin/audit", "/admin/calendar" })
        {
            Assert.True(IsRefused(await browser.Client.GetAsync(page)), page);
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/admin")).StatusCode);

        // Refused where they asked, not sent elsewhere: a 403 page in Chinese with the console's own navigation.
        var refused = await browser.Client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var page403 = await Browser.ParseAsync(refused);
        Assert.Contains("无权访问", page403.QuerySelector("[data-testid=error-page]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page403.QuerySelector("[data-testid=nav-documents]"));
    }

    [Fact]
    public async Task A_unit_created_in_the_form_appears_in_the_tree_and_the_audit()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var haiyang = await factory.UnitIdAsync("海阳市");

        var response = await browser.SubmitAsync($"/admin/units/new?parentId={haiyang}", new Dictionary<string, string>
        {
            ["Input.Level"] = "Township",
            ["Input.Kind"] = "Government",
            ["Input.Name"] = "海阳市凤城街道办事处",
            ["Input.ShortName"] = "凤城街道",
        }, "[data-testid=unit-form]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var tree = await browser.GetDocumentAsync("/admin/units");
        Assert.Contains("海阳市凤城街道办事处", tree.QuerySelectorAll("[data-testid=unit-name]").Select(e => e.TextContent));
        var audit = await factory.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Organization" && e.Action == "Created" && e.Actor == "office").ToListAsync());
        Assert.Contains(audit, e => e.Summary.Contains("海阳市凤城街道办事处", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_unit_input_is_answered_in_chinese_and_nothing_is_saved()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var haiyang = await factory.UnitIdAsync("海阳市");
        var before = await factory.DbAsync(db => db.Organizations.CountAsync());

        var response = await browser.SubmitAsync($"/admin/units/new?parentId={haiyang}", new Dictionary<string, string>
        {
            ["Input.Level"] = "City",
            ["Input.Kind"] = "Government",
            ["Input.Name"] = "错误单位",
            ["Input.ShortName"] = "错误",
            ["Input.CreditCode"] = "12345",
        }, "[data-testid=unit-form]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("统一社会信用代码应为18位", html);
        Assert.Contains("错误单位", html); // what was typed is kept
        Assert.Equal(before, await factory.DbAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task Entering_next_years_holidays_lets_deadlines_reach_into_it()
    {
        var api = factory.CreateClient();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.GetAsync("/api/v1/calendar/add-working-days?from=2026-12-30&days=3")).StatusCode);
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);

        var bad = await browser.SubmitAsync("/admin/calendar", new Dictionary<string, string>
        {
            ["Input.Year"] = "2027", ["Input.Source"] = "国务院办公厅关于2027年部分节假日安排的通知",
            ["Input.Days"] = "2027-01-01,holiday,元旦\n2027-01-05,workday,调休",
        }, "[data-testid=calendar-form]");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("不能登记为调休工作日", await bad.Content.ReadAsStringAsync());

        var good = await browser.SubmitAsync("/admin/calendar", new Dictionary<string, string>
        {
            ["Input.Year"] = "2027", ["Input.Source"] = "国务院办公厅关于2027年部分节假日安排的通知",
            ["Input.Days"] = "2027-01-01,holiday,元旦",
        }, "[data-testid=calendar-form]");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);

        // 2026-12-30 (Wed) + 3: Thu 31, (Fri 1 Jan holiday), Mon 4, Tue 5.
        var result = await api.GetFromJsonAsync<JsonElement>("/api/v1/calendar/add-working-days?from=2026-12-30&days=3");
        Assert.Equal("2027-01-05", result.GetProperty("result").GetString());
        Assert.True(await factory.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "CalendarYearAdded")));
    }

    [Fact]
    public async Task The_audit_page_shows_a_county_office_its_own_sign_in_in_china_time()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);

        var page = await browser.GetDocumentAsync("/admin/audit?action=SignIn");

        var rows = page.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        // People by name and unit: 王芳 is the demo office, 赵建国 the system administrator of the city.
        Assert.Contains(rows, r => r.Contains("王芳（海阳市人民政府）", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("赵建国", StringComparison.Ordinal));
    }
}
