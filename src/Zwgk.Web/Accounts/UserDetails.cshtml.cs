using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Accounts;

/// <summary>One account: its grants (grant, revoke) and its disabled state.</summary>
[RequirePermission(Permission.ManageUsers)]
public sealed class UserDetailsModel(UserAdministration admin, CurrentUnit current, ZwgkDbContext db) : AdminPageModel
{
    public sealed class GrantForm
    {
        public Role Role { get; set; } = Role.Editor;

        public int UnitId { get; set; }
    }

    public AppUser Account { get; private set; } = null!;

    public string HomeUnitName { get; private set; } = "";

    public List<SelectListItem> Units { get; private set; } = [];

    public GrantForm Grant { get; private set; } = new();

    public bool IsSelf => Account.Id == HttpContext.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostGrantAsync(string id, GrantForm grant)
    {
        Grant = grant;
        var outcome = await admin.GrantAsync(id, new GrantInput(grant.Role, grant.UnitId));
        return await Finish(id, outcome, "Grant", $"已授予“{grant.Role.DisplayName()}”角色。");
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, int grantId, string? reason)
    {
        var outcome = await admin.RevokeAsync(id, grantId, Blank(reason));
        return await Finish(id, outcome, "Revoke", "已撤销该角色。");
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disabled, string? reason)
    {
        var outcome = await admin.SetDisabledAsync(id, disabled, Blank(reason));
        return await Finish(id, outcome, "State", disabled ? "已停用该账号。" : "已启用该账号。");
    }

    private Task<IActionResult> Finish(string id, StepResult<AppUser> outcome, string prefix, string done) =>
        outcome.ToPageAsync(this, () =>
        {
            Flash = done;
            return Redirect($"/admin/users/{Uri.EscapeDataString(id)}");
        }, async () => await LoadAsync(id) ?? Page(), prefix);

    private async Task<IActionResult?> LoadAsync(string id)
    {
        Title = "用户详情";
        var user = await db.Users.AsNoTracking()
            .Include(u => u.Grants).ThenInclude(g => g.Organization)
            .SingleOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return NotFound();
        }

        if (!await admin.CanManageAsync(user))
        {
            return Forbid();
        }

        Account = user;
        HomeUnitName = await db.Organizations.Where(o => o.Id == user.HomeUnitId).Select(o => o.Name).SingleAsync();
        var units = await (await current.SubtreeAsync(Permission.ManageUsers)).AsNoTracking().ToListAsync();
        Units = UnitOptions.Items(units, Grant.UnitId == 0 ? user.HomeUnitId : Grant.UnitId);
        return null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
