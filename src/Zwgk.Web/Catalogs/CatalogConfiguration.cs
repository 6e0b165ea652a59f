using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Web.Organizations;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

internal static class ElementsMapping
{
    /// <summary>The elements are one value object stored as columns of the row; enums as their names.</summary>
    public static void Map(ComplexPropertyBuilder<ItemElements> e)
    {
        e.Property(x => x.Category).HasMaxLength(ItemElements.NameMax).IsRequired();
        e.Property(x => x.Name).HasMaxLength(ItemElements.NameMax).IsRequired();
        e.Property(x => x.Content).HasMaxLength(ItemElements.TextMax).IsRequired();
        e.Property(x => x.LegalBasis).HasMaxLength(ItemElements.TextMax).IsRequired();
        e.Property(x => x.ResponsibleBody).HasMaxLength(ItemElements.NameMax).IsRequired();
        e.Property(x => x.ChannelList).HasMaxLength(500).IsRequired();
        e.Property(x => x.Audience).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.AudienceGroup).HasMaxLength(ItemElements.NameMax);
        e.Property(x => x.Method).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Levels).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.ServiceItemName).HasMaxLength(ItemElements.NameMax);
        e.Property(x => x.Remarks).HasMaxLength(ItemElements.TextMax);
        e.ComplexProperty(x => x.TimeLimit, t =>
        {
            t.Property(x => x.Unit).HasConversion<string>().HasMaxLength(16);
            t.Property(x => x.StartEvent).HasMaxLength(200).IsRequired();
            t.Property(x => x.Text).HasMaxLength(500).IsRequired();
        });
    }
}

internal sealed class PilotDomainConfiguration : IEntityTypeConfiguration<PilotDomain>
{
    public void Configure(EntityTypeBuilder<PilotDomain> b)
    {
        b.ToTable("PilotDomains");
        b.Property(d => d.Name).HasMaxLength(50).IsRequired();
        b.Property(d => d.Aliases).HasMaxLength(500).IsRequired();
        b.HasIndex(d => d.Name).IsUnique();
        b.HasIndex(d => d.Number).IsUnique();
        b.Ignore(d => d.AliasList);
    }
}

internal sealed class DomainResponsibilityConfiguration : IEntityTypeConfiguration<DomainResponsibility>
{
    public void Configure(EntityTypeBuilder<DomainResponsibility> b)
    {
        b.ToTable("DomainResponsibilities");
        b.Property(r => r.Department).HasMaxLength(100).IsRequired();
        b.HasIndex(r => new { r.CityUnitId, r.DomainId }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.CityUnitId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PilotDomain>().WithMany().HasForeignKey(r => r.DomainId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GuidelineConfiguration : IEntityTypeConfiguration<Guideline>
{
    public void Configure(EntityTypeBuilder<Guideline> b)
    {
        b.ToTable("Guidelines");
        b.Property(g => g.Title).HasMaxLength(200).IsRequired();
        b.Property(g => g.IssuedBy).HasMaxLength(100).IsRequired();
        b.Property(g => g.ImportedBy).HasMaxLength(256).IsRequired();
        b.HasOne<PilotDomain>().WithMany().HasForeignKey(g => g.DomainId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(g => g.Items).WithOne().HasForeignKey(i => i.GuidelineId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(g => g.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class GuidelineItemConfiguration : IEntityTypeConfiguration<GuidelineItem>
{
    public void Configure(EntityTypeBuilder<GuidelineItem> b)
    {
        b.ToTable("GuidelineItems");
        b.ComplexProperty(i => i.Elements, ElementsMapping.Map);
        b.HasIndex(i => new { i.GuidelineId, i.Sequence });
    }
}

internal sealed class StandardCatalogConfiguration : IEntityTypeConfiguration<StandardCatalog>
{
    public void Configure(EntityTypeBuilder<StandardCatalog> b)
    {
        b.ToTable("StandardCatalogs");
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ChangeReason).HasMaxLength(1000);
        b.Property(c => c.ReviewedBy).HasMaxLength(256);
        b.Property(c => c.ReviewOpinion).HasMaxLength(2000);
        b.HasIndex(c => new { c.UnitId, c.Number }).IsUnique();
        b.HasIndex(c => new { c.UnitId, c.State });
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StandardCatalog>().WithMany().HasForeignKey(c => c.PreviousId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CatalogId).OnDelete(DeleteBehavior.Cascade);
        b.HasHistory<StandardCatalog, CatalogState, CatalogEvent>(e => e.CatalogId);
        b.HasMany(c => c.Comments).WithOne().HasForeignKey(e => e.CatalogId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.Comments).HasField("_comments").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(c => c.IsEditable);
        b.Ignore(c => c.OpenComments);
    }
}

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> b)
    {
        b.ToTable("CatalogItems");
        b.ComplexProperty(i => i.Elements, ElementsMapping.Map);
        b.Property(i => i.NotApplicableReason).HasMaxLength(1000);
        b.HasIndex(i => new { i.CatalogId, i.Sequence });
        b.HasIndex(i => i.Key);
        b.HasOne<PilotDomain>().WithMany().HasForeignKey(i => i.DomainId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GuidelineItem>().WithMany().HasForeignKey(i => i.GuidelineItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CatalogEventConfiguration : IEntityTypeConfiguration<CatalogEvent>
{
    public void Configure(EntityTypeBuilder<CatalogEvent> b)
    {
        b.MapEventRow<CatalogState, CatalogEvent>("CatalogEvents", e => e.CatalogId, stateLength: 16);
    }
}

internal sealed class CatalogReviewCommentConfiguration : IEntityTypeConfiguration<CatalogReviewComment>
{
    public void Configure(EntityTypeBuilder<CatalogReviewComment> b)
    {
        b.ToTable("CatalogReviewComments");
        b.Property(c => c.Text).HasMaxLength(2000).IsRequired();
        b.Property(c => c.Reviewer).HasMaxLength(256).IsRequired();
        b.HasIndex(c => new { c.CatalogId, c.Round });
    }
}

internal sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>
{
    public void Configure(EntityTypeBuilder<ServiceItem> b)
    {
        b.ToTable("ServiceItems");
        b.Property(s => s.Name).HasMaxLength(ItemElements.NameMax).IsRequired();
        b.Property(s => s.Code).HasMaxLength(64);
        b.Property(s => s.Department).HasMaxLength(100);
        b.HasIndex(s => new { s.UnitId, s.Name }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentCatalogLinkConfiguration : IEntityTypeConfiguration<DocumentCatalogLink>
{
    public void Configure(EntityTypeBuilder<DocumentCatalogLink> b)
    {
        b.ToTable("DocumentCatalogLinks");
        b.Property(l => l.LinkedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(l => new { l.DocumentId, l.ItemKey }).IsUnique();
        b.HasIndex(l => l.ItemKey);
        b.HasOne<Document>().WithMany().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
