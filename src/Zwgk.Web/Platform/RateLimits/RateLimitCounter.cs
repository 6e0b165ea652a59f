using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zwgk.Web.Platform.RateLimits;

/// <summary>One window's hit count for one client and policy (PostgreSQL store).</summary>
public sealed class RateLimitCounter
{
    public string Key { get; set; } = "";

    public long Count { get; set; }

    public DateTime ExpiresAt { get; set; }
}

internal sealed class RateLimitCounterConfiguration : IEntityTypeConfiguration<RateLimitCounter>
{
    public void Configure(EntityTypeBuilder<RateLimitCounter> b)
    {
        b.ToTable("RateLimitCounters");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(200);
        b.HasIndex(c => c.ExpiresAt);
    }
}
