using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Tests.Requests;

namespace Zwgk.Web.Tests.Rules;

/// <summary>
/// 备案 (seed 004 §三(一)1): a policy document proposed 依申请公开 or 不予公开 goes to the disclosure office before it is
/// signed off; the office records the filing, which is audited and shown on the document.
/// </summary>
public sealed class DocumentFilingTests(ClockFactory fx) : IClassFixture<ClockFactory>
{
    private ZwgkFactory F => fx.Factory;

    [Fact]
    public async Task A_withheld_policy_document_waits_for_the_offices_filing_before_sign_off()
    {
        var drafter = await F.AsUserAsync(DemoAccounts.CityOffice);
        var unit = await F.UnitIdAsync("海阳市");
        const string Title = "海阳市城乡低保对象家庭经济状况核对办法（内部执行稿）";
        var created = await drafter.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(unit, Title, "Withheld", "ProcessInformation",
            "属于内部研究讨论的过程稿，依据条例第十六条第二款可不予公开。"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await drafter.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();

        var reviewer = await F.AsUserAsync(DemoAccounts.HaiyangReviewer);
        var reviewed = await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密。" });
        Assert.Equal("AwaitingFiling", (await reviewed.Content.ReadFromJsonAsync<JsonElement>()).Str("state"));

        var early = await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("须先送政务公开工作机构备案，才能审签", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A reviewer is not the disclosure office.
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/filing", new { note = "备案" })).StatusCode);

        using (var browser = new Browser(F))
        {
            await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
            var page = await browser.GetDocumentAsync($"/admin/documents/{id}");
            Assert.Equal("待政务公开工作机构备案", page.QuerySelector("[data-testid=doc-state]")!.TextContent);
            Assert.Contains("尚未备案", page.QuerySelector("[data-testid=doc-filing]")!.TextContent, StringComparison.Ordinal);
            var done = await browser.PostFormAsync(page.QuerySelector("[data-testid=action-filing]")!, new Dictionary<string, string> { ["filingNote"] = "理由充分，予以备案。" }, $"/admin/documents/{id}");
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            var after = await browser.GetDocumentAsync($"/admin/documents/{id}");
            Assert.Contains("已送政务公开工作机构备案：office", after.QuerySelector("[data-testid=doc-filing]")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("理由充分，予以备案。", after.QuerySelector("[data-testid=doc-filing]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.True(await F.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "DocumentFilingRecorded" && e.Actor == "office"
            && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var signed = await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { });
        var filed = await signed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Filed", filed.Str("state"));
        Assert.Contains(filed.GetProperty("history").EnumerateArray(), h => h.Str("action") == "FilingRecorded" && h.Str("actor") == "office");
    }

    [Fact]
    public async Task A_proactive_policy_document_and_a_withheld_non_policy_document_need_no_filing()
    {
        var drafter = await F.AsUserAsync(DemoAccounts.CityOffice);
        var reviewer = await F.AsUserAsync(DemoAccounts.HaiyangReviewer);
        var unit = await F.UnitIdAsync("海阳市");
        var proactive = DocumentsApiTests.Draft(unit, "海阳市关于调整城乡低保标准的通知");
        var internalAffairs = new Dictionary<string, object?>
        {
            ["unitId"] = unit, ["title"] = "海阳市人民政府办公室值班安排", ["writtenOn"] = "2026-02-27", ["issuingUnits"] = new[] { "海阳市人民政府办公室" },
            ["genre"] = "通知", ["topics"] = new[] { "综合政务" }, ["statutoryCategory"] = "20.2", ["bodyHtml"] = "<p>值班安排如下。</p>",
            ["attribute"] = "Withheld", ["withholdingReason"] = "InternalAffairs", ["withholdingBasis"] = "属于机关内部管理信息，依据条例第十六条第一款可不予公开。",
        };
        foreach (var draft in new object[] { proactive, internalAffairs })
        {
            var created = await drafter.PostAsJsonAsync("/api/v1/documents", draft);
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            (await drafter.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
            var reviewed = await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密。" });
            Assert.Equal("SignOff", (await reviewed.Content.ReadFromJsonAsync<JsonElement>()).Str("state"));
        }
    }
}
