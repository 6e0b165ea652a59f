using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Requests;
using Zwgk.Web.Tests.Infrastructure;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.Requests;

/// <summary>The request procedure through /api/v1/requests: registration, every step, permissions, bad input and letters.</summary>
public sealed class RequestsApiTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    [Fact]
    public async Task Staff_registration_stores_the_deadline_issues_an_acknowledgement_and_returns_the_code_once()
    {
        var staff = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        var created = await RegisterAsync(staff, Person(unit, "2026-02-27"));
        var r = created.GetProperty("request");
        Assert.Matches("^Y2026[0-9]{6}$", r.Str("trackingNumber"));
        // Fri 2026-02-27 in person: the make-up Saturday 02-28 is the first working day counted.
        Assert.Equal("2026-03-26", r.Str("dueOn"));
        Assert.Equal("Registered", r.Str("state"));
        Assert.Equal(8, created.Str("accessCode").Length);
        var letter = Assert.Single(r.GetProperty("letters").EnumerateArray());
        Assert.Equal("Acknowledgement", letter.Str("kind"));

        var again = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{r.Str("id")}");
        Assert.DoesNotContain("accessCode", again.ToString(), StringComparison.Ordinal);
        Assert.Equal("Registered", again.GetProperty("history")[0].Str("action"));
    }

    [Fact]
    public async Task Missing_identity_and_missing_received_date_are_refused_with_a_chinese_problem()
    {
        var staff = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        var input = JsonSerializer.SerializeToNode(Person(unit, "2026-03-02"))!.AsObject();
        input["idNumber"] = "";
        // Refused field by field, like the forms (RegistrationInput.Problems).
        var response = await staff.PostAsJsonAsync("/api/v1/requests", input);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("身份证件号码", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("IdNumber")[0].GetString());

        input["idNumber"] = "370687199001011232";
        input["receivedOn"] = null;
        response = await staff.PostAsJsonAsync("/api/v1/requests", input);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("收到申请的日期", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("ReceivedOn")[0].GetString());
    }

    [Fact]
    public async Task A_handler_of_another_county_neither_sees_nor_acts_on_the_case_nor_registers_for_that_unit()
    {
        var haiyang = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var laiyang = await F.AsUserAsync(RequestFixture.LaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        var id = (await RegisterAsync(haiyang, Person(unit, "2026-03-02"))).GetProperty("request").Str("id");

        Assert.Equal(HttpStatusCode.NotFound, (await laiyang.GetAsync($"/api/v1/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiyang.PostAsJsonAsync($"/api/v1/requests/{id}/note", new { note = "看看" })).StatusCode);
        var list = await laiyang.GetFromJsonAsync<JsonElement>("/api/v1/requests");
        Assert.DoesNotContain(list.EnumerateArray(), x => x.Str("id") == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await laiyang.PostAsJsonAsync("/api/v1/requests", Person(unit, "2026-03-02"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await F.CreateClient().GetAsync($"/api/v1/requests/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_procedure_through_the_api_with_leader_approval_and_a_frozen_reply_letter()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await F.UnitIdAsync("海阳市");
        var created = await RegisterAsync(handler, Person(unit, "2026-03-02", name: "李明", info: "海阳市2025年城市更新项目招标文件"));
        var id = int.Parse(created.GetProperty("request").Str("id"));
        var code = created.Str("accessCode");
        var number = created.GetProperty("request").Str("trackingNumber");

        // 条例: no reply before assignment.
        var early = await handler.PostAsJsonAsync($"/api/v1/requests/{id}/decide", new { outcome = "Disclosed", howToObtain = "附件" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("尚未分办", await early.Content.ReadAsStringAsync());

        var haiyangOffice = await F.DbAsync(db => Task.FromResult(db.Organizations.Single(o => o.Name == "海阳市人民政府办公室").Id));
        var handlerId = await F.DbAsync(db => db.Users.Where(u => u.UserName == RequestFixture.HaiyangHandler.User).Select(u => u.Id).SingleAsync());
        await ActAsync(handler, id, "assign", new { unitId = haiyangOffice, handlerUserId = handlerId });
        var decided = await ActAsync(handler, id, "decide", new
        {
            outcome = "PartlyDisclosed",
            howToObtain = "随本答复书提供可以公开部分的电子文件。",
            reasonText = "投标人报价明细属于第三方商业秘密。",
            legalBasis = "《中华人民共和国政府信息公开条例》第十五条、第三十七条",
        });
        Assert.Equal("AwaitingApproval", decided.Str("state"));

        // Approval is the leader's: the handler holds no ApproveRequests.
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostAsJsonAsync($"/api/v1/requests/{id}/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await handler.PostAsJsonAsync($"/api/v1/requests/{id}/reply", new { })).StatusCode);
        await ActAsync(office, id, "approve", new { opinion = "同意" });
        var replied = await ActAsync(handler, id, "reply");
        Assert.Equal("Replied", replied.Str("state"));
        Assert.Equal("2026-03-02", replied.Str("repliedOn"));
        var reply = replied.GetProperty("letters").EnumerateArray().Single(l => l.Str("kind") == "Reply");

        var docx = await handler.GetAsync(reply.Str("url"));
        Assert.Equal(RequestsApi.DocxType, docx.Content.Headers.ContentType!.MediaType);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);

        var publicView = await F.CreateClient().PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = number, accessCode = code });
        var view = await publicView.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("已答复", view.Str("stage"));
        Assert.Contains(view.GetProperty("letters").EnumerateArray(), l => l.Str("title").Length > 0);
        Assert.DoesNotContain("李强", view.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("同意", view.GetProperty("history").ToString(), StringComparison.Ordinal);
        var letterId = view.GetProperty("letters").EnumerateArray().Last().Str("id");
        var download = await F.CreateClient().PostAsJsonAsync($"/api/v1/requests/status/letters/{letterId}", new { trackingNumber = number, accessCode = code });
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await F.CreateClient().PostAsJsonAsync($"/api/v1/requests/status/letters/{letterId}", new { trackingNumber = number, accessCode = "WRONG234" })).StatusCode);

        await ActAsync(handler, id, "deliver", new { method = "Online" });
        var archived = await ActAsync(handler, id, "archive");
        Assert.Equal("Archived", archived.Str("state"));
    }

    [Fact]
    public async Task Wrong_code_and_unknown_number_get_the_same_answer()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        var number = (await RegisterAsync(handler, Person(unit, "2026-03-02"))).GetProperty("request").Str("trackingNumber");
        var anonymous = F.CreateClient();
        var wrong = await anonymous.PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = number, accessCode = "ABCDEFGH" });
        var unknown = await anonymous.PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = "Y2026999999", accessCode = "ABCDEFGH" });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((await wrong.Content.ReadFromJsonAsync<JsonElement>()).Str("detail"), (await unknown.Content.ReadFromJsonAsync<JsonElement>()).Str("detail"));
    }

    [Fact]
    public async Task Illegal_steps_are_refused_with_the_rule()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await F.UnitIdAsync("海阳市");
        var id = int.Parse((await RegisterAsync(handler, Person(unit, "2026-03-02"))).GetProperty("request").Str("id"));
        await ActAsync(handler, id, "assign", new { unitId = unit });

        async Task<string> Refused(HttpClient c, string action, object input)
        {
            var response = await c.PostAsJsonAsync($"/api/v1/requests/{id}/{action}", input);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("detail");
        }

        Assert.Contains("法律依据", await Refused(handler, "decide", new { outcome = "NotDisclosedStateSecret", reasonText = "涉密" }));
        Assert.Contains("不得超过 20 个工作日", await Refused(office, "extend", new { days = 25, reason = "调档" }));
        await ActAsync(office, id, "extend", new { days = 10, reason = "需调取多年度档案" });
        Assert.Contains("只能延长一次", await Refused(office, "extend", new { days = 5, reason = "再延" }));
        Assert.Contains("不得同时按件和按量", await RefusedAfterFee());
        Assert.Equal(HttpStatusCode.NotFound, (await handler.PostAsJsonAsync($"/api/v1/requests/{id}/teleport", new { })).StatusCode);

        async Task<string> RefusedAfterFee()
        {
            await ActAsync(handler, id, "fee-notice", new { feeMode = "PerVolume", quantity = 80 });
            return await Refused(handler, "fee-notice", new { feeMode = "PerRequest", quantity = 12 });
        }
    }

    [Fact]
    public async Task Clarification_and_third_party_consultation_move_the_stored_deadline()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        var id = int.Parse((await RegisterAsync(handler, Person(unit, "2026-03-02"))).GetProperty("request").Str("id"));
        var clarified = await ActAsync(handler, id, "clarify", new { items = "请写明项目名称和年份。", deadline = "2026-03-09" });
        Assert.Equal(JsonValueKind.Null, clarified.GetProperty("dueOn").ValueKind);
        Assert.Contains(clarified.GetProperty("letters").EnumerateArray(), l => l.Str("kind") == "ClarificationNotice");
        var completed = await ActAsync(handler, id, "complete-clarification", new { text = "东村街道2025年老旧小区改造项目资金拨付明细", on = "2026-03-02" });
        Assert.Equal("2026-03-30", completed.Str("dueOn"));
        await ActAsync(handler, id, "assign", new { unitId = unit });
        var consulted = await ActAsync(handler, id, "consult", new { consultationKind = "ThirdParty", party = "海阳市某某建设有限公司", matter = "拟公开的合同是否涉及商业秘密" });
        Assert.Equal("Paused", consulted.Str("dueStatus"));
        Assert.Equal("2026-03-23", consulted.GetProperty("consultations")[0].Str("dueOn"));
        Assert.Contains(consulted.GetProperty("letters").EnumerateArray(), l => l.Str("kind") == "ThirdPartyConsultation" && !l.GetProperty("forApplicant").GetBoolean());
    }

    [Fact]
    public async Task Reminders_are_written_once_and_mailed_to_the_units_handlers()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        // Received 2026-01-30: due 03-05, three working days from "today" 03-02.
        var number = (await RegisterAsync(handler, Person(unit, "2026-01-30", info: "海阳市2026年春季植树造林计划"))).GetProperty("request").Str("trackingNumber");
        await using var scope = F.Scope();
        var reminders = scope.ServiceProvider.GetRequiredService<RequestReminders>();
        Assert.True(await reminders.RunAsync() >= 1);
        Assert.Equal(0, await reminders.RunAsync());
        Assert.Contains(fx.Mailer.Sent, m => m.To == "handler@haiyang.example" && m.Body.Contains(number, StringComparison.Ordinal));
        Assert.DoesNotContain(fx.Mailer.Sent, m => m.To == "ly@example.com" && m.Body.Contains(number, StringComparison.Ordinal));
    }
}
