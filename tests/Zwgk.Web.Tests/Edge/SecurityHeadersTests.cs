using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Edge;

/// <summary>Every answer, page or API, tells the browser to run only the site's own files and not to be framed elsewhere.</summary>
public sealed class SecurityHeadersTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/s/haiyang")]
    [InlineData("/admin/login")]
    [InlineData("/api/v1/calendar/years")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task Pages_api_and_files_carry_the_security_headers(string url)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("style-src 'self';", csp);
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public void Kestrel_sends_no_server_banner()
    {
        // The test server never sends a Server header, so the setting itself is what can be checked here.
        var kestrel = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value;
        Assert.False(kestrel.AddServerHeader);
    }

    [Fact]
    public async Task The_api_reference_still_loads_and_only_it_may_run_inline_code()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script", html);
        Assert.Contains("script-src 'self' 'unsafe-inline'", Header(response, "Content-Security-Policy"));
        var script = System.Text.RegularExpressions.Regex.Match(html, "<script[^>]+src=\"([^\"]+)\"").Groups[1].Value;
        var asset = await client.GetAsync(new Uri(new Uri("http://localhost/api/docs/"), script));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var v) ? string.Join(",", v)
        : response.Content.Headers.TryGetValues(name, out var c) ? string.Join(",", c) : "";
}
