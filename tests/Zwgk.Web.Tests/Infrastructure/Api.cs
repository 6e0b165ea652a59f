using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Tests.Infrastructure;

public static class Api
{
    /// <summary>A client that authenticates with a personal API token.</summary>
    public static HttpClient WithToken(this ZwgkFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates a token for a demo user by signing in and using the token API, as an integrator would.</summary>
    public static async Task<HttpClient> AsUserAsync(this ZwgkFactory factory, (string User, string Password) account, int? validDays = null)
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(account.User, account.Password);
        var response = await browser.Client.PostAsJsonAsync("/api/v1/tokens", new { name = "测试", validDays }); // null: the default lifetime (90 days)
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        return factory.WithToken(token);
    }

    /// <summary>
    /// A second person for the review steps (职责分离: the drafter neither passes 保密审查 nor signs off): the city's
    /// 政务公开办, whose scope covers every demo unit. One token per factory.
    /// </summary>
    public static Task<HttpClient> ReviewerAsync(this ZwgkFactory factory) =>
        factory.SecondPerson.GetOrAdd("reviewer", _ => factory.AsUserAsync(DemoAccounts.CityOffice));

    /// <summary>Passes 保密审查 and signs off as <see cref="ReviewerAsync"/>; answers the sign-off response.</summary>
    public static async Task<HttpResponseMessage> ReviewAndSignOffAsync(this ZwgkFactory factory, int documentId, object? signOff = null)
    {
        var reviewer = await factory.ReviewerAsync();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{documentId}/confidentiality-review", new { opinion = "不涉密，同意公开。" })).EnsureSuccessStatusCode();
        return await reviewer.PostAsJsonAsync($"/api/v1/documents/{documentId}/sign-off", signOff ?? new { });
    }

    /// <summary>
    /// Corrects a published document the way the law's review asks (更正稿): <paramref name="preparer"/> prepares and
    /// submits the correction, the second person passes its 保密审查 and signs it off; answers the sign-off response.
    /// </summary>
    public static async Task<HttpResponseMessage> CorrectAndSignOffAsync(this ZwgkFactory factory, HttpClient preparer, int documentId, object content, string reason, object? signOff = null)
    {
        var prepared = await preparer.PostAsJsonAsync($"/api/v1/documents/{documentId}/correct", new { content, reason });
        Assert.True(prepared.IsSuccessStatusCode, await prepared.Content.ReadAsStringAsync());
        var submitted = await preparer.PostAsync($"/api/v1/documents/{documentId}/correction/submit", null);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        var reviewer = await factory.ReviewerAsync();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{documentId}/correction/confidentiality-review", new { opinion = "不涉密，同意更正。" })).EnsureSuccessStatusCode();
        return await reviewer.PostAsJsonAsync($"/api/v1/documents/{documentId}/correction/sign-off", signOff ?? new { });
    }

    public static async Task<int> UnitIdAsync(this ZwgkFactory factory, string shortName)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
        return await db.Organizations.Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync();
    }

    public static async Task<T> DbAsync<T>(this ZwgkFactory factory, Func<ZwgkDbContext, Task<T>> query)
    {
        await using var scope = factory.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<ZwgkDbContext>());
    }
}
