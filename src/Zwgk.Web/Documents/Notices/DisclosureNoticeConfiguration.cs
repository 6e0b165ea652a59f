using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Documents;
using Zwgk.Web.Organizations;

namespace Zwgk.Web.Documents.Notices;

internal sealed class DisclosureNoticeConfiguration : IEntityTypeConfiguration<DisclosureNotice>
{
    public void Configure(EntityTypeBuilder<DisclosureNotice> b)
    {
        b.ToTable("DisclosureNotices");
        b.Property(n => n.Number).HasMaxLength(100).IsRequired();
        b.Property(n => n.Subject).HasMaxLength(200);
        b.Property(n => n.IssuedBy).HasMaxLength(256).IsRequired();
        // One number per unit and year; the sequence already guarantees it, the index says so to the database.
        b.HasIndex(n => new { n.UnitId, n.Year, n.Serial }).IsUnique();
        b.HasIndex(n => new { n.UnitId, n.Number }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(n => n.AddresseeUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
