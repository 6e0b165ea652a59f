using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Zwgk.Web.Tests.Infrastructure;

/// <summary>
/// A browser whose cookies the test holds itself, so the same signed-in cookie can be shown to a second instance,
/// or kept after signing out to see whether the server still takes it.
/// </summary>
public sealed partial class RawSession
{
    private readonly Dictionary<string, string> _cookies = [];

    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    /// <summary>A client on <paramref name="factory"/> that sends this session's cookies and takes no cookies back.</summary>
    public HttpClient ClientOn(ZwgkFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (_cookies.Count > 0)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Cookie", CookieHeader);
        }

        return client;
    }

    public static async Task<RawSession> SignInAsync(ZwgkFactory factory, (string User, string Password) account)
    {
        var session = new RawSession();
        var page = await session.GetAsync(factory, "/admin/login");
        var response = await session.PostFormAsync(factory, "/admin/login", page, new() { ["UserName"] = account.User, ["Password"] = account.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("zwgk.auth", session._cookies.Keys);
        return session;
    }

    public async Task<string> GetAsync(ZwgkFactory factory, string url)
    {
        using var client = ClientOn(factory);
        var response = await client.GetAsync(url);
        Keep(response);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts to <paramref name="action"/> with the antiforgery token of the form for it on <paramref name="page"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(ZwgkFactory factory, string action, string page, Dictionary<string, string> fields)
    {
        var token = TokenFor(page, action);
        using var client = ClientOn(factory);
        fields["__RequestVerificationToken"] = token;
        var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        Keep(response);
        return response;
    }

    private static string TokenFor(string page, string action)
    {
        var form = Regex.Match(page, $"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        var scope = form.Success ? form.Groups[1].Value : page;
        var token = TokenInput().Match(scope);
        Assert.True(token.Success, $"表单 {action} 没有防伪令牌");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    private void Keep(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return;
        }

        foreach (var cookie in cookies)
        {
            var pair = cookie.Split(';')[0].Split('=', 2);
            if (cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            _cookies[pair[0]] = pair[1];
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
