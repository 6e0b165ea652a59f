using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zwgk.Web.Audit;

/// <summary>One append-only line of the audit trail: who did what to which entity, when and why.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC instant.</summary>
    public DateTime At { get; set; }

    public string? UserId { get; set; }

    /// <summary>The user name at the time, kept even if the account is later renamed or removed.</summary>
    public string Actor { get; set; } = "系统";

    public int? UnitId { get; set; }

    /// <summary>The unit's path at the time, so subtree filters keep working on old entries.</summary>
    public string? UnitPath { get; set; }

    public string EntityType { get; set; } = "";

    public string? EntityId { get; set; }

    /// <summary>A stable action code, e.g. Created, Updated, Deleted, SignIn, SignInFailed, RoleGranted.</summary>
    public string Action { get; set; } = "";

    /// <summary>Before → after, in words.</summary>
    public string Summary { get; set; } = "";

    public string? Reason { get; set; }

    public string? IpAddress { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(e => e.Actor).HasMaxLength(256);
        b.Property(e => e.UserId).HasMaxLength(64);
        b.Property(e => e.UnitPath).HasMaxLength(256);
        b.Property(e => e.EntityType).HasMaxLength(64);
        b.Property(e => e.EntityId).HasMaxLength(64);
        b.Property(e => e.Action).HasMaxLength(64);
        b.Property(e => e.Summary).HasMaxLength(4000);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.IpAddress).HasMaxLength(64);
        b.HasIndex(e => e.At);
        b.HasIndex(e => e.UnitPath);
        b.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
