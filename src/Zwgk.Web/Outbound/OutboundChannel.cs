using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Auditing;
using Zwgk.Domain.Workflow;

namespace Zwgk.Web.Outbound;

/// <summary>What kind of outlet a channel is (seed 000 §三(三)2: 政务新媒体, 政务公开栏 and other channels).</summary>
public enum ChannelKind
{
    NewMedia,
    NoticeBoard,
    Other,
}

public static class ChannelKindExtensions
{
    public static string DisplayName(this ChannelKind k) => k switch
    {
        ChannelKind.NewMedia => "政务新媒体",
        ChannelKind.NoticeBoard => "政务公开栏（屏）",
        ChannelKind.Other => "其他渠道",
        _ => k.ToString(),
    };
}

/// <summary>
/// 同源发布 channel (seed 000 §三(三)2): an outlet of a unit that carries what the unit publishes on its site, from the
/// same record. It is told of publications, corrections and withdrawals by a signed webhook (when it has a URL), and
/// offers a feed of what it carries either way. Its secret is kept encrypted with the data-protection keys (docs/adr/0020).
/// </summary>
public sealed class OutboundChannel : IAuditable, IUnitOwned
{
    public int Id { get; set; }

    public int Revision { get; set; }

    /// <summary>The unit whose publications the channel carries (and its subunits' when <see cref="IncludeSubunits"/>).</summary>
    public int UnitId { get; set; }

    public string Name { get; set; } = "";

    public ChannelKind Kind { get; set; }

    /// <summary>Where publications are posted; null for a channel that only pulls its feed (e.g. a 公开栏 screen).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The signing secret, encrypted (<see cref="ChannelSecrets"/>); the audit trail never shows it (its name says Secret).</summary>
    public string? ProtectedSecret { get; set; }

    public bool IncludeSubunits { get; set; } = true;

    public bool Enabled { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    int? IAuditable.AuditUnitId => UnitId;

    string IAuditable.AuditLabel => Name;
}

internal sealed class OutboundChannelConfiguration : IEntityTypeConfiguration<OutboundChannel>
{
    public void Configure(EntityTypeBuilder<OutboundChannel> b)
    {
        b.ToTable("OutboundChannels");
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.WebhookUrl).HasMaxLength(500);
        b.Property(c => c.ProtectedSecret).HasMaxLength(2000);
        b.HasOne<Organizations.Organization>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.UnitId);
    }
}
