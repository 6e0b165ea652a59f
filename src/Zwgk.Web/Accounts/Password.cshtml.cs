using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Admin;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Accounts;

/// <summary>修改密码 for the signed-in user.</summary>
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ZwgkDbContext db, TimeProvider clock) : AdminPageModel
{
    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "请输入当前密码。")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "请输入新密码。")]
        public string New { get; set; } = "";

        [Required(ErrorMessage = "请再次输入新密码。"), Compare(nameof(New), ErrorMessage = "两次输入的新密码不一致。")]
        public string Confirm { get; set; } = "";
    }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet() => Title = "修改密码";

    public async Task<IActionResult> OnPostAsync()
    {
        Title = "修改密码";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Forbid();
        }

        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? "Input.Current" : "Input.New", e.Description);
            }

            return Page();
        }

        // The audit writer ignores password hash and security stamp columns, so this change leaves no
        // automatic entry; record it explicitly (without any secret).
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            Actor = user.UserName ?? user.Id,
            UnitId = user.HomeUnitId,
            UnitPath = await db.Organizations.Where(o => o.Id == user.HomeUnitId).Select(o => o.Path).SingleAsync(),
            EntityType = nameof(AppUser),
            EntityId = user.Id,
            Action = "PasswordChanged",
            Summary = $"{user.UserName}｜修改了本人密码",
            IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();
        // The security stamp changed: renew this browser's cookie so only other sessions are signed out.
        await signIn.RefreshSignInAsync(user);
        Flash = "密码已修改。";
        return Redirect("/admin/password");
    }
}
