using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Input;

/// <summary>A Development host with the demo data and a Production host on the same database; both fail "/?boom" on purpose.</summary>
public sealed class ErrorPagesFixture : IAsyncLifetime
{
    public const string Failure = "测试用的故障";

    public ZwgkFactory Development { get; } = new();

    public ZwgkFactory Production { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Development.ConfigureServices = Fail;
        // The failures below are provoked on purpose; the handler logs them as errors, as it must.
        Development.ExpectLog(Failure);
        await ((IAsyncLifetime)Development).InitializeAsync();
        // Production never seeds demo data (DemoData.ShouldSeed): it reads the region the Development host seeded.
        Production = ZwgkFactory.OnSameDatabaseAs(Development, "Production");
        Production.ConfigureServices = Fail;
        Production.ExpectLog(Failure);
        _ = Production.Server;
    }

    public async Task DisposeAsync()
    {
        await Production.DisposeAsync();
        await ((IAsyncLifetime)Development).DisposeAsync();
    }

    private static void Fail(IServiceCollection s) => s.Configure<MvcOptions>(o => o.Filters.Add(new FailOnBoom()));

    private sealed class FailOnBoom : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            var path = context.HttpContext.Request.Path;
            if ((path == "/" || path == "/admin") && context.HttpContext.Request.Query.ContainsKey("boom"))
            {
                throw new InvalidOperationException(Failure);
            }
        }

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }
}

/// <summary>Browsers get a Chinese page with the site's (or console's) navigation; API clients keep problem+json (issue 10, item 8).</summary>
public sealed class ErrorPagesTests(ErrorPagesFixture fx) : IClassFixture<ErrorPagesFixture>
{
    public static TheoryData<string> Environments => new() { "Development", "Production" };

    private ZwgkFactory Host(string environment) => environment == "Production" ? fx.Production : fx.Development;

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_browser_opening_a_missing_page_gets_a_chinese_404_page_with_the_sites_navigation(string environment)
    {
        // Every kind of portal route: a missing page, a missing document id (with and without a site prefix), a
        // missing column, a site code nobody has (the default site answers), a static file, a switch to no mode.
        foreach (var url in new[]
        {
            "/s/haiyang/no-such-page", "/doc/99999999", "/s/haiyang/doc/99999999", "/s/haiyang/col/no-such-column",
            "/s/no-such-site/col/xxgk", "/css/no-such-file.css", "/s/haiyang/display/no-such-mode",
        })
        {
            var page = await HtmlAsync(Host(environment), url, HttpStatusCode.NotFound);
            Assert.True(page.QuerySelector("[data-testid=error-page] h1")?.TextContent == "页面不存在", url);
            Assert.NotNull(page.QuerySelector("nav.site-nav a[href$='/']"));
            Assert.NotEmpty(page.QuerySelectorAll("nav.site-nav a[data-testid^=nav-]"));
        }
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task A_failing_page_gives_a_chinese_500_page_with_navigation(string environment)
    {
        var page = await HtmlAsync(Host(environment), "/s/haiyang/?boom=1", HttpStatusCode.InternalServerError);
        Assert.Equal("服务器出错了", page.QuerySelector("[data-testid=error-page] h1")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("nav.site-nav a[data-testid^=nav-]"));
        Assert.DoesNotContain(ErrorPagesFixture.Failure, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task The_console_shows_its_errors_in_the_console_layout(string environment)
    {
        using var browser = new Browser(Host(environment));
        await browser.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var response = await browser.Client.SendAsync(HtmlRequest("/admin/no-such-page"));
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Browser.ParseAsync(response);
        Assert.Equal("页面不存在", page.QuerySelector("[data-testid=error-page] h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("nav[aria-label=后台导航] a[href='/admin']"));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task The_console_answers_a_missing_record_a_refusal_and_a_failure_with_chinese_pages_in_its_layout(string environment)
    {
        using var admin = new Browser(Host(environment));
        await admin.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        foreach (var (url, status, heading) in new[]
        {
            ("/admin/documents/99999999", HttpStatusCode.NotFound, "页面不存在"),
            ("/admin?boom=1", HttpStatusCode.InternalServerError, "服务器出错了"),
        })
        {
            var response = await admin.Client.SendAsync(HtmlRequest(url));
            Assert.True(response.StatusCode == status, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var page = await Browser.ParseAsync(response);
            Assert.Equal(heading, page.QuerySelector("[data-testid=error-page] h1")!.TextContent);
            Assert.NotNull(page.QuerySelector("nav[aria-label=后台导航] a[href='/admin']"));
            Assert.DoesNotContain(ErrorPagesFixture.Failure, page.Body!.TextContent, StringComparison.Ordinal);
        }

        using var editor = new Browser(Host(environment));
        await editor.SignInAsync(DemoAccounts.DongcunEditor.User, DemoAccounts.DongcunEditor.Password);
        var refused = await editor.Client.SendAsync(HtmlRequest("/admin/audit"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var page403 = await Browser.ParseAsync(refused);
        Assert.Equal("无权访问", page403.QuerySelector("[data-testid=error-page] h1")!.TextContent);
        Assert.NotNull(page403.QuerySelector("nav[aria-label=后台导航] a[href='/admin']"));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task An_api_client_of_a_failing_page_or_a_refused_api_gets_problem_json(string environment)
    {
        var client = Host(environment).CreateClient();
        using var failing = new HttpRequestMessage(HttpMethod.Get, "/s/haiyang/?boom=1");
        failing.Headers.Accept.ParseAdd("application/json");
        var response = await client.SendAsync(failing);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString()!);
        Assert.DoesNotContain(ErrorPagesFixture.Failure, problem.ToString(), StringComparison.Ordinal);
        // The address asked for, with the site prefix.
        Assert.Equal("/s/haiyang/", problem.GetProperty("instance").GetString());

        // A signed-in browser refused by the API gets problem+json too, never a page.
        using var editor = new Browser(Host(environment));
        await editor.SignInAsync(DemoAccounts.DongcunEditor.User, DemoAccounts.DongcunEditor.Password);
        var refused = await editor.Client.SendAsync(HtmlRequest("/api/v1/audit"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Api_clients_keep_problem_json_in_chinese(string environment)
    {
        var client = Host(environment).CreateClient();
        foreach (var (url, accept) in new[] { ("/api/v1/no-such-thing", "text/html"), ("/api/v1/documents/99999999", "application/json"), ("/s/haiyang/no-such-page", "application/json") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(accept);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Matches("\\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString()!);
        }
    }

    private static HttpRequestMessage HtmlRequest(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    private static async Task<AngleSharp.Dom.IDocument> HtmlAsync(ZwgkFactory host, string url, HttpStatusCode status)
    {
        var response = await host.CreateClient().SendAsync(HtmlRequest(url));
        Assert.True(response.StatusCode == status, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // Parsed as the HTML it says it is: the address of a missing stylesheet would make a parser guess CSS.
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
