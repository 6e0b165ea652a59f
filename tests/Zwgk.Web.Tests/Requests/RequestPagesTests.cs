using System.Net;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Requests;

/// <summary>The portal form and tracking page and the console pages, as a browser without JavaScript uses them.</summary>
public sealed class RequestPagesTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    private static Dictionary<string, string> Citizen(string info) => new()
    {
        ["Input.Name"] = "王小红",
        ["Input.IdNumber"] = "370687198503150027",
        ["Input.Phone"] = "13900000000",
        ["Input.InformationSought"] = info,
    };

    [Fact]
    public async Task A_citizen_files_online_gets_number_and_code_and_follows_the_case_without_an_account()
    {
        using var citizen = new Browser(F);
        var response = await citizen.SubmitAsync("/s/haiyang/requests/new", Citizen("海阳市2025年度城乡低保资金发放情况"), "form[data-testid=request-form]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = await citizen.GetDocumentAsync(response.Headers.Location!.ToString());
        var number = receipt.QuerySelector("[data-testid=request-number]")!.TextContent.Trim();
        var code = receipt.QuerySelector("[data-testid=request-code]")!.TextContent.Trim();
        Assert.Matches("^Y2026[0-9]{6}$", number);
        Assert.Contains("2026年3月30日", receipt.QuerySelector("[data-testid=request-due]")!.TextContent, StringComparison.Ordinal);

        // The code is shown once only.
        var again = await citizen.GetDocumentAsync("/s/haiyang/requests/submitted");
        Assert.Null(again.QuerySelector("[data-testid=request-code]"));

        var lookup = await citizen.SubmitAsync("/s/haiyang/requests/track", new Dictionary<string, string> { ["TrackingNumber"] = number, ["AccessCode"] = code }, "form[data-testid=track-form]");
        Assert.Equal(HttpStatusCode.Redirect, lookup.StatusCode);
        var page = await citizen.GetDocumentAsync("/s/haiyang/requests/track");
        Assert.Equal("已收到申请", page.QuerySelector("[data-testid=track-stage]")!.TextContent.Trim());
        Assert.Contains("2026-03-30", page.QuerySelector("[data-testid=track-due]")!.TextContent, StringComparison.Ordinal);
        var letter = page.QuerySelector("[data-testid=track-letter]")!.GetAttribute("href")!;
        var docx = await citizen.Client.GetAsync(letter);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);

        // A stranger with the link but not the code gets nothing.
        using var stranger = new Browser(F);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(letter)).StatusCode);
        var wrong = await stranger.SubmitAsync("/s/haiyang/requests/track", new Dictionary<string, string> { ["TrackingNumber"] = number, ["AccessCode"] = "ZZZZ2222" }, "form[data-testid=track-form]");
        var wrongPage = await Browser.ParseAsync(wrong);
        Assert.Contains("申请编号或查询码不正确", wrongPage.QuerySelector("[data-testid=track-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(number, wrongPage.QuerySelector("[data-testid=track-number]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_refused_online_form_says_why_and_keeps_what_was_typed()
    {
        using var citizen = new Browser(F);
        var fields = Citizen("海阳市某小区规划许可证");
        fields["Input.IdNumber"] = "123";
        var response = await citizen.SubmitAsync("/s/haiyang/requests/new", fields, "form[data-testid=request-form]");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("18 位", page.QuerySelector("[data-testid=error-Input_IdNumber]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("海阳市某小区规划许可证", page.QuerySelector("[data-testid=request-info]")!.TextContent);
        Assert.Equal("王小红", page.QuerySelector("[data-testid=request-name]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_handler_registers_a_posted_request_and_works_it_from_the_case_page()
    {
        using var handler = new Browser(F);
        await handler.SignInAsync(RequestFixture.HaiyangHandler.User, RequestFixture.HaiyangHandler.Password);
        var registered = await handler.SubmitAsync("/admin/requests/new", new Dictionary<string, string>
        {
            ["Input.Channel"] = "RegisteredPost",
            ["Input.ReceivedOn"] = "2026-02-27",
            ["Input.Name"] = "赵六",
            ["Input.IdNumber"] = "370687199001011232",
            ["Input.Address"] = "海阳市方圆街道1号",
            ["Input.InformationSought"] = "方圆街道2025年道路维修工程验收报告",
        }, "form[data-testid=register-form]");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var caseUrl = registered.Headers.Location!.ToString();
        var casePage = await handler.GetDocumentAsync(caseUrl);
        Assert.Equal("2026-03-26", casePage.QuerySelector("[data-testid=case-due]")!.TextContent);
        Assert.Contains("查询码", casePage.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);

        // Deciding before assignment is refused on the page with the rule, and the form keeps its text.
        var form = casePage.QuerySelector("form[data-testid=act-assign]")!;
        Assert.NotNull(form);
        Assert.Null(casePage.QuerySelector("form[data-testid=act-decide]"));
        var assigned = await handler.PostFormAsync(form, new Dictionary<string, string>(), caseUrl);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var processing = await handler.GetDocumentAsync(caseUrl);
        var decide = processing.QuerySelector("form[data-testid=act-decide]")!;
        var refused = await handler.PostFormAsync(decide, new Dictionary<string, string> { ["Outcome"] = "NotDisclosedInternalAffairs", ["ReasonText"] = "属于内部管理信息" }, caseUrl);
        var refusedPage = await Browser.ParseAsync(refused);
        Assert.Contains("法律依据", refusedPage.QuerySelector("[data-testid=case-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("属于内部管理信息", refusedPage.QuerySelector("[data-testid=act-decide-reason]")!.TextContent);

        var dashboard = await handler.GetDocumentAsync("/admin/requests");
        Assert.Contains(dashboard.QuerySelectorAll("[data-testid=request-row]"), row => row.TextContent.Contains("赵六", StringComparison.Ordinal));

        using var other = new Browser(F);
        await other.SignInAsync(RequestFixture.LaiyangHandler.User, RequestFixture.LaiyangHandler.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(caseUrl)).StatusCode);
        var theirs = await other.GetDocumentAsync("/admin/requests");
        Assert.DoesNotContain("赵六", theirs.Body!.TextContent, StringComparison.Ordinal);
    }
}
