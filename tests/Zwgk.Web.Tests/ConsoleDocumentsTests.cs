using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Tests.Infrastructure;
using Document = Zwgk.Domain.Documents.Document;

namespace Zwgk.Web.Tests;

/// <summary>The console's document pages, driven as a browser without JavaScript would.</summary>
public sealed class ConsoleDocumentsTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private const string FormSelector = "[data-testid=document-form]";

    private static readonly string[] Issuers = ["海阳市人民政府办公室"];

    private static readonly string[] Topics = ["综合政务"];

    private static bool IsRefused(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString().Contains("/admin/denied", StringComparison.Ordinal));

    private static Dictionary<string, string> DraftFields(string title, string body = "第一段正文。\n第二段正文。") => new()
    {
        ["Input.Title"] = title,
        ["Input.Genre"] = "通知",
        ["Input.Topics"] = "综合政务",
        ["Input.Body"] = body,
    };

    [Fact]
    public async Task A_draft_filed_under_another_units_catalog_item_is_saved_and_the_editor_is_told_the_filing_failed()
    {
        // 方圆街道's published catalog is demo data; the editor works for 东村街道.
        var street = await factory.UnitIdAsync("方圆街道");
        var foreignItem = await factory.DbAsync(db => db.Set<Zwgk.Domain.Catalogs.CatalogItem>()
            .Join(db.Set<Zwgk.Domain.Catalogs.StandardCatalog>().Where(c => c.UnitId == street), i => i.CatalogId, c => c.Id, (i, c) => i.Key)
            .OrderBy(k => k).FirstAsync());
        using var editor = await SignedInAsync(DemoAccounts.DongcunEditor);
        var title = "关于归入他单位目录事项的测试通知";

        var saved = await editor.SubmitAsync("/admin/documents/new", new Dictionary<string, string>(DraftFields(title))
        {
            ["Input.CatalogItemKeys"] = foreignItem.ToString(),
            ["then"] = "draft",
        }, FormSelector);
        var page = await editor.GetDocumentAsync($"/admin/documents/{IdFrom(saved)}");

        Assert.NotNull(await FindAsync(title));
        Assert.Contains("未能归入标准目录事项：只能归入本单位标准目录中的事项。", page.QuerySelector("p.flash")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<Browser> SignedInAsync((string User, string Password) account)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(account.User, account.Password);
        return browser;
    }

    private Task<Document?> FindAsync(string title) =>
        factory.DbAsync(db => db.Documents.AsNoTracking().Include(d => d.Events).SingleOrDefaultAsync(d => d.Title == title));

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/admin/documents/", location, StringComparison.Ordinal);
        return int.Parse(location["/admin/documents/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Posts the detail page's form for one step (e.g. "review") with the given fields.</summary>
    private static async Task<HttpResponseMessage> StepAsync(Browser browser, int id, string action, Dictionary<string, string> fields)
    {
        var page = await browser.GetDocumentAsync($"/admin/documents/{id}");
        var form = page.QuerySelector($"[data-testid=action-{action}]") ?? throw new InvalidOperationException($"没有“{action}”表单");
        return await browser.PostFormAsync(form, fields, $"/admin/documents/{id}");
    }

    private static string Alert(IDocument page) => page.QuerySelector("[role=alert]")?.TextContent ?? "";

    /// <summary>Creates a draft through the API, as an integrator would, and returns its id.</summary>
    private static async Task<int> CreateByApiAsync(HttpClient api, int unitId, string title, string attribute = "Proactive")
    {
        var response = await api.PostAsJsonAsync("/api/v1/documents", new
        {
            unitId,
            title,
            writtenOn = "2026-11-20",
            issuingUnits = Issuers,
            genre = "通知",
            topics = Topics,
            bodyHtml = "<p>正文。</p>",
            attribute,
            withholdingReason = attribute == "Proactive" ? null : "ProcessInformation",
            withholdingBasis = attribute == "Proactive" ? null : "属于过程性信息，依据条例第十六条第二款不主动公开。",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task An_editor_must_give_the_reason_and_basis_for_withholding_and_cannot_review()
    {
        using var editor = await SignedInAsync(DemoAccounts.DongcunEditor);
        var title = "东村街道关于内部考勤管理的通知";

        // 依申请公开 without a ground or written basis: refused with the rule, nothing saved or submitted.
        var refused = await editor.SubmitAsync("/admin/documents/new", new Dictionary<string, string>(DraftFields(title))
        {
            ["Input.Attribute"] = "OnRequest",
            ["then"] = "submit",
        }, FormSelector);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        Assert.Contains("法定事由", Alert(page), StringComparison.Ordinal);
        Assert.Contains("书面依据", Alert(page), StringComparison.Ordinal);
        Assert.Equal(title, page.QuerySelector("[data-testid=doc-title]")!.GetAttribute("value"));
        Assert.Null(await FindAsync(title));

        // With the ground and the basis the draft is saved.
        var saved = await editor.SubmitAsync("/admin/documents/new", new Dictionary<string, string>(DraftFields(title))
        {
            ["Input.Attribute"] = "OnRequest",
            ["Input.WithholdingReason"] = "InternalAffairs",
            ["Input.WithholdingBasis"] = "属于内部人事管理信息，依据条例第十六条第一款不主动公开。",
            ["then"] = "draft",
        }, FormSelector);
        var id = IdFrom(saved);
        var draft = await FindAsync(title);
        Assert.Equal(DocumentState.Draft, draft!.State);
        Assert.Equal(DisclosureAttribute.OnRequest, draft.Attribute);
        Assert.Equal(WithholdingReason.InternalAffairs, draft.WithholdingReason);
        Assert.Equal("<p>第一段正文。</p><p>第二段正文。</p>", draft.BodyHtml);

        // The editor submits from the detail page.
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(editor, id, "submit", [])).StatusCode);
        Assert.Equal(DocumentState.ConfidentialityReview, (await FindAsync(title))!.State);

        // No review form for the editor, and posting the review step anyway is refused.
        var details = await editor.GetDocumentAsync($"/admin/documents/{id}");
        Assert.Null(details.QuerySelector("[data-testid=action-review]"));
        Assert.Null(details.QuerySelector("[data-testid=action-return]"));
        Assert.NotNull(details.QuerySelector("[data-testid=no-actions]"));
        var anyForm = (await editor.GetDocumentAsync("/admin/documents/new")).QuerySelector(FormSelector)!;
        var token = anyForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await editor.Client.PostAsync($"/admin/documents/{id}?handler=Review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["opinion"] = "同意。",
        }));
        Assert.True(IsRefused(forged));
        Assert.Equal(DocumentState.ConfidentialityReview, (await FindAsync(title))!.State);
    }

    [Fact]
    public async Task A_reviewer_passes_the_review_with_an_opinion_and_signs_off_to_publish()
    {
        using var editor = await SignedInAsync(DemoAccounts.DongcunEditor);
        var title = "东村街道关于开展冬季消防安全检查的通知";
        var saved = await editor.SubmitAsync("/admin/documents/new", new Dictionary<string, string>(DraftFields(title)) { ["then"] = "submit" }, FormSelector);
        var id = IdFrom(saved);
        Assert.Equal(DocumentState.ConfidentialityReview, (await FindAsync(title))!.State);

        using var reviewer = await SignedInAsync(DemoAccounts.HaiyangReviewer);
        var queue = await reviewer.GetDocumentAsync("/admin/documents/review");
        Assert.NotNull(queue.QuerySelector($"[data-testid=document-row-{id}]"));

        // The opinion is required.
        var noOpinion = await StepAsync(reviewer, id, "review", new() { ["opinion"] = " " });
        Assert.Equal(HttpStatusCode.OK, noOpinion.StatusCode);
        Assert.Contains("保密审查意见", Alert(await Browser.ParseAsync(noOpinion)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(reviewer, id, "review", new() { ["opinion"] = "不涉密，同意公开。" })).StatusCode);
        var reviewed = await FindAsync(title);
        Assert.Equal(DocumentState.SignOff, reviewed!.State);
        Assert.Equal("reviewer", reviewed.ConfidentialityReviewer);
        Assert.Equal("不涉密，同意公开。", reviewed.ConfidentialityOpinion);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(reviewer, id, "signoff", [])).StatusCode);
        var published = await FindAsync(title);
        Assert.Equal(DocumentState.Published, published!.State);
        Assert.False(string.IsNullOrEmpty(published.IndexNumber));

        var details = await reviewer.GetDocumentAsync($"/admin/documents/{id}");
        Assert.Equal(published.IndexNumber, details.QuerySelector("[data-testid=doc-index]")!.TextContent);
        var history = details.QuerySelector("[data-testid=doc-history]")!.TextContent;
        Assert.Contains("保密审查通过", history, StringComparison.Ordinal);
        Assert.Contains("待审签 → 已发布", history, StringComparison.Ordinal);

        // In the list it is published on time; filtered by text it is found.
        var list = await editor.GetDocumentAsync($"/admin/documents?state=Published&q={Uri.EscapeDataString("冬季消防")}");
        Assert.Equal("按时", list.QuerySelector($"[data-testid=document-timeliness-{id}]")!.TextContent);
        Assert.NotNull(list.QuerySelector("[data-testid=document-new]"));
        Assert.Null(list.QuerySelector("[data-testid=document-review-queue]"));
    }

    [Fact]
    public async Task An_editor_of_one_township_cannot_open_a_draft_of_another()
    {
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var liugezhuang = await factory.UnitIdAsync("留格庄镇");
        var id = await CreateByApiAsync(office, liugezhuang, "留格庄镇关于农田水利设施维护的通知");

        using var editor = await SignedInAsync(DemoAccounts.DongcunEditor);
        Assert.True(IsRefused(await editor.Client.GetAsync($"/admin/documents/{id}")));
        Assert.True(IsRefused(await editor.Client.GetAsync($"/admin/documents/{id}/edit")));
        var list = await editor.GetDocumentAsync("/admin/documents");
        Assert.Null(list.QuerySelector($"[data-testid=document-row-{id}]"));

        using var officeBrowser = await SignedInAsync(DemoAccounts.HaiyangOffice);
        Assert.NotNull((await officeBrowser.GetDocumentAsync("/admin/documents")).QuerySelector($"[data-testid=document-row-{id}]"));
        Assert.Equal(HttpStatusCode.OK, (await officeBrowser.Client.GetAsync($"/admin/documents/{id}/edit")).StatusCode);
    }

    [Fact]
    public async Task Flagged_wording_needs_a_recorded_reason_at_sign_off()
    {
        using var office = await SignedInAsync(DemoAccounts.HaiyangOffice);
        const string term = "再接再励";

        // Maintain the list: remove the shipped entry if present, then add it back.
        var rules = await office.GetDocumentAsync("/admin/wording");
        var existing = rules.QuerySelectorAll("[data-testid^=wording-term-]").FirstOrDefault(e => e.TextContent == term);
        if (existing is not null)
        {
            var ruleId = existing.GetAttribute("data-testid")!["wording-term-".Length..];
            var form = rules.QuerySelector($"[data-testid=wording-delete-{ruleId}]")!;
            Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync(form, new Dictionary<string, string>(), "/admin/wording")).StatusCode);
            Assert.False(await factory.DbAsync(db => db.WordingRules.AnyAsync(r => r.Term == term)));
        }

        var added = await office.SubmitAsync("/admin/wording", new Dictionary<string, string>
        {
            ["Input.Term"] = term,
            ["Input.Suggestion"] = "再接再厉",
        }, "[data-testid=wording-form]");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(await factory.DbAsync(db => db.WordingRules.AnyAsync(r => r.Term == term)));
        Assert.True(await factory.DbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "WordingRuleRecord" && e.Actor == "office" && e.Summary.Contains(term))));
        var duplicate = await office.SubmitAsync("/admin/wording", new Dictionary<string, string> { ["Input.Term"] = term }, "[data-testid=wording-form]");
        Assert.Contains("已在列表中", Alert(await Browser.ParseAsync(duplicate)), StringComparison.Ordinal);

        // A draft with the expression goes through review, but sign-off needs a reason to go ahead.
        var title = "海阳市关于表彰先进集体的通报";
        var id = IdFrom(await office.SubmitAsync("/admin/documents/new",
            new Dictionary<string, string>(DraftFields(title, $"希望受表彰的集体{term}，再创佳绩。")) { ["then"] = "submit" }, FormSelector));
        // 职责分离: another person reviews and signs off what the office drafted.
        using var city = await SignedInAsync(DemoAccounts.CityOffice);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(city, id, "review", new() { ["opinion"] = "同意公开。" })).StatusCode);

        var details = await city.GetDocumentAsync($"/admin/documents/{id}");
        Assert.Contains(term, details.QuerySelector("[data-testid=doc-findings]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector("[data-testid=signoff-override]"));

        var refused = await StepAsync(city, id, "signoff", new() { ["overrideReason"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("错敏表述", Alert(await Browser.ParseAsync(refused)), StringComparison.Ordinal);
        Assert.Equal(DocumentState.SignOff, (await FindAsync(title))!.State);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(city, id, "signoff", new() { ["overrideReason"] = "引用原话，照录。" })).StatusCode);
        var published = await FindAsync(title);
        Assert.Equal(DocumentState.Published, published!.State);
        Assert.Equal("引用原话，照录。", published.WordingOverrideReason);
    }

    [Fact]
    public async Task The_yearly_review_turns_a_filed_document_proactive()
    {
        var api = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var haiyang = await factory.UnitIdAsync("海阳市");
        var title = "海阳市关于征求城区道路改造意见的函";
        var id = await CreateByApiAsync(api, haiyang, title, "OnRequest");
        (await api.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密。" })).EnsureSuccessStatusCode();
        (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { })).EnsureSuccessStatusCode();
        Assert.Equal(DocumentState.Filed, (await FindAsync(title))!.State);

        using var reviewer = await SignedInAsync(DemoAccounts.HaiyangReviewer);
        var page = await reviewer.GetDocumentAsync("/admin/documents/review-yearly");
        var row = page.QuerySelector($"[data-testid=yearly-row-{id}]")!;
        Assert.Contains("属于四类过程性信息", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("第十六条第二款", row.TextContent, StringComparison.Ordinal);

        var noReason = await reviewer.PostFormAsync(row.QuerySelector("form")!, new Dictionary<string, string> { ["reason"] = "" }, "/admin/documents/review-yearly");
        Assert.Contains("须填写理由", Alert(await Browser.ParseAsync(noReason)), StringComparison.Ordinal);

        var converted = await reviewer.PostFormAsync(row.QuerySelector("form")!, new Dictionary<string, string> { ["reason"] = "道路改造已定案，申请较多，转为主动公开。" }, "/admin/documents/review-yearly");
        Assert.Equal(HttpStatusCode.Redirect, converted.StatusCode);
        var document = await FindAsync(title);
        Assert.Equal(DocumentState.Published, document!.State);
        Assert.Equal(DisclosureAttribute.Proactive, document.Attribute);
        Assert.False(string.IsNullOrEmpty(document.IndexNumber));
        Assert.Null((await reviewer.GetDocumentAsync("/admin/documents/review-yearly")).QuerySelector($"[data-testid=yearly-row-{id}]"));
    }

    [Fact]
    public async Task Text_import_fills_the_form_without_saving()
    {
        using var editor = await SignedInAsync(DemoAccounts.DongcunEditor);
        const string text = "海阳市东村街道办事处\n东街办发〔2026〕12号\n关于做好冬季供暖保障工作的通知\n各社区居民委员会：\n为做好今冬供暖保障，现将有关事项通知如下。\n一、加强巡查。\n海阳市东村街道办事处\n2026年11月20日\n（此件公开发布）";
        var before = await factory.DbAsync(db => db.Documents.CountAsync());

        var response = await editor.SubmitAsync("/admin/documents/new", new Dictionary<string, string> { ["importText"] = text }, "[data-testid=import-form]");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("[data-testid=import-notice]"));
        var form = page.QuerySelector(FormSelector)!;
        Assert.Contains("关于做好冬季供暖保障工作的通知", form.QuerySelector("[data-testid=doc-title]")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal("东街办发〔2026〕12号", form.QuerySelector("[data-testid=doc-number]")!.GetAttribute("value"));
        Assert.Equal("2026-11-20", form.QuerySelector("[data-testid=doc-written-on]")!.GetAttribute("value"));
        Assert.Contains("一、加强巡查。", form.QuerySelector("[data-testid=doc-body]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await factory.DbAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task Scheduled_sign_off_correction_and_validity_run_from_the_detail_page()
    {
        var api = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var haiyang = await factory.UnitIdAsync("海阳市");
        var oldTitle = "海阳市关于印发城区停车管理办法的通知";
        var newTitle = "海阳市关于印发城区停车管理办法（修订）的通知";
        var oldId = await CreateByApiAsync(api, haiyang, oldTitle);
        var newId = await CreateByApiAsync(api, haiyang, newTitle);
        foreach (var id in new[] { oldId, newId })
        {
            (await api.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
            (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密。" })).EnsureSuccessStatusCode();
        }

        // 职责分离: the drafter (office) does not sign off; the city's office does.
        using var office = await SignedInAsync(DemoAccounts.CityOffice);

        // 定时发布: the form's time is China time and is stored in UTC.
        var chinaTomorrow = Zwgk.Domain.Calendar.ChinaTime.FromUtc(DateTime.UtcNow.AddDays(1));
        var local = chinaTomorrow.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, newId, "signoff", new() { ["publishAt"] = local })).StatusCode);
        var scheduled = await FindAsync(newTitle);
        Assert.Equal(DocumentState.Scheduled, scheduled!.State);
        var expected = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture).AddHours(-8);
        Assert.Equal(expected, scheduled.ScheduledFor);

        // Returned from the schedule, then published at once.
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, newId, "return", new() { ["reason"] = "改为立即发布。" })).StatusCode);
        Assert.Equal(DocumentState.Draft, (await FindAsync(newTitle))!.State);
        (await api.PostAsync($"/api/v1/documents/{newId}/submit", null)).EnsureSuccessStatusCode();
        (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{newId}/confidentiality-review", new { opinion = "不涉密。" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, newId, "signoff", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, oldId, "signoff", [])).StatusCode);

        // 更正 needs a reason; the saved correction is not public: the published text stays until it is reviewed and signed off.
        using var drafter = await SignedInAsync(DemoAccounts.HaiyangOffice);
        var noReason = await drafter.SubmitAsync($"/admin/documents/{oldId}/correct", new Dictionary<string, string> { ["Input.Body"] = "更正后的正文。" }, "[data-testid=correct-form]");
        Assert.Contains("更正须填写理由", Alert(await Browser.ParseAsync(noReason)), StringComparison.Ordinal);
        var corrected = await drafter.SubmitAsync($"/admin/documents/{oldId}/correct", new Dictionary<string, string>
        {
            ["Input.Body"] = "更正后的正文。",
            ["Reason"] = "正文有错字。",
        }, "[data-testid=correct-form]");
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var old = await FindAsync(oldTitle);
        Assert.Equal(1, old!.CurrentVersion);
        Assert.NotEqual("<p>更正后的正文。</p>", old.BodyHtml);
        Assert.Equal(CorrectionState.Draft, old.Correction);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(drafter, oldId, "correction-submit", [])).StatusCode);

        // The preparer is offered no review; the city's office returns it, then passes it after a resubmission.
        Assert.Null((await drafter.GetDocumentAsync($"/admin/documents/{oldId}")).QuerySelector("[data-testid=action-correction-review]"));
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, oldId, "correction-return", new() { ["reason"] = "请核对全文。" })).StatusCode);
        Assert.Equal(CorrectionState.Draft, (await FindAsync(oldTitle))!.Correction);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(drafter, oldId, "correction-submit", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, oldId, "correction-review", new() { ["opinion"] = "不涉密。" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, oldId, "correction-signoff", [])).StatusCode);
        old = await FindAsync(oldTitle);
        Assert.Equal(2, old!.CurrentVersion);
        Assert.Equal("<p>更正后的正文。</p>", old.BodyHtml);
        Assert.Null(old.Correction);

        // A flagged expression in a correction is shown on its form and needs a reason at its sign-off.
        var flagged = await drafter.SubmitAsync($"/admin/documents/{oldId}/correct", new Dictionary<string, string>
        {
            ["Input.Body"] = "根据环境保护部有关规定执行。",
            ["Reason"] = "补充依据。",
        }, "[data-testid=correct-form]");
        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        Assert.Contains("生态环境部", (await drafter.GetDocumentAsync($"/admin/documents/{oldId}/correct")).QuerySelector("[data-testid=doc-findings]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(drafter, oldId, "correction-submit", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, oldId, "correction-review", new() { ["opinion"] = "不涉密。" })).StatusCode);
        var refused = await StepAsync(office, oldId, "correction-signoff", []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("疑似错敏表述", Alert(await Browser.ParseAsync(refused)), StringComparison.Ordinal);
        Assert.Equal(2, (await FindAsync(oldTitle))!.CurrentVersion);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, oldId, "correction-signoff", new() { ["overrideReason"] = "转述原文件时的机构名称" })).StatusCode);
        var third = await FindAsync(oldTitle);
        Assert.Equal(3, third!.CurrentVersion);
        Assert.Contains(third.Events, e => e.Action == "Corrected" && e.Note != null && e.Note.Contains("转述原文件时的机构名称", StringComparison.Ordinal));

        // 有效性: the old one is repealed by the new one.
        var repealed = await StepAsync(office, oldId, "validity", new()
        {
            ["validity"] = "Repealed",
            ["on"] = "2026-11-20",
            ["reason"] = "已被修订后的办法废止。",
            ["byDocumentId"] = newId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, repealed.StatusCode);
        old = await FindAsync(oldTitle);
        Assert.Equal(Validity.Repealed, old!.DeclaredValidity);
        Assert.Equal(newId, old.SupersededById);
        var details = await office.GetDocumentAsync($"/admin/documents/{oldId}");
        Assert.Contains("废止", details.QuerySelector("[data-testid=doc-validity]")!.TextContent, StringComparison.Ordinal);
    }
}
