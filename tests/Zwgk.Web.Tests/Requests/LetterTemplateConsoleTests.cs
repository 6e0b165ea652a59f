using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Requests.Letters;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Requests;

/// <summary>Per-unit letter templates in the console: edit, preview, validation, reset, permissions, and their use by ILetterService.</summary>
public sealed class LetterTemplateConsoleTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private const string Form = "[data-testid=template-form]";
    private static readonly (string User, string Password) Handler = ("handler", "Zwgk2026Handler");

    private static bool IsRefused(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Forbidden
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString().Contains("/admin/denied", StringComparison.Ordinal));

    private async Task<Browser> SignedInAsync((string User, string Password) account)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(account.User, account.Password);
        return browser;
    }

    private static string EditUrl(int unit, string key) => $"/admin/requests/letters/edit?unit={unit}&key={key}";

    /// <summary>Submits the template form with one of its buttons (Save, Preview, Docx, Reset).</summary>
    private static async Task<HttpResponseMessage> PressAsync(Browser browser, string url, string handler, Dictionary<string, string> fields)
    {
        var page = await browser.GetDocumentAsync(url);
        var form = page.QuerySelector(Form)!;
        form.SetAttribute("action", $"/admin/requests/letters/edit?handler={handler}");
        return await browser.PostFormAsync(form, fields, url);
    }

    private async Task<GeneratedLetter> RenderAsync(int unit, LetterKind kind, RequestOutcome? outcome = null)
    {
        await using var scope = factory.Scope();
        var letters = scope.ServiceProvider.GetRequiredService<ILetterService>();
        var key = LetterTemplateKey.For(kind, outcome);
        return await letters.RenderAsync(unit, kind, outcome, LetterCases.For(key) with { AgencyName = "测试机关" }, CancellationToken.None);
    }

    [Fact]
    public async Task A_units_edited_text_overrides_the_default_for_that_unit_only()
    {
        var haiyang = await factory.UnitIdAsync("海阳市");
        var dongcun = await factory.UnitIdAsync("东村街道");
        using var browser = await SignedInAsync(Handler);
        var body = "{{申请人}}：\n您于{{收到申请日期}}提出的申请（{{申请编号}}）内容不明确，请于{{补正期限}}前补正：{{补正事项}}。\n本机关咨询电话：0535-3220000。";

        var saved = await PressAsync(browser, EditUrl(haiyang, "ClarificationNotice"), "Save",
            new() { ["Input.Title"] = "海阳市政府信息公开申请补正通知", ["Input.Body"] = body });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var own = await RenderAsync(haiyang, LetterKind.ClarificationNotice);
        Assert.Equal("海阳市政府信息公开申请补正通知", own.Title);
        Assert.Contains("请于2026年3月19日前补正：所需信息的具体项目名称、年度或者文号。", own.PlainText, StringComparison.Ordinal);
        Assert.Contains("本机关咨询电话：0535-3220000。", own.PlainText, StringComparison.Ordinal);
        var child = await RenderAsync(dongcun, LetterKind.ClarificationNotice);
        Assert.Equal("政府信息公开申请补正告知书", child.Title); // a subordinate unit keeps the default
        var reply = await RenderAsync(haiyang, LetterKind.Reply, RequestOutcome.Disclosed);
        Assert.Equal("关于政府信息公开申请的答复", reply.Title); // other texts of the unit are untouched

        var list = await browser.GetDocumentAsync($"/admin/requests/letters?unit={haiyang}");
        Assert.Contains("本单位文本", list.QuerySelector("[data-testid=letter-ClarificationNotice]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("默认文本", list.QuerySelector("[data-testid=letter-FeeNotice]")!.TextContent, StringComparison.Ordinal);
        var audited = await factory.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "LetterTemplateSaved" && a.UnitId == haiyang && a.Actor == "handler"));
        Assert.True(audited);

        var reset = await PressAsync(browser, EditUrl(haiyang, "ClarificationNotice"), "Reset", []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("政府信息公开申请补正告知书", (await RenderAsync(haiyang, LetterKind.ClarificationNotice)).Title);
    }

    [Fact]
    public async Task Unknown_placeholders_are_refused_and_the_typed_text_is_kept()
    {
        var unit = await factory.UnitIdAsync("方圆街道");
        using var browser = await SignedInAsync(DemoAccounts.HaiyangOffice);
        var body = "{{申请人}}：\n经审查，予以公开。经办人：{{经办人}}\n{{救济途径}}";

        var response = await PressAsync(browser, EditUrl(unit, "Reply.Disclosed"), "Save", new() { ["Input.Title"] = "答复", ["Input.Body"] = body });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("未知的占位符“{{经办人}}”", page.QuerySelector("[data-testid=template-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(body, page.QuerySelector("[data-testid=template-body]")!.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.False(await factory.DbAsync(db => db.Set<LetterTemplateRecord>().AnyAsync(t => t.UnitId == unit)));
    }

    [Fact]
    public async Task A_reply_without_the_remedy_notice_cannot_be_saved()
    {
        var unit = await factory.UnitIdAsync("留格庄镇");
        using var browser = await SignedInAsync(Handler);

        var response = await PressAsync(browser, EditUrl(unit, "Reply.NotProcessedRepeatRequest"), "Save",
            new() { ["Input.Title"] = "答复", ["Input.Body"] = "{{申请人}}：\n不予重复处理。" });

        var page = await Browser.ParseAsync(response);
        Assert.Contains("救济途径", page.QuerySelector("[data-testid=template-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.DbAsync(db => db.Set<LetterTemplateRecord>().AnyAsync(t => t.UnitId == unit)));
    }

    [Fact]
    public async Task Preview_fills_the_typed_text_with_a_sample_case_without_saving_and_the_sample_docx_validates()
    {
        var unit = await factory.UnitIdAsync("海阳市");
        using var browser = await SignedInAsync(Handler);
        var url = EditUrl(unit, "ExtensionNotice");
        var fields = new Dictionary<string, string> { ["Input.Title"] = "延期答复告知书（试行）", ["Input.Body"] = "{{申请人}}：\n因{{延期理由}}，答复期限延长至{{延长后期限}}。" };

        var preview = await Browser.ParseAsync(await PressAsync(browser, url, "Preview", fields));

        var text = preview.QuerySelector("[data-testid=template-preview-text] pre")!.TextContent;
        Assert.StartsWith("延期答复告知书（试行）\n申请编号：YSQ-", text, StringComparison.Ordinal);
        Assert.Contains("王某某：\n因所申请信息涉及多个部门、需要调取历年档案，答复期限延长至", text, StringComparison.Ordinal);
        Assert.Contains("海阳市人民政府\n", text, StringComparison.Ordinal);
        Assert.Equal("延期答复告知书（试行）", preview.QuerySelector("[data-testid=template-title]")!.GetAttribute("value"));
        Assert.Equal("默认文本", preview.QuerySelector("[data-testid=template-state]")!.TextContent);

        var docx = await PressAsync(browser, url, "Docx", fields);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.StartsWith("延期答复告知书（试行）", doc.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_editing_needs_request_handling_on_the_unit()
    {
        var laiyang = await factory.UnitIdAsync("莱阳市");
        var dongcun = await factory.UnitIdAsync("东村街道");
        using var handler = await SignedInAsync(Handler);
        using var editor = await SignedInAsync(DemoAccounts.DongcunEditor);

        Assert.True(IsRefused(await handler.Client.GetAsync(EditUrl(laiyang, "FeeNotice"))));
        Assert.True(IsRefused(await handler.Client.GetAsync($"/admin/requests/letters?unit={laiyang}")));
        Assert.True(IsRefused(await editor.Client.GetAsync(EditUrl(dongcun, "FeeNotice"))));
        Assert.True(IsRefused(await editor.Client.GetAsync($"/admin/requests/letters?unit={dongcun}")));
        Assert.Equal(HttpStatusCode.NotFound, (await handler.Client.GetAsync(EditUrl(dongcun, "NoSuchLetter"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.Client.GetAsync(EditUrl(999999, "FeeNotice"))).StatusCode);

        // A forged post for a unit outside the subtree changes nothing.
        var page = await handler.GetDocumentAsync(EditUrl(dongcun, "FeeNotice"));
        var form = page.QuerySelector(Form)!;
        form.SetAttribute("action", "/admin/requests/letters/edit?handler=Save");
        var forged = await handler.PostFormAsync(form, new Dictionary<string, string> { ["unit"] = laiyang.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Title"] = "篡改" }, EditUrl(dongcun, "FeeNotice"));
        Assert.True(IsRefused(forged));
        Assert.False(await factory.DbAsync(db => db.Set<LetterTemplateRecord>().AnyAsync(t => t.UnitId == laiyang)));
    }

    [Fact]
    public async Task The_service_refuses_a_letter_whose_fields_are_missing_in_chinese()
    {
        var unit = await factory.UnitIdAsync("莱阳市");
        await using var scope = factory.Scope();
        var letters = scope.ServiceProvider.GetRequiredService<ILetterService>();

        var e = await Assert.ThrowsAsync<DomainRuleException>(() => letters.RenderAsync(unit, LetterKind.FeeNotice, null, LetterCases.Base, CancellationToken.None));

        Assert.Contains("收费通知书", e.Message, StringComparison.Ordinal);
        Assert.Contains("收费依据、收费金额", e.Message, StringComparison.Ordinal);
    }
}
