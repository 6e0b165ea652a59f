using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Zwgk.Web.Tests.Attachments;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

public sealed class DocumentFilesTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", name);
        return content;
    }

    [Fact]
    public async Task An_attachment_is_checked_by_content_counted_on_download_and_refused_to_other_units()
    {
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await factory.UnitIdAsync("海阳市");
        var id = (await (await office.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(unit, "附件测试"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var renamedExe = await office.PostAsync($"/api/v1/documents/{id}/attachments", Upload([0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0], "通知.pdf"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, renamedExe.StatusCode);

        var docx = TestFiles.Docx("海阳市城乡居民最低生活保障标准调整表");
        var uploaded = await office.PostAsync($"/api/v1/documents/{id}/attachments", Upload(docx, "低保标准.docx"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachment = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(attachment.GetProperty("hasText").GetBoolean());
        var url = attachment.GetProperty("url").GetString()!;

        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode); // still a draft
        var editor = await factory.AsUserAsync(DemoAccounts.DongcunEditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"/api/v1/documents/{id}/attachments", Upload(docx, "x.docx"))).StatusCode);

        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密" })).EnsureSuccessStatusCode();
        (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { })).EnsureSuccessStatusCode();

        var download = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(docx, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var listed = await anonymous.GetFromJsonAsync<JsonElement[]>($"/api/v1/documents/{id}/attachments");
        Assert.Equal(1, listed!.Single().GetProperty("downloads").GetInt32());
    }

    [Fact]
    public async Task After_submission_attachments_are_frozen_and_a_published_document_never_gets_an_unreviewed_file()
    {
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var reviewer = await factory.ReviewerAsync();
        var unit = await factory.UnitIdAsync("海阳市");
        var id = (await (await office.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(unit, "附件冻结测试"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var first = await (await office.PostAsync($"/api/v1/documents/{id}/attachments", Upload(TestFiles.Docx("原附件"), "原附件.docx"))).Content.ReadFromJsonAsync<JsonElement>();
        var firstId = first.GetProperty("id").GetInt32();
        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();

        // Under review: neither the editor nor the reviewer changes the files the review is about.
        var inReview = await reviewer.PostAsync($"/api/v1/documents/{id}/attachments", Upload(TestFiles.Docx("新附件"), "新附件.docx"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inReview.StatusCode);
        Assert.Contains("请退回起草人", await inReview.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Returned to the draft, the editor changes them; then it is reviewed again.
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/return", new { reason = "请补充附件。" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsync($"/api/v1/documents/{id}/attachments", Upload(TestFiles.Docx("补充附件"), "补充附件.docx"))).StatusCode);
        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        Assert.True((await factory.ReviewAndSignOffAsync(id)).IsSuccessStatusCode);

        // Published: no upload and no deletion, by the reviewer or anyone; the public keeps seeing the reviewed files only.
        foreach (var client in new[] { reviewer, office })
        {
            var added = await client.PostAsync($"/api/v1/documents/{id}/attachments", Upload(TestFiles.Docx("未经审查的附件"), "未经审查.docx"));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
            Assert.Contains("未经保密审查的文件不得公开", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.DeleteAsync($"/api/v1/documents/{id}/attachments/{firstId}")).StatusCode);
        }

        var listed = await factory.CreateClient().GetFromJsonAsync<JsonElement[]>($"/api/v1/documents/{id}/attachments");
        Assert.Equal(["原附件.docx", "补充附件.docx"], listed!.Select(a => a.GetProperty("fileName").GetString()));

        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.CityOffice.User, DemoAccounts.CityOffice.Password);
        var page = await browser.GetDocumentAsync($"/admin/documents/{id}");
        Assert.Null(page.QuerySelector("[data-testid=attachment-form]"));
        Assert.Null(page.QuerySelector($"[data-testid=attachment-remove-{firstId}]"));
        Assert.Contains("未经保密审查的文件不得公开", page.QuerySelector("[data-testid=attachments-frozen]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_changes_text_and_files_only_at_its_sign_off_and_its_preparer_cannot_pass_it()
    {
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var reviewer = await factory.ReviewerAsync();
        var anonymous = factory.CreateClient();
        var unit = await factory.UnitIdAsync("海阳市");
        var draft = DocumentsApiTests.Draft(unit, "更正附件测试");
        var id = (await (await office.PostAsJsonAsync("/api/v1/documents", draft)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var oldFile = (await (await office.PostAsync($"/api/v1/documents/{id}/attachments", Upload(TestFiles.Docx("原附件"), "原附件.docx"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        Assert.True((await factory.ReviewAndSignOffAsync(id)).IsSuccessStatusCode);

        // Without a correction under way, a published document's files stay as reviewed.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await office.PostAsync($"/api/v1/documents/{id}/attachments", Upload(TestFiles.Docx("x"), "x.docx"))).StatusCode);

        // The editor prepares a correction: new text, a new file, the old file marked for removal. None of it is public.
        var corrected = await office.PostAsJsonAsync($"/api/v1/documents/{id}/correct", new { content = DocumentsApiTests.Draft(unit, "更正附件测试（更正）"), reason = "更换附件。" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var added = await office.PostAsync($"/api/v1/documents/{id}/attachments", Upload(TestFiles.Docx("更正后的附件"), "更正后附件.docx"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var newFile = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"/api/v1/documents/{id}/attachments/{oldFile}")).StatusCode);

        async Task<string[]> PublicFilesAsync() =>
            (await anonymous.GetFromJsonAsync<JsonElement[]>($"/api/v1/documents/{id}/attachments"))!.Select(a => a.GetProperty("fileName").GetString()!).ToArray();
        async Task<string> PublicTitleAsync() =>
            (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}")).GetProperty("title").GetString()!;

        Assert.Equal(["原附件.docx"], await PublicFilesAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/doc/{id}/files/{newFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/doc/{id}/files/{oldFile}")).StatusCode);
        Assert.Equal("更正附件测试", await PublicTitleAsync());

        // Submitted: the files are frozen again; the preparer cannot pass the review; a reviewer returns it.
        (await office.PostAsync($"/api/v1/documents/{id}/correction/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await office.PostAsync($"/api/v1/documents/{id}/attachments", Upload(TestFiles.Docx("y"), "y.docx"))).StatusCode);
        Assert.False((await office.PostAsJsonAsync($"/api/v1/documents/{id}/correction/confidentiality-review", new { opinion = "不涉密。" })).IsSuccessStatusCode);
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/correction/return", new { reason = "更正理由请写具体。" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/documents/{id}/correct", new { content = DocumentsApiTests.Draft(unit, "更正附件测试（更正）"), reason = "原附件数据有误，更换为更正后的附件。" })).StatusCode);
        (await office.PostAsync($"/api/v1/documents/{id}/correction/submit", null)).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/correction/confidentiality-review", new { opinion = "不涉密，同意。" })).EnsureSuccessStatusCode();

        // The preparer cannot sign it off; until sign-off the public sees the published version.
        Assert.False((await office.PostAsJsonAsync($"/api/v1/documents/{id}/correction/sign-off", new { })).IsSuccessStatusCode);
        Assert.Equal("更正附件测试", await PublicTitleAsync());
        Assert.Equal(["原附件.docx"], await PublicFilesAsync());

        var signed = await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/correction/sign-off", new { });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(2, (await signed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("currentVersion").GetInt32());
        Assert.Equal("更正附件测试（更正）", await PublicTitleAsync());
        Assert.Equal(["更正后附件.docx"], await PublicFilesAsync());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/doc/{id}/files/{newFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/doc/{id}/files/{oldFile}")).StatusCode);

        // Every step is in the audit trail.
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var actions = await factory.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEntries.Where(e => e.EntityType == "Document" && e.EntityId == key).Select(e => e.Action)));
        foreach (var action in new[] { "CorrectionPrepared", "CorrectionAttachmentAdded", "CorrectionAttachmentRemoved", "CorrectionSubmitted", "CorrectionReturned", "CorrectionReviewed", "DocumentCorrected" })
        {
            Assert.Contains(action, actions);
        }
    }
}
