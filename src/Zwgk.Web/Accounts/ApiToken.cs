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

    /// <summary>Set on every new token; null only on tokens made before lifetimes existed (see <see cref="ExpiryOf"/>).</summary>
    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    /// <summary>When the token stops working: its own expiry, or for an old token without one, the default lifetime after creation.</summary>
    public DateTime ExpiryOf(ApiTokenOptions options) => ExpiresAt ?? CreatedAt.AddDays(options.DefaultLifetimeDays);

    public bool IsActiveAt(DateTime now, ApiTokenOptions options) => RevokedAt is null && ExpiryOf(options) > now;

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
