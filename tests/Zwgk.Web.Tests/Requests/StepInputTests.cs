using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zwgk.Web.Requests;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Workflow;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.Requests;

/// <summary>Each step reads its own typed input, from the API's JSON and from the case page's forms, through the input boundary.</summary>
public sealed class StepInputTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    [Fact]
    public void Every_step_takes_its_own_input_type_that_an_empty_body_fills()
    {
        var json = F.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        foreach (var (name, action) in RequestService.Actions)
        {
            Assert.True(typeof(IStepInput).IsAssignableFrom(action.Input), name);
            Assert.IsType(action.Input, JsonSerializer.Deserialize("{}", action.Input, json));
        }

        // Steps that take fields do not share one bag: no two of them take the same type, apart from the reply's two ways.
        var shared = RequestService.Actions.Values.Where(a => a.Input != typeof(NoInput)).GroupBy(a => a.Input).Where(g => g.Count() > 1).Select(g => string.Join("/", g.Select(a => a.Name)));
        Assert.Equal(["decide/reply-on-the-spot"], shared);
    }

    [Fact]
    public async Task A_step_body_that_is_not_json_or_does_not_fit_the_step_is_a_400_in_chinese_and_an_unknown_step_404()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var id = await CaseAsync(handler);

        var malformed = await handler.PostAsync($"/api/v1/requests/{id}/note", new StringContent("{\"note\": \"未完", Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.Equal("请求参数有误", problem.Str("title"));
        Assert.Equal("请求体不是有效的 JSON。", problem.Str("detail"));

        var wrongType = await ProblemAsync(await office.PostAsJsonAsync($"/api/v1/requests/{id}/extend", new { days = "十", reason = "调档" }), HttpStatusCode.BadRequest);
        Assert.Contains("days", wrongType.Str("detail"), StringComparison.Ordinal);

        var farDate = await ProblemAsync(await handler.PostAsJsonAsync($"/api/v1/requests/{id}/clarify", new { items = "请写明年份。", deadline = "9999-12-31" }), HttpStatusCode.BadRequest);
        Assert.Contains("1900年1月1日至2199年12月31日", farDate.Str("detail"), StringComparison.Ordinal);

        var unknown = await handler.PostAsJsonAsync($"/api/v1/requests/{id}/teleport", new { note = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);

        var unsupported = await handler.PostAsync($"/api/v1/requests/{id}/note", new StringContent("note=x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);
    }

    [Fact]
    public async Task Text_in_a_step_is_cleaned_where_it_enters_and_the_reason_reaches_the_audit_line()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var id = await CaseAsync(handler);

        // A control character is dropped, NFD becomes NFC and the ends are trimmed, as for every other JSON string.
        var noted = await ActAsync(handler, id, "note", new { note = "  Cafe\u0301\u0007 已电话联系申请人 " });
        Assert.Equal("Caf\u00E9 已电话联系申请人", noted.GetProperty("history").EnumerateArray().Last().Str("note"));
        // A step that adds only to the case's history is audited like any other.
        Assert.Equal("Caf\u00E9 已电话联系申请人", await AuditReasonAsync(id, "RequestNoted"));

        using var browser = new Browser(F);
        await browser.SignInAsync(RequestFixture.HaiyangHandler.User, RequestFixture.HaiyangHandler.Password);
        var url = $"/admin/requests/{id}";
        var page = await browser.GetDocumentAsync(url);
        var assigned = await browser.PostFormAsync(page.QuerySelector("form[data-testid=act-assign]")!, new Dictionary<string, string>
        {
            ["Note"] = "\u3000按职责\u0001分办 ",
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal("按职责分办", await AuditReasonAsync(id, "RequestAssigned"));

        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        await ActAsync(office, id, "extend", new { days = 10, reason = " 需调取\u0007多年度档案 " });
        Assert.Equal("需调取多年度档案", await AuditReasonAsync(id, "RequestExtended"));
    }

    [Fact]
    public async Task A_step_reads_only_its_own_fields()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var id = await CaseAsync(handler);
        // "reason" is the return step's field, not the note's: the note step finds its text missing.
        var response = await handler.PostAsJsonAsync($"/api/v1/requests/{id}/note", new { reason = "不是备注" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain(
            (await handler.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}")).GetProperty("history").EnumerateArray(),
            e => e.Str("note").Contains("不是备注", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_form_on_the_case_page_posts_only_fields_its_step_takes()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await F.UnitIdAsync("海阳市");
        var id = await CaseAsync(handler);
        using var browser = new Browser(F);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        async Task CheckAsync()
        {
            var page = await browser.GetDocumentAsync($"/admin/requests/{id}");
            foreach (var form in page.QuerySelectorAll("form").Where(f => f.QuerySelector("input[name=act]") is not null))
            {
                var act = form.QuerySelector("input[name=act]")!.GetAttribute("value")!;
                var takes = RequestService.Actions[act].Input.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var field in form.QuerySelectorAll("[name]").Select(e => e.GetAttribute("name")!).Where(n => n != "act" && !n.StartsWith("__", StringComparison.Ordinal)))
                {
                    Assert.True(takes.Contains(field), $"the {act} form posts {field}, which {RequestService.Actions[act].Input.Name} does not take");
                }

                seen.Add(act);
            }
        }

        await CheckAsync();
        await ActAsync(handler, id, "assign", new { unitId = unit });
        await CheckAsync();
        await ActAsync(handler, id, "decide", new { outcome = "Disclosed", howToObtain = "随答复书提供。" });
        await CheckAsync();
        await ActAsync(office, id, "approve", new { opinion = "同意" });
        await CheckAsync();
        await ActAsync(handler, id, "reply");
        await CheckAsync();
        await ActAsync(handler, id, "deliver", new { method = "Online" });
        await CheckAsync();
        Assert.Superset(new HashSet<string> { "assign", "clarify", "consult", "decide", "fee-notice", "extend", "approve", "return", "reply", "deliver", "archive", "note", "link-document" }, seen);
    }

    private async Task<int> CaseAsync(HttpClient staff)
    {
        var unit = await F.UnitIdAsync("海阳市");
        return (await RegisterAsync(staff, Person(unit, "2026-03-02"))).GetProperty("request").GetProperty("id").GetInt32();
    }

    private Task<string?> AuditReasonAsync(int id, string action) =>
        F.DbAsync(db => db.AuditEntries.Where(a => a.Action == action && a.EntityType == "InformationRequest" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(a => a.Id).Select(a => a.Reason).FirstOrDefaultAsync());

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
