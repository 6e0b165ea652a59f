using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Tests.Infrastructure;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.Requests;

/// <summary>
/// Attachments of requests through HTTP: checked by content, limited in size, never public — staff of the unit and the
/// applicant with number and code only — and every upload and removal an event of the case and an audit line.
/// </summary>
public sealed class RequestAttachmentTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    private static byte[] Pdf(int padding = 64) => [.. Encoding.ASCII.GetBytes("%PDF-1.4\n% 授权委托书\n"), .. new byte[padding], .. Encoding.ASCII.GetBytes("\n%%EOF\n")];

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields, params (string Field, string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in fields)
        {
            content.Add(new StringContent(v), k);
        }

        foreach (var (field, name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, field, name);
        }

        return content;
    }

    /// <summary>The form's fields as a browser sends them (checked boxes only), with some replaced, plus files.</summary>
    private static MultipartFormDataContent FormWithFiles(IElement form, Dictionary<string, string> fields, params (string Field, string Name, byte[] Bytes)[] files)
    {
        var values = Browser.FormValues(form, fields);
        return Multipart(values, files);
    }

    private async Task<(int Id, string Number, string Code)> RegisteredAsync(HttpClient staff, string info)
    {
        var created = await RegisterAsync(staff, Person(await F.UnitIdAsync("海阳市"), "2026-03-02", info: info));
        var r = created.GetProperty("request");
        return (r.GetProperty("id").GetInt32(), r.Str("trackingNumber"), created.Str("accessCode"));
    }

    [Fact]
    public async Task An_oversized_attachment_on_the_online_form_is_refused_in_chinese_and_nothing_typed_or_checked_is_lost()
    {
        using var citizen = new Browser(F);
        var page = await citizen.GetDocumentAsync("/s/haiyang/requests/new");
        var form = page.QuerySelector("form[data-testid=request-form]")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var typed = new Dictionary<string, string>
        {
            ["Input.Name"] = "孙丽",
            ["Input.IdNumber"] = "370687198503150027",
            ["Input.Phone"] = "13900000001",
            ["Input.InformationSought"] = "海阳市2025年度城区供暖价格成本监审报告",
        };
        var tooBig = Pdf(10 * 1024 * 1024);
        var refused = await citizen.Client.PostAsync("/s/haiyang/requests/new",
            FormWithFiles(form, typed, ("Files.IdentityCopy", "身份证.png", Png), ("Files.SupportingMaterial", "证明材料.pdf", tooBig)));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await Browser.ParseAsync(refused);
        var error = again.QuerySelector("[data-testid=error-summary]")!.TextContent;
        Assert.Contains("“证明材料.pdf”", error, StringComparison.Ordinal);
        Assert.Contains("超过单个附件 10 MB 的上限", error, StringComparison.Ordinal);
        Assert.Equal("孙丽", again.QuerySelector("[data-testid=request-name]")!.GetAttribute("value"));
        Assert.Equal("海阳市2025年度城区供暖价格成本监审报告", again.QuerySelector("[data-testid=request-info]")!.TextContent);
        // The identity copy passed its checks and is kept: the applicant need not choose it again.
        var kept = Assert.Single(again.QuerySelectorAll("[data-testid=request-kept-file]"));
        Assert.Contains("身份证.png", kept.ParentElement!.TextContent, StringComparison.Ordinal);

        var submitted = await citizen.Client.PostAsync("/s/haiyang/requests/new", FormWithFiles(again.QuerySelector("form[data-testid=request-form]")!, new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var receipt = await citizen.GetDocumentAsync(submitted.Headers.Location!.ToString());
        var number = receipt.QuerySelector("[data-testid=request-number]")!.TextContent.Trim();

        var staff = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        await using var scope = F.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
        var id = await db.Set<Zwgk.Domain.Requests.InformationRequest>().Where(r => r.TrackingNumber == number).Select(r => r.Id).SingleAsync();
        var dto = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}");
        var attachment = Assert.Single(dto.GetProperty("attachments").EnumerateArray());
        Assert.Equal("IdentityCopy", attachment.Str("kind"));
        Assert.True(attachment.GetProperty("byApplicant").GetBoolean());
        Assert.Contains(dto.GetProperty("history").EnumerateArray(), e => e.Str("action") == "AttachmentAdded");
        Assert.Equal(Png, await (await staff.GetAsync(attachment.Str("url"))).Content.ReadAsByteArrayAsync());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "RequestAttachmentAdded" && a.EntityId == id.ToString() && a.Summary.Contains("身份证.png")));
    }

    [Fact]
    public async Task A_file_that_is_not_what_its_name_says_or_not_an_allowed_kind_is_refused()
    {
        var staff = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var (id, _, _) = await RegisteredAsync(staff, "海阳市2025年城市更新项目清单");
        byte[] exe = [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];
        var renamed = await staff.PostAsync($"/api/v1/requests/{id}/attachments", Multipart([new("kind", "IdentityCopy")], ("file", "身份证.pdf", exe)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, renamed.StatusCode);
        Assert.Contains("“身份证.pdf”未能上传", await renamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Spreadsheets are published with documents but are not what a request carries.
        var sheet = await staff.PostAsync($"/api/v1/requests/{id}/attachments", Multipart([], ("file", "清单.xlsx", Attachments.TestFiles.Xlsx(("表", [["a"]])))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sheet.StatusCode);
        Assert.Contains("不允许上传 .xlsx", await sheet.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var dto = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}");
        Assert.Empty(dto.GetProperty("attachments").EnumerateArray());
    }

    [Fact]
    public async Task Only_the_units_handlers_and_the_applicant_with_the_code_can_download_an_attachment()
    {
        var haiyang = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var (id, number, code) = await RegisteredAsync(haiyang, "海阳市2025年政府投资项目审计报告");
        var scan = Pdf();
        var uploaded = await haiyang.PostAsync($"/api/v1/requests/{id}/attachments", Multipart([new("kind", "PowerOfAttorney")], ("file", "授权委托书.pdf", scan)));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var url = $"/api/v1/requests/{id}/attachments/1";

        var mine = await haiyang.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(scan, await mine.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", mine.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", mine.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        var laiyang = await F.AsUserAsync(RequestFixture.LaiyangHandler);
        Assert.Equal(HttpStatusCode.NotFound, (await laiyang.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiyang.PostAsync($"/api/v1/requests/{id}/attachments", Multipart([], ("file", "x.pdf", scan)))).StatusCode);

        var anonymous = F.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.False((await anonymous.GetAsync(url)).IsSuccessStatusCode);
        var wrongCode = await anonymous.PostAsJsonAsync("/api/v1/requests/status/attachments/1", new { trackingNumber = number, accessCode = "ZZZZ2222" });
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);

        var withCode = await anonymous.PostAsJsonAsync("/api/v1/requests/status/attachments/1", new { trackingNumber = number, accessCode = code });
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.Equal(scan, await withCode.Content.ReadAsByteArrayAsync());

        // The tracking page: the link works only in the session opened with the code.
        using var citizen = new Browser(F);
        await citizen.SubmitAsync("/s/haiyang/requests/track", new Dictionary<string, string> { ["TrackingNumber"] = number, ["AccessCode"] = code }, "form[data-testid=track-form]");
        var track = await citizen.GetDocumentAsync("/s/haiyang/requests/track");
        var link = track.QuerySelector("[data-testid=track-attachment]")!.GetAttribute("href")!;
        Assert.Equal(scan, await (await citizen.Client.GetAsync(link)).Content.ReadAsByteArrayAsync());
        using var stranger = new Browser(F);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(link)).StatusCode);

        // Every successful download is on record, with who read the file; the refused ones read nothing.
        await using var scope = F.Scope();
        var downloads = await scope.ServiceProvider.GetRequiredService<ZwgkDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == "RequestAttachmentDownloaded" && e.EntityId == id.ToString()).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(3, downloads.Count);
        Assert.All(downloads, e => Assert.Contains("授权委托书.pdf", e.Summary, StringComparison.Ordinal));
        Assert.NotEqual("申请人", downloads[0].Actor);
        Assert.Equal(["申请人", "申请人"], downloads.Skip(1).Select(e => e.Actor));
    }

    [Fact]
    public async Task An_attachment_missing_from_the_store_is_reported_to_staff_and_applicant_in_chinese_and_logged()
    {
        // The file is removed on purpose, as on an instance that does not share the store: an operator must see the error.
        fx.Factory.ExpectLog("附件文件缺失");
        var haiyang = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var (id, number, code) = await RegisteredAsync(haiyang, "海阳市2025年城市更新项目清单");
        var scan = Pdf(padding: 733); // content of its own: no other test's file is removed
        var uploaded = await haiyang.PostAsync($"/api/v1/requests/{id}/attachments", Multipart([new("kind", "PowerOfAttorney")], ("file", "身份证明.pdf", scan)));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        await using (var scope = F.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<Zwgk.Web.Attachments.AttachmentStore>();
            File.Delete(store.PathFor(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(scan))));
        }

        var staff = await haiyang.GetAsync($"/api/v1/requests/{id}/attachments/1");
        Assert.Equal(HttpStatusCode.InternalServerError, staff.StatusCode);
        Assert.Equal("application/problem+json", staff.Content.Headers.ContentType?.MediaType);
        Assert.Equal(MissingStoredFile.Title, (await staff.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        using var citizen = new Browser(F);
        await citizen.SubmitAsync("/s/haiyang/requests/track", new Dictionary<string, string> { ["TrackingNumber"] = number, ["AccessCode"] = code }, "form[data-testid=track-form]");
        var track = await citizen.GetDocumentAsync("/s/haiyang/requests/track");
        var link = track.QuerySelector("[data-testid=track-attachment]")!.GetAttribute("href")!;
        var page = await citizen.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(MissingStoredFile.Message, html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"主导航\"", html, StringComparison.Ordinal); // the site's navigation is there

        // Nothing was read, so nothing is on record as downloaded.
        await using var check = F.Scope();
        Assert.False(await check.ServiceProvider.GetRequiredService<ZwgkDbContext>().AuditEntries
            .AnyAsync(e => e.Action == "RequestAttachmentDownloaded" && e.EntityId == id.ToString()));
    }

    [Fact]
    public async Task Files_no_record_points_to_are_deleted_after_a_day_and_attached_or_fresh_ones_stay()
    {
        var staff = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var (id, _, _) = await RegisteredAsync(staff, "海阳市2025年老旧小区改造计划");
        var attachedBytes = Pdf(701);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/v1/requests/{id}/attachments", Multipart([new("kind", "IdentityCopy")], ("file", "身份证.pdf", attachedBytes)))).StatusCode);

        await using var scope = F.Scope();
        var store = scope.ServiceProvider.GetRequiredService<Zwgk.Web.Attachments.AttachmentStore>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // What a refused online form stores and nobody sends again, and one stored an hour ago.
        var abandoned = await store.SaveAsync(new MemoryStream(Pdf(702)), "身份证.pdf");
        var fresh = await store.SaveAsync(new MemoryStream(Pdf(703)), "身份证.pdf");
        var attached = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(attachedBytes));
        File.SetLastWriteTimeUtc(store.PathFor(abandoned.Sha256), now.AddDays(-2));
        File.SetLastWriteTimeUtc(store.PathFor(attached), now.AddDays(-30));
        File.SetLastWriteTimeUtc(store.PathFor(fresh.Sha256), now.AddHours(-1));

        var deleted = await scope.ServiceProvider.GetRequiredService<Zwgk.Web.Attachments.OrphanFileSweep>().SweepAsync();

        Assert.True(deleted >= 1);
        Assert.False(store.Exists(abandoned.Sha256));
        Assert.True(store.Exists(fresh.Sha256));
        Assert.True(store.Exists(attached));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/requests/{id}/attachments/1")).StatusCode);

        // Bytes stored again after the sweep looked are fresh again and survive a second sweep.
        File.SetLastWriteTimeUtc(store.PathFor(fresh.Sha256), now.AddDays(-2));
        await store.SaveAsync(new MemoryStream(Pdf(703)), "再次上传.pdf");
        await scope.ServiceProvider.GetRequiredService<Zwgk.Web.Attachments.OrphanFileSweep>().SweepAsync();
        Assert.True(store.Exists(fresh.Sha256));
    }

    [Fact]
    public async Task The_applicant_adds_material_with_the_completed_clarification_and_staff_remove_a_wrong_file_with_a_reason()
    {
        var staff = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var (id, number, code) = await RegisteredAsync(staff, "那个项目的资料");
        await ActAsync(staff, id, "clarify", new { items = "请写明项目名称和年份，并提供身份证明。", deadline = "2026-03-09" });

        using var citizen = new Browser(F);
        await citizen.SubmitAsync("/s/haiyang/requests/track", new Dictionary<string, string> { ["TrackingNumber"] = number, ["AccessCode"] = code }, "form[data-testid=track-form]");
        var track = await citizen.GetDocumentAsync("/s/haiyang/requests/track");
        var clarify = track.QuerySelector("[data-testid=track-clarification] form")!;
        var sent = await citizen.Client.PostAsync(clarify.GetAttribute("action"),
            FormWithFiles(clarify, new Dictionary<string, string> { ["Text"] = "东村街道2025年老旧小区改造项目的资金拨付明细" }, ("Files.SupportingMaterial", "身份证明.png", Png)));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = await citizen.GetDocumentAsync("/s/haiyang/requests/track");
        Assert.Contains("身份证明.png", after.QuerySelector("[data-testid=track-attachments]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("已收到附件", after.QuerySelector("[data-testid=track-history]")!.TextContent, StringComparison.Ordinal);

        var noReason = await staff.DeleteAsync($"/api/v1/requests/{id}/attachments/1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/requests/{id}/attachments/1?reason=" + Uri.EscapeDataString("图片无法辨认，已电话告知申请人重新提交"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/requests/{id}/attachments/1")).StatusCode);
        var dto = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}");
        var removed = Assert.Single(dto.GetProperty("attachments").EnumerateArray());
        Assert.True(removed.GetProperty("removed").GetBoolean());
        Assert.Contains(dto.GetProperty("history").EnumerateArray(), e => e.Str("action") == "AttachmentRemoved" && e.Str("note").Contains("图片无法辨认", StringComparison.Ordinal));
        var gone = await citizen.GetDocumentAsync("/s/haiyang/requests/track");
        Assert.Null(gone.QuerySelector("[data-testid=track-attachment]"));
        await using var scope = F.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "RequestAttachmentRemoved" && a.EntityId == id.ToString() && a.Reason == "图片无法辨认，已电话告知申请人重新提交"));
    }

    [Fact]
    public async Task The_handler_attaches_the_scan_on_the_registration_form_and_on_the_case_page()
    {
        using var handler = new Browser(F);
        await handler.SignInAsync(RequestFixture.HaiyangHandler.User, RequestFixture.HaiyangHandler.Password);
        var page = await handler.GetDocumentAsync("/admin/requests/new");
        var registered = await handler.Client.PostAsync("/admin/requests/new", FormWithFiles(page.QuerySelector("form[data-testid=register-form]")!, new Dictionary<string, string>
        {
            ["Input.Channel"] = "RegisteredPost",
            ["Input.ReceivedOn"] = "2026-02-27",
            ["Input.Name"] = "钱七",
            ["Input.IdNumber"] = "370687199001011232",
            ["Input.Address"] = "海阳市方圆街道2号",
            ["Input.Delivery"] = "Post",
            ["Input.InformationSought"] = "方圆街道2025年道路维修工程合同",
        }, ("Files.PaperScan", "申请书.pdf", Pdf())));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var caseUrl = registered.Headers.Location!.ToString();
        var casePage = await handler.GetDocumentAsync(caseUrl);
        Assert.Contains("申请书扫描件：申请书.pdf", casePage.QuerySelector("[data-testid=case-attachments]")!.TextContent, StringComparison.Ordinal);

        var attach = casePage.QuerySelector("form[data-testid=act-attach]")!;
        var added = await handler.Client.PostAsync(attach.GetAttribute("action"), FormWithFiles(attach, new Dictionary<string, string> { ["FileKind"] = "IdentityCopy" }, ("Files", "身份证.png", Png)));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var refused = await handler.Client.PostAsync(attach.GetAttribute("action"), FormWithFiles(attach, new Dictionary<string, string>(), ("Files", "说明.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"))));
        var refusedPage = await Browser.ParseAsync(refused);
        Assert.Contains("“说明.pdf”未能上传", refusedPage.QuerySelector("[data-testid=case-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, refusedPage.QuerySelectorAll("[data-testid=case-attachment-link]").Length);
    }
}
