using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Tests.Requests;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.Rules;

/// <summary>
/// 职责分离: whoever drafted a document does not pass its 保密审查 or sign it off, whoever proposed a reply does not approve
/// it; a site may relax this for a very small unit, and then every such step needs a reason and is audited.
/// </summary>
public sealed class SeparationOfDutiesTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    [Fact]
    public async Task The_drafter_cannot_pass_the_review_or_sign_off_their_own_document_and_another_reviewer_can()
    {
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await F.UnitIdAsync("海阳市");
        var id = await DraftAndSubmitAsync(office, unit, "海阳市关于做好春季森林防火工作的通知");

        var own = await office.PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密。" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, own.StatusCode);
        Assert.Equal("application/problem+json", own.Content.Headers.ContentType?.MediaType);
        Assert.Contains("起草人，不能通过自己起草的稿件的保密审查", (await own.Content.ReadFromJsonAsync<JsonElement>()).Str("detail"), StringComparison.Ordinal);

        // The console says why and offers no review form to the drafter.
        using (var browser = new Browser(F))
        {
            await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
            var page = await browser.GetDocumentAsync($"/admin/documents/{id}");
            Assert.Contains("保密审查和审签须由本单位其他审核人办理", page.QuerySelector("[data-testid=duties-note]")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("[data-testid=action-review]"));
        }

        var reviewer = await F.ReviewerAsync();
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密。" })).StatusCode);
        var ownSignOff = await office.PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ownSignOff.StatusCode);
        Assert.Contains("不能审签自己起草的稿件", await ownSignOff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("SignOff", (await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}")).Str("state"));

        var signed = await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { });
        Assert.Equal("Published", (await signed.Content.ReadFromJsonAsync<JsonElement>()).Str("state"));
    }

    [Fact]
    public async Task The_handler_who_proposed_a_reply_cannot_approve_it_and_another_leader_can()
    {
        // The 海阳 office may both handle and approve: it is the same person that is refused, not the role.
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await F.UnitIdAsync("海阳市");
        var id = int.Parse((await RegisterAsync(office, Person(unit, "2026-03-02"))).GetProperty("request").Str("id"), System.Globalization.CultureInfo.InvariantCulture);
        await ActAsync(office, id, "assign", new { unitId = unit });
        await ActAsync(office, id, "decide", new { outcome = "Disclosed", howToObtain = "随答复书提供。" });

        var own = await office.PostAsJsonAsync($"/api/v1/requests/{id}/approve", new { opinion = "同意" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, own.StatusCode);
        Assert.Contains("答复意见是您拟办的，不能由您本人审批", (await own.Content.ReadFromJsonAsync<JsonElement>()).Str("detail"), StringComparison.Ordinal);

        using (var browser = new Browser(F))
        {
            await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
            var page = await browser.GetDocumentAsync($"/admin/requests/{id}");
            Assert.NotNull(page.QuerySelector("[data-testid=duties-note]"));
            Assert.Null(page.QuerySelector("[data-testid=act-approve]"));
        }

        var approved = await ActAsync(await F.ReviewerAsync(), id, "approve", new { opinion = "同意" });
        Assert.Equal("Approved", approved.Str("state"));
    }

    [Fact]
    public async Task A_site_that_relaxes_the_rule_lets_the_same_person_act_only_with_a_reason_and_audits_each_use()
    {
        var city = await F.ReviewerAsync();
        await RelaxAsync(city, "laiyang");
        var laiyang = await F.UnitIdAsync("莱阳市");

        // A document: the same person drafts, reviews and signs off, each review step with a reason.
        var id = await DraftAndSubmitAsync(city, laiyang, "莱阳市关于开展2026年春季爱国卫生运动的通知");
        var noReason = await city.PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密。" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("须填写由本人办理的理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await city.PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review",
            new { opinion = "不涉密。", sameActorReason = "本单位仅一名工作人员。" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await city.PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { })).StatusCode);
        var signed = await city.PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { sameActorReason = "本单位仅一名工作人员，负责人出差，电话同意。" });
        Assert.Equal("Published", (await signed.Content.ReadFromJsonAsync<JsonElement>()).Str("state"));

        // A reply: the proposer approves it, with a reason.
        var request = int.Parse((await RegisterAsync(city, Person(laiyang, "2026-03-02"))).GetProperty("request").Str("id"), System.Globalization.CultureInfo.InvariantCulture);
        await ActAsync(city, request, "assign", new { unitId = laiyang });
        await ActAsync(city, request, "decide", new { outcome = "Disclosed", howToObtain = "随答复书提供。" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await city.PostAsJsonAsync($"/api/v1/requests/{request}/approve", new { opinion = "同意" })).StatusCode);
        Assert.Equal("Approved", (await ActAsync(city, request, "approve", new { opinion = "同意", sameActorReason = "本单位仅一名工作人员。" })).Str("state"));

        // Each use is its own audit line, with who and why, and an event on the record.
        var overrides = await F.DbAsync(db => db.AuditEntries.Where(e => e.Action == "DutySeparationOverridden").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(3, overrides.Count(e => e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.EntityType == "Document")
            + overrides.Count(e => e.EntityId == request.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.EntityType == "InformationRequest"));
        Assert.All(overrides, e => Assert.Equal(DemoAccounts.CityOffice.User, e.Actor));
        Assert.Contains(overrides, e => e.Reason!.Contains("负责人出差，电话同意", StringComparison.Ordinal));
        var history = await city.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}");
        Assert.Equal(2, history.GetProperty("history").EnumerateArray().Count(h => h.Str("action") == "DutyOverridden"));

        // The site of 海阳 has not relaxed the rule: the same step there is still refused.
        var haiyang = await F.UnitIdAsync("海阳市");
        var strict = await DraftAndSubmitAsync(city, haiyang, "海阳市关于开展2026年春季爱国卫生运动的通知");
        var refused = await city.PostAsJsonAsync($"/api/v1/documents/{strict}/confidentiality-review", new { opinion = "不涉密。", sameActorReason = "想自己审。" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("本站点未放宽职责分离", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_setting_is_edited_on_the_console_page_and_shown_with_its_meaning()
    {
        using var browser = new Browser(F);
        await browser.SignInAsync(DemoAccounts.CityOffice.User, DemoAccounts.CityOffice.Password);
        var siteId = await F.DbAsync(db => db.Sites.Where(s => s.Code == "haiyang").Select(s => s.Id).SingleAsync());
        var page = await browser.GetDocumentAsync($"/admin/sites/{siteId}/edit");
        var box = page.QuerySelector("[data-testid=site-relax-duties]")!;
        Assert.Null(box.GetAttribute("checked"));
        Assert.Contains("每次须填写理由，并记入审计日志", page.QuerySelector("#relax-duties-hint")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<int> DraftAndSubmitAsync(HttpClient client, int unit, string title)
    {
        var created = await client.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(unit, title));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await client.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task RelaxAsync(HttpClient admin, string code)
    {
        var s = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/sites/{code}");
        var put = await admin.PutAsJsonAsync($"/api/v1/sites/{s.GetProperty("id").GetInt32()}", new
        {
            code = s.Str("code"), name = s.Str("name"), domain = s.Str("domain"), siteIdCode = s.Str("siteIdCode"),
            organizationId = s.GetProperty("organizationId").GetInt32(), sponsor = s.Str("sponsor"), relaxSeparationOfDuties = true,
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        Assert.True((await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("relaxSeparationOfDuties").GetBoolean());
    }
}
