using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>
/// Sign-in tells nobody which names exist: an unknown name, a wrong password, a disabled and a locked account get the
/// same status and words, and each costs one password-hash check (the time of a hash is what gave unknown names away).
/// </summary>
public sealed class SignInTests : IAsyncLifetime
{
    private readonly CountingHasher _hasher = new();
    private readonly ZwgkFactory _factory = new();

    public async Task InitializeAsync()
    {
        _factory.ConfigureServices = s => s.AddSingleton<IPasswordHasher<AppUser>>(_hasher);
        await ((IAsyncLifetime)_factory).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_factory).DisposeAsync();

    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verified;

        public int Verified => _verified;

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private async Task<(HttpStatusCode Status, string Message, int Hashes)> AttemptAsync(string user, string password)
    {
        using var browser = new Browser(_factory);
        var page = await browser.GetDocumentAsync("/admin/login");
        var before = _hasher.Verified;
        var response = await browser.PostFormAsync(page.QuerySelector("form")!, new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password }, "/admin/login");
        var message = (await Browser.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";
        return (response.StatusCode, message, _hasher.Verified - before);
    }

    [Fact]
    public async Task Unknown_wrong_disabled_and_locked_get_the_same_answer_after_one_hash_check()
    {
        var admin = _factory.WithToken(DemoAccounts.AdminToken);
        var unit = await _factory.UnitIdAsync("莱阳市");
        foreach (var name in new[] { "to.lock", "to.disable" })
        {
            var made = await admin.PostAsync("/api/v1/users", System.Net.Http.Json.JsonContent.Create(new { userName = name, displayName = name, password = "Signin2026xx", homeUnitId = unit, role = "Reviewer" }));
            Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        }

        await using (var scope = _factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Platform.ZwgkDbContext>();
            await db.Users.Where(u => u.UserName == "to.disable").ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));
        }

        for (var i = 0; i < 5; i++)
        {
            await AttemptAsync("to.lock", "Wrong2026xxx");
        }

        var unknown = await AttemptAsync("no.such.user", "Wrong2026xxx");
        var wrong = await AttemptAsync("reviewer", "Wrong2026xxx");
        var disabled = await AttemptAsync("to.disable", "Signin2026xx");
        var locked = await AttemptAsync("to.lock", "Signin2026xx");

        Assert.Equal(LoginModel.Failed, unknown.Message);
        foreach (var answer in new[] { unknown, wrong, disabled, locked })
        {
            Assert.Equal((HttpStatusCode.OK, LoginModel.Failed, 1), answer);
        }

        // The right password still signs in (and is the only answer that differs).
        var right = await AttemptAsync(DemoAccounts.HaiyangReviewer.User, DemoAccounts.HaiyangReviewer.Password);
        Assert.Equal((HttpStatusCode.Redirect, "", 1), right);
    }
}
