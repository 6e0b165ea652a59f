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
        _factory.ConfigureServices = s =>
        {
            s.AddSingleton<IPasswordHasher<AppUser>>(_hasher);
            TestPeer.Register(s);
        };
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

    private async Task<(HttpStatusCode Status, string Message, int Hashes)> AttemptAsync(string user, string password, string? peer = null)
    {
        using var browser = new Browser(_factory);
        if (peer is not null)
        {
            browser.Client.DefaultRequestHeaders.Add(TestPeer.Header, peer);
        }

        var page = await browser.GetDocumentAsync("/admin/login");
        var before = _hasher.Verified;
        var response = await browser.PostFormAsync(page.QuerySelector("form")!, new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password }, "/admin/login");
        var message = (await Browser.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";
        return (response.StatusCode, message, _hasher.Verified - before);
    }

    [Fact]
    public async Task A_client_address_that_failed_twenty_times_is_refused_whatever_name_it_tries_and_others_are_not()
    {
        const string guesser = "203.0.113.77";
        var names = new[] { "reviewer", "office", "editor", "no.such.user" };
        for (var i = 0; i < 20; i++)
        {
            var failed = await AttemptAsync(names[i % names.Length], $"Guess2026x{i:00}", guesser);
            Assert.Equal(LoginModel.Failed, failed.Message);
        }

        // Even the right password of an account that is not locked is refused from that address, without a hash check.
        var refused = await AttemptAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password, guesser);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(LoginModel.Throttled, refused.Message);
        Assert.Equal(0, refused.Hashes);

        var elsewhere = await AttemptAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password, "198.51.100.20");
        Assert.Equal("", elsewhere.Message);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, elsewhere.Status);

        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.ZwgkDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "SignInThrottled" && e.IpAddress == guesser && e.Actor == DemoAccounts.Admin.User));
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
