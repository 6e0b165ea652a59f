using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Requests;
using Zwgk.Web.Calendar;
using Zwgk.Web.Requests;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Tests.Requests;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.ConsolePages;

/// <summary>
/// 待办 on the 工作台: each official sees what waits for them in their own units, with links to the filtered lists, and none
/// of another unit's work; reminders reach only those who can act; the 承办人 is one of the unit's request handlers.
/// </summary>
public sealed class WorkQueueTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    private static readonly (string User, string Password) Village = ("village", "Zwgk2026Village");

    [Fact]
    public async Task An_editor_sees_a_draft_returned_to_them_and_the_link_lists_it()
    {
        var editor = await F.AsUserAsync(DemoAccounts.DongcunEditor);
        var reviewer = await F.AsUserAsync(DemoAccounts.HaiyangReviewer);
        var admin = F.WithToken(DemoAccounts.AdminToken);
        using var page = await SignedInAsync(DemoAccounts.DongcunEditor);
        var before = await CountAsync(page, "returned");

        var mine = await DraftAsync(editor, "东村街道", "东村街道2026年春季植树活动安排");
        (await editor.PostAsync($"/api/v1/documents/{mine}/submit", null)).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{mine}/return", new { reason = "请写明活动地点。" })).EnsureSuccessStatusCode();
        // Another county's returned draft is not this editor's work.
        var other = await DraftAsync(admin, "莱阳市", "莱阳市2026年春季植树活动安排");
        (await admin.PostAsync($"/api/v1/documents/{other}/submit", null)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/documents/{other}/return", new { reason = "请补充。" })).EnsureSuccessStatusCode();

        Assert.Equal(before + 1, await CountAsync(page, "returned"));
        var list = await page.GetDocumentAsync("/admin/documents?mine=returned");
        var titles = list.QuerySelectorAll("[data-testid^=document-link-]").Select(a => a.TextContent).ToList();
        Assert.Contains("东村街道2026年春季植树活动安排", titles);
        Assert.DoesNotContain("莱阳市2026年春季植树活动安排", titles);
        Assert.Equal(0, await CountAsync(page, "review"));
    }

    [Fact]
    public async Task A_reviewer_sees_drafts_waiting_for_review_in_their_units_only()
    {
        var editor = await F.AsUserAsync(DemoAccounts.DongcunEditor);
        var admin = F.WithToken(DemoAccounts.AdminToken);
        using var page = await SignedInAsync(DemoAccounts.HaiyangReviewer);
        var before = await CountAsync(page, "review");

        var waiting = await DraftAsync(editor, "东村街道", "东村街道防汛应急预案");
        (await editor.PostAsync($"/api/v1/documents/{waiting}/submit", null)).EnsureSuccessStatusCode();
        var elsewhere = await DraftAsync(admin, "莱阳市", "莱阳市防汛应急预案");
        (await admin.PostAsync($"/api/v1/documents/{elsewhere}/submit", null)).EnsureSuccessStatusCode();

        Assert.Equal(before + 1, await CountAsync(page, "review"));
        var dashboard = await page.GetDocumentAsync("/admin");
        var link = dashboard.QuerySelector("[data-testid=work-review] a")!.GetAttribute("href")!;
        var listed = (await page.GetDocumentAsync(link)).QuerySelectorAll("[data-testid^=document-link-]").Select(a => a.TextContent).ToList();
        Assert.Contains("东村街道防汛应急预案", listed);
        Assert.DoesNotContain("莱阳市防汛应急预案", listed);
        // The reviewer administers nothing: no unit counts on their 工作台.
        Assert.Null(dashboard.QuerySelector("[data-testid=admin-counts]"));
    }

    [Fact]
    public async Task An_approver_sees_a_reply_waiting_for_approval_and_not_another_countys()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var laiyang = await F.AsUserAsync(RequestFixture.LaiyangHandler);
        using var page = await SignedInAsync(DemoAccounts.HaiyangOffice);
        var before = await CountAsync(page, "approval");

        var mine = await DecidedAsync(handler, "海阳市", "海阳市2025年农村公路养护资金使用情况");
        await DecidedAsync(laiyang, "莱阳市", "莱阳市2025年农村公路养护资金使用情况");

        Assert.Equal(before + 1, await CountAsync(page, "approval"));
        var list = await page.GetDocumentAsync(RequestQueue.AwaitingApproval.Url());
        var rows = list.QuerySelectorAll("[data-testid=request-row]").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("海阳市2025年农村公路养护资金", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("莱阳市", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("待领导审批", r, StringComparison.Ordinal));
        // The handler proposes; approval is not their 待办.
        using var handlerPage = await SignedInAsync(RequestFixture.HaiyangHandler);
        Assert.Null((await handlerPage.GetDocumentAsync("/admin")).QuerySelector("[data-testid=work-approval]"));
        Assert.True(mine > 0);
    }

    [Fact]
    public async Task A_handler_sees_a_request_assigned_to_them_that_is_due_soon_and_not_another_units()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var laiyang = await F.AsUserAsync(RequestFixture.LaiyangHandler);
        using var page = await SignedInAsync(RequestFixture.HaiyangHandler);
        using var laiyangPage = await SignedInAsync(RequestFixture.LaiyangHandler);
        var before = await CountAsync(page, "due-soon");
        var laiyangBefore = await CountAsync(laiyangPage, "due-soon");

        var received = await WorkingDaysAgoAsync(18);
        var id = await AssignedAsync(handler, "海阳市", "handler", received, "海阳市2025年公共租赁住房分配名单");

        Assert.Equal(before + 1, await CountAsync(page, "due-soon"));
        Assert.Equal(laiyangBefore, await CountAsync(laiyangPage, "due-soon"));
        var list = await page.GetDocumentAsync(RequestQueue.DueSoon.Url());
        Assert.Contains(list.QuerySelectorAll("[data-testid=request-row] a").Select(a => a.GetAttribute("href")), h => h == $"/admin/requests/{id}");
        Assert.All(list.QuerySelectorAll("[data-testid=request-row]"), r => Assert.Contains("即将到期", r.TextContent, StringComparison.Ordinal));

        // The other county's own case is its handler's work, and not this one's.
        await AssignedAsync(laiyang, "莱阳市", RequestFixture.LaiyangHandler.User, received, "莱阳市2025年公共租赁住房分配名单");
        Assert.Equal(laiyangBefore + 1, await CountAsync(laiyangPage, "due-soon"));
        Assert.Equal(before + 1, await CountAsync(page, "due-soon"));
    }

    [Fact]
    public async Task Administrative_counts_and_the_calendar_reminder_are_only_for_those_who_can_act_on_them()
    {
        // The demo calendar ends with 2026: next year's arrangement is missing.
        using var admin = await SignedInAsync(DemoAccounts.Admin);
        var adminPage = await admin.GetDocumentAsync("/admin");
        Assert.NotNull(adminPage.QuerySelector("[data-testid=calendar-reminder]"));
        Assert.NotNull(adminPage.QuerySelector("[data-testid=admin-counts]"));

        foreach (var account in new[] { DemoAccounts.HaiyangOffice, DemoAccounts.DongcunEditor, DemoAccounts.HaiyangReviewer, RequestFixture.HaiyangHandler, Village })
        {
            using var browser = await SignedInAsync(account);
            var page = await browser.GetDocumentAsync("/admin");
            Assert.True(page.QuerySelector("[data-testid=calendar-reminder]") is null, account.User + " 无权维护日历，却收到日历提醒");
            Assert.Equal(account == DemoAccounts.HaiyangOffice, page.QuerySelector("[data-testid=admin-counts]") is not null);
        }
    }

    [Fact]
    public async Task Deadline_reminders_reach_the_cases_handler_and_not_others_of_the_unit_or_another_county()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var id = await AssignedAsync(handler, "海阳市", "handler", await WorkingDaysAgoAsync(18), "海阳市2025年城区停车场建设项目批复文件");
        var number = await F.DbAsync(db => db.Set<InformationRequest>().Where(r => r.Id == id).Select(r => r.TrackingNumber).SingleAsync());
        fx.Mailer.Sent.Clear();
        await using (var scope = F.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<RequestReminders>().RunAsync();
        }

        Assert.Contains(fx.Mailer.Sent, m => m.To == "handler@haiyang.example" && m.Body.Contains(number, StringComparison.Ordinal));
        Assert.DoesNotContain(fx.Mailer.Sent, m => m.To != "handler@haiyang.example" && m.Body.Contains(number, StringComparison.Ordinal));
        using var mine = await SignedInAsync(RequestFixture.HaiyangHandler);
        Assert.Contains(number, (await mine.GetDocumentAsync("/admin/requests")).QuerySelector("[data-testid=request-reminders]")?.TextContent ?? "", StringComparison.Ordinal);
        // The office handles requests too, but the case has its 承办人 and waits for no approval: not its reminder.
        using var office = await SignedInAsync(DemoAccounts.HaiyangOffice);
        Assert.DoesNotContain(number, (await office.GetDocumentAsync("/admin/requests")).QuerySelector("[data-testid=request-reminders]")?.TextContent ?? "", StringComparison.Ordinal);
        using var laiyang = await SignedInAsync(RequestFixture.LaiyangHandler);
        Assert.DoesNotContain(number, (await laiyang.GetDocumentAsync("/admin/requests")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handler_is_chosen_from_the_units_request_handlers_on_the_page()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        var id = (await RegisterAsync(handler, Person(unit, "2026-03-02", name: "郑凯", info: "海阳市2025年学校食堂招标结果"))).GetProperty("request").GetProperty("id").GetInt32();
        using var page = await SignedInAsync(RequestFixture.HaiyangHandler);
        var url = $"/admin/requests/{id}";

        var form = (await page.GetDocumentAsync(url)).QuerySelector("form[data-testid=act-assign]")!;
        var options = form.QuerySelectorAll("[data-testid=assign-handler] option").ToDictionary(o => o.TextContent.Trim(), o => o.GetAttribute("value")!);
        Assert.Contains("李强（海阳市人民政府）", options.Keys);
        Assert.DoesNotContain(options.Keys, o => o.Contains("莱阳", StringComparison.Ordinal));
        Assert.Null(form.QuerySelector("input[name=Handler]"));

        var assigned = await page.PostFormAsync(form, new Dictionary<string, string> { ["UnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture), ["HandlerUserId"] = options["李强（海阳市人民政府）"] }, url);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var shown = await page.GetDocumentAsync(url);
        Assert.Equal("李强（海阳市人民政府）", shown.QuerySelector("[data-testid=case-handler]")!.TextContent.Trim());

        // A case from before accounts were chosen keeps its typed name, readably.
        await F.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"InformationRequests\" SET \"Handler\" = '王主任', \"HandlerUserId\" = NULL WHERE \"Id\" = {0}", id));
        Assert.Equal("王主任（登记时填写）", (await page.GetDocumentAsync(url)).QuerySelector("[data-testid=case-handler]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_api_takes_a_handler_by_user_id_and_refuses_one_who_is_not_a_handler_of_the_unit()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        var id = (await RegisterAsync(handler, Person(unit, "2026-03-02", name: "冯雪", info: "海阳市2025年河道治理工程验收报告"))).GetProperty("request").GetProperty("id").GetInt32();
        var ids = await F.DbAsync(db => db.Users.Where(u => u.UserName == "handler" || u.UserName == "lyhandler" || u.UserName == "editor").ToDictionaryAsync(u => u.UserName!, u => u.Id));

        var choices = await handler.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}/handlers");
        var listed = choices.EnumerateArray().Select(c => c.GetProperty("userId").GetString()).ToList();
        Assert.Contains(ids["handler"], listed);
        Assert.DoesNotContain(ids["lyhandler"], listed);
        Assert.DoesNotContain(ids["editor"], listed);

        foreach (var (body, says) in new (object Body, string Says)[]
        {
            (new { unitId = unit, handlerUserId = ids["lyhandler"] }, "不是海阳市人民政府的依申请公开办理人"),
            (new { unitId = unit, handlerUserId = ids["editor"] }, "不是海阳市人民政府的依申请公开办理人"),
            (new { unitId = unit, handler = "王五" }, "handlerUserId"),
        })
        {
            var refused = await handler.PostAsJsonAsync($"/api/v1/requests/{id}/assign", body);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
            Assert.Contains(says, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("Registered", (await handler.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}")).GetProperty("state").GetString());
        var done = await ActAsync(handler, id, "assign", new { unitId = unit, handlerUserId = ids["handler"] });
        Assert.Equal(ids["handler"], done.GetProperty("handlerUserId").GetString());
        Assert.Equal("李强", done.GetProperty("handler").GetString());
    }

    private async Task<Browser> SignedInAsync((string User, string Password) account)
    {
        var browser = new Browser(F);
        await browser.SignInAsync(account.User, account.Password);
        return browser;
    }

    /// <summary>The number on a 待办 line of the 工作台; a line with nothing waiting is not shown (0).</summary>
    private static async Task<int> CountAsync(Browser browser, string key)
    {
        var page = await browser.GetDocumentAsync("/admin");
        var count = page.QuerySelector($"[data-testid=work-{key}] [data-testid=work-count]");
        return count is null ? 0 : int.Parse(count.TextContent, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> DraftAsync(HttpClient client, string unit, string title)
    {
        var response = await client.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(await F.UnitIdAsync(unit), title));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<int> DecidedAsync(HttpClient staff, string unit, string info)
    {
        var unitId = await F.UnitIdAsync(unit);
        var id = (await RegisterAsync(staff, Person(unitId, "2026-03-02", info: info))).GetProperty("request").GetProperty("id").GetInt32();
        await ActAsync(staff, id, "assign", new { unitId });
        await ActAsync(staff, id, "decide", new { outcome = "Disclosed", howToObtain = "随本答复书提供电子文件。" });
        return id;
    }

    private async Task<int> AssignedAsync(HttpClient staff, string unit, string handlerUser, DateOnly received, string info)
    {
        var unitId = await F.UnitIdAsync(unit);
        var handlerId = await F.DbAsync(db => db.Users.Where(u => u.UserName == handlerUser).Select(u => u.Id).SingleAsync());
        var id = (await RegisterAsync(staff, Person(unitId, received.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), info: info))).GetProperty("request").GetProperty("id").GetInt32();
        await ActAsync(staff, id, "assign", new { unitId, handlerUserId = handlerId });
        return id;
    }

    /// <summary>The day that lies this many working days before today on the official calendar (a reply period is 20).</summary>
    private async Task<DateOnly> WorkingDaysAgoAsync(int workingDays)
    {
        await using var scope = F.Scope();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarService>().ForDeadlinesAsync();
        var d = ChinaTime.Today(fx.Clock);
        for (var n = 0; n < workingDays; d = d.AddDays(-1))
        {
            if (calendar.IsWorkingDay(d.AddDays(-1)))
            {
                n++;
            }
        }

        return d;
    }
}
