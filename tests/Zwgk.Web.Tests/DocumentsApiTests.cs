using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Documents;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>The life of a document through the API, with the permissions and rules the law cares about.</summary>
public sealed class DocumentsApiTests(ClockFactory fx) : IClassFixture<ClockFactory>
{
    private ZwgkFactory Factory => fx.Factory;

    internal static object Draft(int unitId, string title, string attribute = "Proactive", string? reason = null, string? basis = null, string? effectiveTo = null, string body = "<p>为进一步做好城乡居民最低生活保障（低保）工作，现将有关事项通知如下。</p>") => new
    {
        unitId,
        title,
        documentNumber = "海政办发〔2026〕3号",
        writtenOn = "2026-02-27",
        issuingUnits = new[] { "海阳市人民政府办公室" },
        genre = "通知",
        topics = new[] { "民政、扶贫、救灾" },
        statutoryCategory = "20.11",
        bodyHtml = body,
        attribute,
        withholdingReason = reason,
        withholdingBasis = basis,
        effectiveTo,
    };

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<int> PublishAsync(HttpClient office, object draft)
    {
        var created = await office.PostAsJsonAsync("/api/v1/documents", draft);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetInt32();
        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        var reviewed = await Json(await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密，同意公开。" }));
        if (reviewed.GetProperty("state").GetString() == "AwaitingFiling")
        {
            // A withheld policy document (20.11) is filed with the disclosure office before sign-off (seed 004 §三(一)1).
            (await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/filing", new { note = "已备案。" })).EnsureSuccessStatusCode();
        }

        (await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { })).EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task No_publication_without_review_and_sign_off_and_every_step_is_recorded()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await Factory.UnitIdAsync("海阳市");
        var id = (await Json(await office.PostAsJsonAsync("/api/v1/documents", Draft(unit, "关于做好2026年低保工作的通知")))).GetProperty("id").GetInt32();

        var early = await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("审签", (await Json(early)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.CreateClient().GetAsync($"/api/v1/documents/{id}")).StatusCode);

        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        var noOpinion = await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noOpinion.StatusCode);
        (await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密。" })).EnsureSuccessStatusCode();
        var published = await Json(await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { }));

        Assert.Equal("Published", published.GetProperty("state").GetString());
        Assert.Matches(@"^[0-9A-Z]{18}/2026-\d{5}$", published.GetProperty("indexNumber").GetString());
        var actions = published.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Created", "Submitted", "ConfidentialityPassed", "Published"], actions);
        var publicView = await Json(await Factory.CreateClient().GetAsync($"/api/v1/documents/{id}"));
        Assert.Equal("此件公开发布", publicView.GetProperty("attributeLabel").GetString());
        Assert.Equal(JsonValueKind.Null, publicView.GetProperty("history").ValueKind);
        var audit = await Factory.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Document" && e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("DocumentSubmitted", audit);
        Assert.Contains("DocumentSignedOff", audit);
    }

    [Fact]
    public async Task A_non_public_attribute_needs_a_legal_reason_and_a_written_basis_and_is_filed_not_published()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await Factory.UnitIdAsync("海阳市");
        var id = (await Json(await office.PostAsJsonAsync("/api/v1/documents", Draft(unit, "内部工作流程", attribute: "Withheld")))).GetProperty("id").GetInt32();

        var refused = await office.PostAsync($"/api/v1/documents/{id}/submit", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("法定事由", (await Json(refused)).GetProperty("detail").GetString());

        var filedId = await PublishAsync(office, Draft(unit, "机关内部人事管理事项", "Withheld", "InternalAffairs", "属于机关内部人事管理信息，依据条例第十六条第一款可不予公开。"));
        var filed = await Json(await office.GetAsync($"/api/v1/documents/{filedId}"));
        Assert.Equal("Filed", filed.GetProperty("state").GetString());
        Assert.Equal("此件不予公开", filed.GetProperty("attributeLabel").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.CreateClient().GetAsync($"/api/v1/documents/{filedId}")).StatusCode);
    }

    [Fact]
    public async Task An_editor_of_one_unit_cannot_read_or_change_another_units_drafts()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var liugezhuang = await Factory.UnitIdAsync("留格庄镇");
        var dongcun = await Factory.UnitIdAsync("东村街道");
        var otherDraft = (await Json(await office.PostAsJsonAsync("/api/v1/documents", Draft(liugezhuang, "留格庄镇草稿")))).GetProperty("id").GetInt32();
        var editor = await Factory.AsUserAsync(DemoAccounts.DongcunEditor);

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/v1/documents/{otherDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsJsonAsync($"/api/v1/documents/{otherDraft}", Draft(liugezhuang, "改"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"/api/v1/documents/{otherDraft}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/v1/documents", Draft(liugezhuang, "越权"))).StatusCode);
        var list = await Json(await editor.GetAsync("/api/v1/documents?state=Draft"));
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetInt32() == otherDraft);

        // An editor drafts and submits in their own unit but cannot review or publish.
        var own = (await Json(await editor.PostAsJsonAsync("/api/v1/documents", Draft(dongcun, "东村街道通知")))).GetProperty("id").GetInt32();
        (await editor.PostAsync($"/api/v1/documents/{own}/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync($"/api/v1/documents/{own}/confidentiality-review", new { opinion = "自审" })).StatusCode);
    }

    [Fact]
    public async Task Body_scripts_and_event_handlers_are_neutralised_on_save()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await Factory.UnitIdAsync("海阳市");
        var body = "<p onclick=\"alert(1)\">正文</p><script>alert(2)</script><img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">链接</a>";

        var saved = await Json(await office.PostAsJsonAsync("/api/v1/documents", Draft(unit, "<script>alert(5)</script>标题", body: body)));

        var html = saved.GetProperty("bodyHtml").GetString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("正文", html);
    }

    [Fact]
    public async Task Index_numbers_are_unique_and_never_reused_even_after_withdrawal()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await Factory.UnitIdAsync("海阳市");
        var first = await PublishAsync(office, Draft(unit, "第一份"));
        (await office.PostAsJsonAsync($"/api/v1/documents/{first}/withdraw", new { reason = "内容有误" })).EnsureSuccessStatusCode();
        var second = await PublishAsync(office, Draft(unit, "第二份"));

        var numbers = await Factory.DbAsync(db => db.Documents.Where(d => d.Id == first || d.Id == second).Select(d => d.IndexNumber!).ToListAsync());
        Assert.Equal(2, numbers.Distinct().Count());
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.CreateClient().GetAsync($"/api/v1/documents/{first}")).StatusCode);
        var withdrawn = await Json(await office.GetAsync($"/api/v1/documents/{first}"));
        Assert.Equal("Withdrawn", withdrawn.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Validity_turns_expired_on_its_date_without_anyone_acting()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await Factory.UnitIdAsync("海阳市");
        var id = await PublishAsync(office, Draft(unit, "临时措施", effectiveTo: "2026-03-10"));
        var anonymous = Factory.CreateClient();

        Assert.Equal("Effective", (await Json(await anonymous.GetAsync($"/api/v1/documents/{id}"))).GetProperty("validity").GetString());
        fx.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero)); // 3-10 23:00 China time: still valid that day
        Assert.Equal("Effective", (await Json(await anonymous.GetAsync($"/api/v1/documents/{id}"))).GetProperty("validity").GetString());
        fx.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 16, 30, 0, TimeSpan.Zero)); // 3-11 00:30 China time
        Assert.Equal("Expired", (await Json(await anonymous.GetAsync($"/api/v1/documents/{id}"))).GetProperty("validity").GetString());

        // The search index learns it from the minute job.
        await using (var scope = Factory.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DocumentService>().RefreshExpiredSearchEntriesAsync() >= 1);
        }

        var expired = await Json(await anonymous.GetAsync("/api/v1/search?validity=" + Uri.EscapeDataString("失效")));
        Assert.Contains(expired.GetProperty("items").EnumerateArray(), i => i.GetProperty("documentId").GetInt32() == id);
    }

    [Fact]
    public async Task A_repealing_document_changes_the_old_ones_validity_and_links_them()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await Factory.UnitIdAsync("海阳市");
        var old = await PublishAsync(office, Draft(unit, "旧办法"));
        var replacement = await PublishAsync(office, Draft(unit, "新办法"));

        var result = await office.PostAsJsonAsync($"/api/v1/documents/{old}/validity", new { validity = "Repealed", on = "2026-03-02", reason = "被新办法废止", byDocumentId = replacement });

        result.EnsureSuccessStatusCode();
        var view = await Json(await Factory.CreateClient().GetAsync($"/api/v1/documents/{old}"));
        Assert.Equal("Repealed", view.GetProperty("validity").GetString());
        Assert.Equal(replacement, view.GetProperty("supersededById").GetInt32());
    }

    [Fact]
    public async Task A_scheduled_document_publishes_when_its_time_comes()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await Factory.UnitIdAsync("海阳市");
        var id = (await Json(await office.PostAsJsonAsync("/api/v1/documents", Draft(unit, "定时发布的通知")))).GetProperty("id").GetInt32();
        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密" })).EnsureSuccessStatusCode();
        var at = fx.Clock.GetUtcNow().UtcDateTime.AddHours(2);
        var scheduled = await Json(await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { publishAt = at }));
        Assert.Equal("Scheduled", scheduled.GetProperty("state").GetString());

        Assert.Equal(0, await RunPublisherAsync());
        fx.Clock.Advance(TimeSpan.FromHours(3));
        Assert.True(await RunPublisherAsync() >= 1);

        var view = await Json(await Factory.CreateClient().GetAsync($"/api/v1/documents/{id}"));
        Assert.Equal("Published", view.GetProperty("state").GetString());
    }

    private async Task<int> RunPublisherAsync()
    {
        await using var scope = Factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<DocumentService>().PublishDueAsync();
    }

    [Fact]
    public async Task The_seed_documents_are_published_by_the_bodies_that_issued_them()
    {
        var seeds = await Json(await Factory.CreateClient().GetAsync("/api/v1/documents?pageSize=100"));
        // A reprint (转载) carries the number of the organ that issued it as its original number, not as a number of the city.
        static string? NumberOf(JsonElement d) => d.GetProperty("documentNumber").GetString()
            ?? (d.GetProperty("reprint") is { ValueKind: JsonValueKind.Object } r ? r.GetProperty("originalNumber").GetString() : null);
        var byNumber = seeds.GetProperty("items").EnumerateArray().Where(d => NumberOf(d)?.Contains("2020", StringComparison.Ordinal) == true).ToDictionary(d => NumberOf(d)!, d => d);

        foreach (var number in new[] { "烟政办发〔2020〕17号", "明政办〔2020〕13号", "海政办发〔2020〕9号", "厦府办〔2020〕67号", "运政办发〔2020〕2号" })
        {
            Assert.True(byNumber.ContainsKey(number), number);
        }

        var haiyang = byNumber["海政办发〔2020〕9号"];
        Assert.Equal("海阳市人民政府办公室关于印发2020年海阳市政务公开工作要点的通知", haiyang.GetProperty("title").GetString());
        Assert.Equal("2020-07-12", haiyang.GetProperty("writtenOn").GetString());
        Assert.Equal(["海阳市人民政府办公室"], haiyang.GetProperty("issuingUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("运城市人民政府办公室关于印发运城市全面推进基层政务公开标准化规范化工作方案的通知", byNumber["运政办发〔2020〕2号"].GetProperty("title").GetString());
        Assert.Equal("运城市人民政府办公室", byNumber["运政办发〔2020〕2号"].GetProperty("reprint").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, byNumber["海政办发〔2020〕9号"].GetProperty("reprint").ValueKind);
    }
}
