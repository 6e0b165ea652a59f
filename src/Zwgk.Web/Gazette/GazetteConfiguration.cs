using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Gazette;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Gazette;

internal sealed class GazetteIssueConfiguration : IEntityTypeConfiguration<GazetteIssue>
{
    public void Configure(EntityTypeBuilder<GazetteIssue> b)
    {
        b.ToTable("GazetteIssues");
        b.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.PublishedBy).HasMaxLength(100);
        b.Ignore(i => i.Label);
        b.HasOne<Column>().WithMany().HasForeignKey(i => i.ColumnId).OnDelete(DeleteBehavior.Restrict);
        // One 第 N 期 per gazette and year; two editors numbering at once meet this index, not a duplicate.
        b.HasIndex(i => new { i.ColumnId, i.Year, i.Number }).IsUnique();
        b.HasMany(i => i.Entries).WithOne().HasForeignKey(e => e.IssueId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class GazetteEntryConfiguration : IEntityTypeConfiguration<GazetteEntry>
{
    public void Configure(EntityTypeBuilder<GazetteEntry> b)
    {
        b.ToTable("GazetteEntries");
        b.HasOne<Document>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.IssueId, e.DocumentId }).IsUnique();
    }
}
