using Zwgk.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Accounts;

/// <summary>
/// A personal API token for integrations. Only a SHA-256 hash is stored; the token acts with the
/// roles its owner holds at the time of each call, so revoking a role also narrows the token.
/// </summary>
public sealed class ApiToken : IAuditable
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public AppUser? User { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The first characters of the token, shown so the owner can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    public string Hash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public bool IsActiveAt(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    int? IAuditable.AuditUnitId => User?.HomeUnitId;

    string IAuditable.AuditLabel => $"{Name} ({Prefix}…)";
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.ToTable("ApiTokens");
        b.Property(t => t.Name).HasMaxLength(100).IsRequired();
        b.Property(t => t.Prefix).HasMaxLength(16).IsRequired();
        b.Property(t => t.Hash).HasMaxLength(64).IsRequired();
        b.HasIndex(t => t.Hash).IsUnique();
        b.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
