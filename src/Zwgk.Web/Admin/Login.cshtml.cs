using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.RateLimits;

namespace Zwgk.Web.Admin;

/// <summary>
/// Sign-in with lockout after repeated failures; every attempt is audited. An unknown, disabled or locked name gets the
/// same words as a wrong password and costs one password-hash check like a real attempt, so neither the answer nor its
/// time tells whether an account exists (OWASP Authentication Cheat Sheet, "Authentication and Error Messages").
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, ZwgkDbContext db, TimeProvider clock,
    FailureBudget failures, IConfiguration config) : PageModel
{
    /// <summary>The one answer to every failed attempt, whatever the reason.</summary>
    public const string Failed = "用户名或密码不正确。连续输错5次将暂停登录15分钟，如已暂停请稍后再试或联系管理员。";

    /// <summary>The answer once an address has failed too often, whatever name it tries next.</summary>
    public const string Throttled = "此网络地址登录失败次数过多，请15分钟后再试。";

    // The lockout stops guessing one account; this stops one client guessing many (OWASP Authentication Cheat Sheet).
    private static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(15);

    // A hash of a random password, checked when there is no real hash to check; made once per process.
    private static string? _dummyHash;

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var limit = config.GetValue("SignIn:FailuresPerClient", 20);
        if (await failures.ExhaustedAsync("signin", client, limit, FailureWindow, HttpContext.RequestAborted) is { } wait)
        {
            await AuditAsync(null, UserName.Trim(), "SignInThrottled", "登录被拒绝：此网络地址登录失败次数过多");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError("", Throttled);
            return Page();
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == UserName.Trim().ToUpperInvariant());
        string action;
        if (user is null || user.IsDisabled || await signIn.UserManager.IsLockedOutAsync(user))
        {
            // No sign-in will happen, but the hash is checked all the same so this answer takes as long as a real one.
            _dummyHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
            hasher.VerifyHashedPassword(new AppUser(), _dummyHash, Password);
            action = user is null ? "SignInFailed" : user.IsDisabled ? "SignInRefusedDisabled" : "SignInLockedOut";
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
            action = result switch
            {
                { Succeeded: true } => "SignIn",
                { IsLockedOut: true } => "SignInLockedOut",
                _ => "SignInFailed",
            };
        }

        var error = action == "SignIn" ? null : Failed;
        await AuditAsync(user, user?.UserName ?? UserName.Trim(), action, action switch
        {
            "SignIn" => "登录成功",
            "SignInLockedOut" => "登录失败：账号因多次输错密码已暂停登录",
            "SignInRefusedDisabled" => "登录失败：账号已停用",
            _ => "登录失败：用户名或密码不正确",
        });

        if (error is not null)
        {
            await failures.SpendAsync("signin", client, FailureWindow, HttpContext.RequestAborted);
            ModelState.AddModelError("", error);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
    }

    private async Task AuditAsync(AppUser? user, string actor, string action, string summary)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user?.Id,
            Actor = actor,
            UnitId = user?.HomeUnitId,
            UnitPath = user is null ? null : await db.Organizations.Where(o => o.Id == user.HomeUnitId).Select(o => o.Path).SingleAsync(),
            EntityType = nameof(AppUser),
            EntityId = user?.Id,
            Action = action,
            Summary = summary,
            IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();
    }
}
