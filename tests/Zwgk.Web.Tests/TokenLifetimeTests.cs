using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Accounts;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>Every API token expires (default 90 days, at most 365), and only a person signed in to the console makes one.</summary>
public sealed class TokenLifetimeTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private async Task<Browser> SignedInAsync()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        return browser;
    }

    [Fact]
    public async Task A_token_lives_the_default_90_days_or_up_to_365_days()
    {
        using var browser = await SignedInAsync();

        var byDefault = await (await browser.Client.PostAsJsonAsync("/api/v1/tokens", new { name = "默认" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(TimeSpan.FromDays(90), byDefault.GetProperty("expiresAt").GetDateTime() - byDefault.GetProperty("createdAt").GetDateTime());

        var longest = await browser.Client.PostAsJsonAsync("/api/v1/tokens", new { name = "一年", validDays = 365 });
        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
        var year = await longest.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(TimeSpan.FromDays(365), year.GetProperty("expiresAt").GetDateTime() - year.GetProperty("createdAt").GetDateTime());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(366)]
    [InlineData(int.MaxValue)]
    public async Task A_lifetime_outside_1_to_365_days_is_refused_in_chinese(int days)
    {
        using var browser = await SignedInAsync();
        var before = await factory.DbAsync(db => db.ApiTokens.CountAsync());

        var response = await browser.Client.PostAsJsonAsync("/api/v1/tokens", new { name = "越界", validDays = days });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("有效天数须为1至365天", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await factory.DbAsync(db => db.ApiTokens.CountAsync()));
    }

    [Fact]
    public async Task The_console_page_refuses_a_lifetime_over_the_maximum_with_a_message()
    {
        using var browser = await SignedInAsync();
        var response = await browser.SubmitAsync("/admin/tokens", new Dictionary<string, string> { ["Input.Name"] = "页面", ["Input.ValidDays"] = "10000" }, "[data-testid=token-form]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("有效天数须为1至365天", page.QuerySelector("[data-testid=token-form]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=new-token]"));
    }

    [Fact]
    public async Task A_token_cannot_make_tokens_through_the_api_or_the_console_page()
    {
        var bearer = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var before = await factory.DbAsync(db => db.ApiTokens.CountAsync());

        var api = await bearer.PostAsJsonAsync("/api/v1/tokens", new { name = "令牌生令牌", validDays = 30 });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("登录管理后台", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        // The console page with a bearer header: its form is posted with the token's own antiforgery pair.
        var handler = factory.Server.CreateHandler();
        var cookies = new System.Net.CookieContainer();
        using var client = new HttpClient(new CookieHandler(cookies, handler)) { BaseAddress = factory.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = bearer.DefaultRequestHeaders.Authorization;
        var form = await client.GetAsync("/admin/tokens");
        if (form.StatusCode == HttpStatusCode.OK)
        {
            var doc = await Browser.ParseAsync(form);
            var values = Browser.FormValues(doc.QuerySelector("[data-testid=token-form]")!, new Dictionary<string, string> { ["Input.Name"] = "页面令牌", ["Input.ValidDays"] = "30" });
            var posted = await client.PostAsync("/admin/tokens", new FormUrlEncodedContent(values));
            Assert.DoesNotContain("data-testid=\"new-token\"", await posted.Content.ReadAsStringAsync());
        }

        Assert.Equal(before, await factory.DbAsync(db => db.ApiTokens.CountAsync()));
    }

    [Fact]
    public async Task A_token_stored_without_expiry_ends_90_days_after_it_was_made()
    {
        var userId = await factory.DbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.HaiyangReviewer.User).Select(u => u.Id).SingleAsync());
        var recent = ApiTokenSecrets.NewToken();
        var old = ApiTokenSecrets.NewToken();
        await factory.DbAsync(async db =>
        {
            foreach (var (secret, age) in new[] { (recent, 10), (old, 91) })
            {
                db.ApiTokens.Add(new ApiToken
                {
                    UserId = userId, Name = $"旧令牌{age}", Prefix = secret[..12], Hash = ApiTokenSecrets.Hash(secret),
                    CreatedAt = DateTime.UtcNow.AddDays(-age), ExpiresAt = null,
                });
            }

            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.OK, (await factory.WithToken(recent).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.WithToken(old).GetAsync("/api/v1/me")).StatusCode);
    }

    private sealed class CookieHandler(System.Net.CookieContainer cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var c in set)
                {
                    cookies.SetCookies(request.RequestUri!, c);
                }
            }

            return response;
        }
    }
}
