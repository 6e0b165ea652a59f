using System.Net;
using System.Net.Http.Json;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Edge;

/// <summary>A page on another site cannot make a signed-in browser write through the API; integrations with tokens can.</summary>
public sealed class ApiCsrfTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_cross_site_write_with_a_valid_cookie_is_refused_with_problem_json(string header, string value)
    {
        var session = await RawSession.SignInAsync(factory, DemoAccounts.HaiyangReviewer);
        using var client = session.ClientOn(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tokens") { Content = JsonContent.Create(new { name = "跨站", validDays = 1 }) };
        request.Headers.Add(header, value);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("跨站请求被拒绝", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cookie_write_without_origin_or_token_is_refused_and_with_the_token_header_it_works()
    {
        // The refused write is logged by the antiforgery check as a warning: that is the refusal.
        factory.ExpectLog("antiforgery request token was not provided");
        var session = await RawSession.SignInAsync(factory, DemoAccounts.HaiyangReviewer);
        var page = await session.GetAsync(factory, "/admin/tokens");
        using var client = session.ClientOn(factory);

        var bare = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "无来源", validDays = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, bare.StatusCode);

        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tokens") { Content = JsonContent.Create(new { name = "带令牌", validDays = 1 }) };
        request.Headers.Add("RequestVerificationToken", WebUtility.HtmlDecode(token));
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_same_origin_cookie_write_works()
    {
        var session = await RawSession.SignInAsync(factory, DemoAccounts.HaiyangReviewer);
        using var client = session.ClientOn(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tokens") { Content = JsonContent.Create(new { name = "同源", validDays = 1 }) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_write_from_anywhere_works()
    {
        using var client = factory.WithToken(DemoAccounts.AdminToken);
        client.DefaultRequestHeaders.Add("Cookie", "zwgk.unit=1");
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/tokens/999999");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        // Past the check: the endpoint itself answers that there is no such token.
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_anonymous_tracking_api_still_answers_a_citizen_without_cookies()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = "Y2026000001", accessCode = "WRONG1" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
