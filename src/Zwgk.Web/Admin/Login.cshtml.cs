using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Admin;

/// <summary>Sign-in with lockout after repeated failures; every attempt is audited.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, ZwgkDbContext db, TimeProvider clock) : PageModel
{
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
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == UserName.Trim().ToUpperInvariant());
        string? error;
        string action;
        if (user is null || user.IsDisabled)
        {
            (error, action) = ("用户名或密码不正确。", user is null ? "SignInFailed" : "SignInRefusedDisabled");
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
            (error, action) = result switch
            {
                { Succeeded: true } => (null, "SignIn"),
                { IsLockedOut: true } => ("登录失败次数过多，账号已临时锁定，请15分钟后再试或联系管理员。", "SignInLockedOut"),
                _ => ("用户名或密码不正确。", "SignInFailed"),
            };
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user?.Id,
            Actor = user?.UserName ?? UserName.Trim(),
            UnitId = user?.HomeUnitId,
            UnitPath = user is null ? null : await db.Organizations.Where(o => o.Id == user.HomeUnitId).Select(o => o.Path).SingleAsync(),
            EntityType = nameof(AppUser),
            EntityId = user?.Id,
            Action = action,
            Summary = action == "SignIn" ? "登录成功" : $"登录失败：{error}",
            IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();

        if (error is not null)
        {
            ModelState.AddModelError("", error);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
    }
}
