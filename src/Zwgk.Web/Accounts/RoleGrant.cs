using Zwgk.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Access;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Accounts;

/// <summary>One role held by one user on one unit (and so on its subtree).</summary>
public sealed class RoleGrant : IAuditable
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public AppUser? User { get; set; }

    public Role Role { get; set; }

    public int OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public DateTime GrantedAt { get; set; }

    public string? GrantedBy { get; set; }

    int? IAuditable.AuditUnitId => OrganizationId;

    string IAuditable.AuditLabel => $"{User?.UserName ?? UserId}：{Role.DisplayName()}@{Organization?.Name ?? OrganizationId.ToString()}";
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.ToTable("RoleGrants");
        b.Property(g => g.Role).HasMaxLength(32);
        b.Property(g => g.GrantedBy).HasMaxLength(256);
        b.HasOne(g => g.User).WithMany(u => u.Grants).HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(g => g.Organization).WithMany().HasForeignKey(g => g.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(g => new { g.UserId, g.Role, g.OrganizationId }).IsUnique();
    }
}
