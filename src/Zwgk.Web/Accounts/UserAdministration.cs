using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Accounts;

public sealed class NewUserInput
{
    [Required(ErrorMessage = "请填写用户名。"), StringLength(64, MinimumLength = 3, ErrorMessage = "用户名为3至64个字符。")]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "用户名只能包含字母、数字和 . _ @ + -。")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写姓名。"), StringLength(100)]
    public string DisplayName { get; set; } = "";

    [EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "请设置初始密码。")]
    public string Password { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "请选择所属单位。")]
    public int HomeUnitId { get; set; }

    /// <summary>Optional first role, granted on the home unit.</summary>
    public Role? Role { get; set; }
}

public sealed record GrantInput(Role Role, int UnitId);

/// <summary>Creates accounts and grants or revokes roles, refusing anything beyond the caller's own scope.</summary>
public sealed class UserAdministration(ZwgkDbContext db, UserManager<AppUser> users, UserAccess access, AuditContext audit, TimeProvider clock, Sessions.UserSessions sessions)
{
    public async Task<StepResult<AppUser>> CreateAsync(NewUserInput input, CancellationToken ct = default)
    {
        var errors = Validation.Of(input);
        var unit = await db.Organizations.FindAsync([input.HomeUnitId], ct);
        var scope = await access.GetAsync(ct);
        if (unit is null)
        {
            errors["HomeUnitId"] = ["所属单位不存在。"];
            return StepResult.Invalid<AppUser>(errors);
        }

        if (!scope.Has(Permission.ManageUsers, unit.UnitPath))
        {
            return StepResult.Denied<AppUser>();
        }

        if (input.Role is Role role && scope.CheckCanGrant(role, unit.UnitPath) is { } refusal)
        {
            errors["Role"] = [refusal];
        }

        if (errors.Count > 0)
        {
            return StepResult.Invalid<AppUser>(errors);
        }

        var user = new AppUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            HomeUnitId = unit.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, input.Password);
        if (!result.Succeeded)
        {
            errors[result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "Password" : "UserName"] =
                result.Errors.Select(e => e.Description).ToArray();
            return StepResult.Invalid<AppUser>(errors);
        }

        if (input.Role is Role first)
        {
            AddGrant(user.Id, first, unit.Id);
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        return StepResult.Done(user);
    }

    public async Task<StepResult<AppUser>> GrantAsync(string userId, GrantInput input, CancellationToken ct = default)
    {
        var user = await db.Users.Include(u => u.Grants).SingleOrDefaultAsync(u => u.Id == userId, ct);
        var unit = await db.Organizations.FindAsync([input.UnitId], ct);
        if (user is null || unit is null)
        {
            return StepResult.Invalid(new Dictionary<string, string[]> { ["UnitId"] = ["用户或单位不存在。"] }, user);
        }

        var scope = await access.GetAsync(ct);
        if (!await CanManageAsync(user, ct))
        {
            return StepResult.Denied(user);
        }

        if (scope.CheckCanGrant(input.Role, unit.UnitPath) is { } refusal)
        {
            return StepResult.Invalid(new Dictionary<string, string[]> { ["Role"] = [refusal] }, user);
        }

        if (user.Grants.Any(g => g.Role == input.Role && g.OrganizationId == unit.Id))
        {
            return StepResult.Invalid(new Dictionary<string, string[]> { ["Role"] = ["该用户在此单位已持有这一角色。"] }, user);
        }

        audit.Action = "RoleGranted";
        AddGrant(user.Id, input.Role, unit.Id);
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(user.Id, ct);
        return StepResult.Done(user);
    }

    public async Task<StepResult<AppUser>> RevokeAsync(string userId, int grantId, string? reason, CancellationToken ct = default)
    {
        var grant = await db.RoleGrants.Include(g => g.Organization).Include(g => g.User).SingleOrDefaultAsync(g => g.Id == grantId && g.UserId == userId, ct);
        if (grant is null)
        {
            return StepResult.Invalid<AppUser>(new Dictionary<string, string[]> { ["GrantId"] = ["授权不存在。"] });
        }

        // Revoking is granting in reverse: the same rule about holding what you take away.
        if ((await access.GetAsync(ct)).CheckCanGrant(grant.Role, grant.Organization!.UnitPath) is not null)
        {
            return StepResult.Denied<AppUser>(grant.User);
        }

        audit.Action = "RoleRevoked";
        audit.Reason = reason;
        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(grant.UserId, ct);
        return StepResult.Done(grant.User!);
    }

    /// <summary>Disables or re-enables an account; a disabled account loses access on its next request.</summary>
    public async Task<StepResult<AppUser>> SetDisabledAsync(string userId, bool disabled, string? reason, CancellationToken ct = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || !await CanManageAsync(user, ct) || user.Id == access.UserId)
        {
            return StepResult.Denied(user);
        }

        audit.Action = disabled ? "UserDisabled" : "UserEnabled";
        audit.Reason = reason;
        user.IsDisabled = disabled;
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, ct);
        return StepResult.Done(user);
    }

    /// <summary>A user may be managed by whoever manages users at the user's home unit.</summary>
    public async Task<bool> CanManageAsync(AppUser user, CancellationToken ct = default)
    {
        var home = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == user.HomeUnitId, ct);
        return (await access.GetAsync(ct)).Has(Permission.ManageUsers, home.UnitPath);
    }

    /// <summary>The accounts whose home unit lies in a subtree where the caller manages users.</summary>
    public async Task<IQueryable<AppUser>> ManageableAsync(CancellationToken ct = default)
    {
        var roots = (await access.GetAsync(ct)).Roots(Permission.ManageUsers).Select(r => r.Value).ToList();
        var units = db.Organizations.Where(o => roots.Any(r => o.Path.StartsWith(r))).Select(o => o.Id);
        return db.Users.Where(u => units.Contains(u.HomeUnitId));
    }

    private void AddGrant(string userId, Role role, int unitId) => db.RoleGrants.Add(new RoleGrant
    {
        UserId = userId,
        Role = role,
        OrganizationId = unitId,
        GrantedAt = clock.GetUtcNow().UtcDateTime,
        GrantedBy = access.UserName,
    });
}
