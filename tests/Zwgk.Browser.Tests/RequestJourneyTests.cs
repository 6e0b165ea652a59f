using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;
using Zwgk.Browser.Tests.Infrastructure;
using static Zwgk.Browser.Tests.Infrastructure.ConsoleSignIn;

namespace Zwgk.Browser.Tests;

/// <summary>
/// Issue 5's journey: a citizen files online, the handler asks for clarification, the citizen completes it, the handler
/// consults a third party and decides 部分公开, the leader approves, and the citizen downloads the DOCX reply with the right dates.
/// </summary>
public sealed partial class RequestJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [GeneratedRegex(@"/admin/requests/(\d+)$")]
    private static partial Regex CaseUrl();

    private static async Task NoSeriousViolationsAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, page.Url + "\n" + string.Join("\n", violations));
    }

    private static string Chinese(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

    private static async Task<string> DocxTextAsync(IDownload download)
    {
        var path = await download.PathAsync();
        using var zip = ZipFile.OpenRead(path!);
        await using var xml = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Concat(XDocument.Load(xml).Descendants(w + "t").Select(t => t.Value));
    }

    [Fact]
    public async Task A_citizen_files_online_clarifies_and_downloads_the_partial_disclosure_reply()
    {
        // The citizen, on a phone.
        var citizen = await fx.NewPageAsync(390, 844);
        await citizen.GotoAsync("/s/haiyang/requests/new");
        await NoSeriousViolationsAsync(citizen);
        await citizen.GetByTestId("request-name").FillAsync("王小红");
        await citizen.GetByTestId("request-id").FillAsync("370687198503150027");
        await citizen.GetByTestId("request-phone").FillAsync("13900000000");
        await citizen.GetByTestId("request-info").FillAsync("那个小区的改造资料");
        // A photo of the identity card (a PNG header is all the content check needs).
        await citizen.GetByTestId("request-file-IdentityCopy").SetInputFilesAsync(new FilePayload
        {
            Name = "身份证.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
        });
        await citizen.GetByTestId("request-submit").ClickAsync();
        await citizen.WaitForAddressAsync(url => url.Contains("/requests/submitted", StringComparison.Ordinal));
        var number = (await citizen.GetByTestId("request-number").InnerTextAsync()).Trim();
        var code = (await citizen.GetByTestId("request-code").InnerTextAsync()).Trim();

        // The handler finds it on the dashboard and asks for clarification.
        var staff = await fx.NewPageAsync();
        await SignInAsync(staff, "handler", "Zwgk2026Handler");
        await staff.GotoAsync("/admin/requests");
        await NoSeriousViolationsAsync(staff);
        await staff.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await staff.WaitForAddressAsync(CaseUrl());
        var caseUrl = staff.Url;
        Assert.Contains("身份证明：身份证.png", await staff.GetByTestId("case-attachments").InnerTextAsync());
        await NoSeriousViolationsAsync(staff);
        await staff.Locator("summary", new() { HasText = "要求补正" }).ClickAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var clarifyBy = today.AddDays(10);
        await staff.GetByTestId("act-clarify-items").FillAsync("请写明小区名称、改造年份和所需资料的种类。");
        await staff.GetByTestId("act-clarify-deadline").FillAsync(clarifyBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await staff.GetByTestId("act-clarify-submit").ClickAsync();
        Assert.Contains("待申请人补正", await staff.GetByTestId("case-state").InnerTextAsync());

        // The citizen tracks the case, reads the notice and completes the request.
        await citizen.GotoAsync("/s/haiyang/requests/track");
        await citizen.GetByTestId("track-number").FillAsync(number);
        await citizen.GetByTestId("track-code").FillAsync(code);
        await citizen.GetByTestId("track-submit").ClickAsync();
        await citizen.GetByTestId("track-clarification").WaitForAsync();
        await NoSeriousViolationsAsync(citizen);
        var noticeDownload = await citizen.RunAndWaitForDownloadAsync(() => citizen.GetByTestId("track-letter").Last.ClickAsync());
        Assert.Contains(Chinese(clarifyBy), await DocxTextAsync(noticeDownload));
        await citizen.GetByTestId("track-clarify-text").FillAsync("东村街道凤城小区2025年老旧小区改造项目的设计方案和竣工验收报告");
        await citizen.GetByTestId("track-clarify-submit").ClickAsync();
        await citizen.GetByTestId("track-due").WaitForAsync();
        var due = (await citizen.GetByTestId("track-due").InnerTextAsync())[..10];

        // The handler assigns, consults the contractor, records its objection and decides 部分公开.
        await staff.GotoAsync(caseUrl);
        Assert.Equal(due, await staff.GetByTestId("case-due").InnerTextAsync());
        await staff.GetByTestId("act-assign-submit").ClickAsync();
        await staff.GetByTestId("act-consult-kind").SelectOptionAsync("ThirdParty");
        await staff.GetByTestId("act-consult-party").FillAsync("海阳市某某建设工程有限公司");
        await staff.GetByTestId("act-consult-matter").FillAsync("竣工验收报告中的施工报价明细拟予公开，是否涉及贵公司商业秘密");
        await staff.GetByTestId("act-consult-submit").ClickAsync();
        Assert.Contains("暂停计时", await staff.GetByTestId("case-status").InnerTextAsync());
        await staff.GetByTestId("consult-answer").SelectOptionAsync("Objected");
        await staff.GetByTestId("consult-opinion").FillAsync("报价明细属于本公司商业秘密，不同意公开。");
        await staff.GetByTestId("consult-answer-submit").ClickAsync();
        await staff.GetByTestId("act-decide-outcome").SelectOptionAsync("PartlyDisclosed");
        await staff.GetByTestId("act-decide-how").FillAsync("随本答复书以电子文件提供设计方案和竣工验收报告（已删除施工报价明细）");
        await staff.GetByTestId("act-decide-reason").FillAsync("竣工验收报告中的施工报价明细涉及第三方商业秘密，第三方不同意公开");
        await staff.GetByTestId("act-decide-basis").FillAsync("《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十七条");
        await staff.GetByTestId("act-decide-submit").ClickAsync();
        Assert.Contains("待领导审批", await staff.GetByTestId("case-state").InnerTextAsync());
        await staff.GetByTestId("logout").ClickAsync();

        // The responsible leader approves; the reply is issued.
        await SignInAsync(staff, "office", "Zwgk2026Office");
        await staff.GotoAsync(caseUrl);
        await staff.GetByTestId("act-approve-submit").ClickAsync();
        await staff.GetByTestId("act-reply-submit").ClickAsync();
        Assert.Contains("已答复", await staff.GetByTestId("case-state").InnerTextAsync());

        // The citizen downloads the reply: received on the day of the completed request, issued today, with the remedy notice.
        await citizen.GotoAsync("/s/haiyang/requests/track");
        Assert.Equal("已答复", (await citizen.GetByTestId("track-stage").InnerTextAsync()).Trim());
        await NoSeriousViolationsAsync(citizen);
        var replyDownload = await citizen.RunAndWaitForDownloadAsync(() => citizen.GetByTestId("track-letter").Last.ClickAsync());
        Assert.EndsWith(".docx", replyDownload.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var text = await DocxTextAsync(replyDownload);
        Assert.Contains(number, text);
        Assert.Contains($"于{Chinese(today)}收到", text);
        Assert.Contains("第三十七条", text);
        Assert.Contains("行政复议", text);
        Assert.Contains("行政诉讼", text);
        Assert.Contains(Chinese(today), text);
    }
}
