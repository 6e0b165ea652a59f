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
}
