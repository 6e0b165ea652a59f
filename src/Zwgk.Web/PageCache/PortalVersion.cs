using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Web.Sites;

namespace Zwgk.Web.PageCache;

/// <summary>
/// The content version of one site's public pages: raised in the same transaction as every change that can alter what
/// the portal shows for that site, and part of every cached page's key, so a cached page of an older version is never
/// served again, on any instance (docs/adr/0014). A site without a row is at version 0.
/// </summary>
public sealed class PortalVersion
{
    public int SiteId { get; set; }

    public long Version { get; set; }

    /// <summary>UTC instant of the last change of the site's public content.</summary>
    public DateTime ChangedAt { get; set; }
}

internal sealed class PortalVersionConfiguration : IEntityTypeConfiguration<PortalVersion>
{
    public void Configure(EntityTypeBuilder<PortalVersion> b)
    {
        b.ToTable("PortalVersions");
        b.HasKey(v => v.SiteId);
        b.Property(v => v.SiteId).ValueGeneratedNever();
        b.HasOne<Site>().WithOne().HasForeignKey<PortalVersion>(v => v.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
