using Zwgk.Domain.Auditing;
using Microsoft.AspNetCore.Identity;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Accounts;

/// <summary>A staff account. Roles are not Identity roles: they are <see cref="RoleGrant"/>s held on units.</summary>
public sealed class AppUser : IdentityUser, IAuditable
{
    public string DisplayName { get; set; } = "";

    /// <summary>The unit the account belongs to (its home unit); its managers are those of this unit's subtree.</summary>
    public int HomeUnitId { get; set; }

    public DateTime CreatedAt { get; set; }

    public bool IsDisabled { get; set; }

    public List<RoleGrant> Grants { get; set; } = [];

    int? IAuditable.AuditUnitId => HomeUnitId;

    string IAuditable.AuditLabel => UserName ?? Id;
}
