using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Edge;

/// <summary>The console's header buttons work everywhere, and an ended session is refused by every instance.</summary>
public sealed class SessionTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    // A page of every console area the header appears on.
    public static readonly TheoryData<string> ConsolePages = new()
    {
        "/admin", "/admin/documents", "/admin/documents/review", "/admin/documents/normative", "/admin/requests",
        "/admin/requests/reports", "/admin/requests/letters", "/admin/catalogs", "/admin/units", "/admin/users",
        "/admin/sites", "/admin/wording", "/admin/audit", "/admin/calendar", "/admin/tokens", "/admin/password",
    };

    [Theory]
    [MemberData(nameof(ConsolePages))]
    public async Task Signing_out_works_from_every_console_page_and_the_old_cookie_is_refused_afterwards(string page)
    {
        var session = await RawSession.SignInAsync(factory, DemoAccounts.Admin);
        var html = await session.GetAsync(factory, page);
        Assert.Contains("data-testid=\"logout\"", html);

        var switched = await session.PostFormAsync(factory, "/admin/switch-unit", html, new() { ["unitId"] = (await factory.UnitIdAsync("海阳市")).ToString() });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/admin", switched.Headers.Location!.OriginalString);

        var signedOut = await session.PostFormAsync(factory, "/admin/logout", html, []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/admin/login", signedOut.Headers.Location!.OriginalString);

        using var client = session.ClientOn(factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task After_signing_out_on_one_instance_the_old_cookie_is_refused_by_both()
    {
        await using var second = ZwgkFactory.OnSameDatabaseAs(factory);
        var session = await RawSession.SignInAsync(factory, DemoAccounts.HaiyangReviewer);
        using (var onSecond = session.ClientOn(second))
        {
            Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/v1/me")).StatusCode);
        }

        var html = await session.GetAsync(second, "/admin");
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync(second, "/admin/logout", html, [])).StatusCode);

        foreach (var host in new[] { factory, second })
        {
            using var client = session.ClientOn(host);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
            var console = await client.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
            Assert.StartsWith("http://localhost/admin/login", console.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_session_on_every_instance()
    {
        await using var second = ZwgkFactory.OnSameDatabaseAs(factory);
        var victim = await RawSession.SignInAsync(second, DemoAccounts.DongcunEditor);
        using var admin = new Browser(factory);
        await admin.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var id = await UserIdAsync(DemoAccounts.DongcunEditor.User);

        var response = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string> { ["reason"] = "离职" }, "form[data-testid=state-form]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var client = victim.ClientOn(second);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Changing_a_users_grants_ends_their_session()
    {
        var victim = await RawSession.SignInAsync(factory, DemoAccounts.HaiyangOffice);
        using (var before = victim.ClientOn(factory))
        {
            Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/v1/me")).StatusCode);
        }

        using var admin = factory.WithToken(DemoAccounts.AdminToken);
        var id = await UserIdAsync(DemoAccounts.HaiyangOffice.User);
        var granted = await admin.PostAsJsonAsync($"/api/v1/users/{id}/grants", new { role = "Editor", unitId = await factory.UnitIdAsync("海阳市") });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);

        using var after = victim.ClientOn(factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await after.GetAsync("/api/v1/me")).StatusCode);
    }

    private Task<string> UserIdAsync(string userName) =>
        factory.DbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
}
