using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Edge;

/// <summary>One host that believes the proxy 192.0.2.10, with small limits so the tests reach them.</summary>
public sealed class ProxiedFactory : IAsyncLifetime
{
    public const string Proxy = "192.0.2.10";

    public ZwgkFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        Factory.Settings["ForwardedHeaders:KnownProxies:0"] = Proxy;
        Factory.Settings["Requests:TrackingPermitLimit"] = "3";
        Factory.Settings["Requests:SubmissionPermitLimit"] = "1";
        Factory.ConfigureServices = TestPeer.Register;
        await Factory.InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();
}

/// <summary>Behind the proxy, the audit, the rate limits and the cookies see the citizen, not the proxy; nobody else can pose as one.</summary>
public sealed class ProxyTests(ProxiedFactory fixture) : IClassFixture<ProxiedFactory>
{
    private ZwgkFactory Factory => fixture.Factory;

    [Fact]
    public async Task Through_the_configured_proxy_each_citizen_has_an_own_tracking_limit()
    {
        using var client = Factory.CreateClient();
        Assert.All(await TrackAsync(client, ProxiedFactory.Proxy, _ => "203.0.113.1", 4), (s, i) => Assert.Equal(i < 3 ? HttpStatusCode.NotFound : HttpStatusCode.TooManyRequests, s));

        // Another citizen behind the same proxy still has all their tries.
        Assert.Equal(HttpStatusCode.NotFound, (await TrackAsync(client, ProxiedFactory.Proxy, _ => "203.0.113.2", 1))[0]);
    }

    [Fact]
    public async Task An_unconfigured_peer_cannot_change_its_address_with_x_forwarded_for()
    {
        using var client = Factory.CreateClient();
        var statuses = await TrackAsync(client, "198.51.100.7", i => $"203.0.113.{100 + i}", 4);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task The_api_429_is_chinese_problem_json_with_retry_after()
    {
        using var client = Factory.CreateClient();
        await TrackAsync(client, "198.51.100.8", _ => "", 3);
        using var request = Track("198.51.100.8", null);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("请求过于频繁", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.RetryAfter!.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_refused_online_filing_keeps_what_the_citizen_typed()
    {
        using var browser = new Browser(Factory);
        browser.Client.DefaultRequestHeaders.Add(TestPeer.Header, "198.51.100.9");
        var fields = new Dictionary<string, string> { ["Input.InformationSought"] = "请公开2025年海阳市财政预算" };
        await browser.SubmitAsync("/s/haiyang/requests/new", fields);

        var refused = await browser.SubmitAsync("/s/haiyang/requests/new", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        Assert.Contains("请求过于频繁", page.Title);
        var kept = page.QuerySelector("form[data-testid=resubmit] input[name='Input.InformationSought']");
        Assert.Equal("请公开2025年海阳市财政预算", kept?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_audit_records_the_forwarded_client_only_from_the_configured_proxy()
    {
        Assert.Equal("203.0.113.50", await SignInAddressAsync(ProxiedFactory.Proxy, "203.0.113.50"));
        Assert.Equal("198.51.100.20", await SignInAddressAsync("198.51.100.20", "203.0.113.51"));
    }

    [Fact]
    public async Task Cookies_are_secure_when_the_proxy_says_the_client_used_https()
    {
        Assert.Contains("secure", await SignInCookieAsync(ProxiedFactory.Proxy), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", await SignInCookieAsync("198.51.100.21"), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> SignInCookieAsync(string peer)
    {
        using var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(TestPeer.Header, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.60");
        var login = await client.GetAsync("/admin/login");
        var antiforgery = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        return antiforgery;
    }

    private async Task<string?> SignInAddressAsync(string peer, string forwardedFor)
    {
        using var browser = new Browser(Factory);
        browser.Client.DefaultRequestHeaders.Add(TestPeer.Header, peer);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        await browser.SignInAsync(DemoAccounts.HaiyangReviewer.User, DemoAccounts.HaiyangReviewer.Password);
        return await Factory.DbAsync(db => db.AuditEntries.Where(a => a.Action == "SignIn").OrderByDescending(a => a.Id).Select(a => a.IpAddress).FirstAsync());
    }

    private static async Task<List<HttpStatusCode>> TrackAsync(HttpClient client, string peer, Func<int, string> forwardedFor, int times)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var request = Track(peer, forwardedFor(i));
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        return statuses;
    }

    private static HttpRequestMessage Track(string peer, string? forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests/status")
        {
            Content = JsonContent.Create(new { trackingNumber = "Y2026000001", accessCode = "WRONG1" }),
        };
        request.Headers.Add(TestPeer.Header, peer);
        if (!string.IsNullOrEmpty(forwardedFor))
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return request;
    }
}
