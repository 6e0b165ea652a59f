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
            if (context.HttpContext.Request.Path == "/" && context.HttpContext.Request.Query.ContainsKey("boom"))
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
        foreach (var url in new[] { "/s/haiyang/no-such-page", "/doc/99999999", "/s/haiyang/col/no-such-column" })
        {
            var page = await HtmlAsync(Host(environment), url, HttpStatusCode.NotFound);
            Assert.Equal("页面不存在", page.QuerySelector("[data-testid=error-page] h1")!.TextContent);
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
        return await Browser.ParseAsync(response);
    }
}
