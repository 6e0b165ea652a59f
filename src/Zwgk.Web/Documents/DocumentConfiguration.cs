using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Documents;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documents");
        b.Property(d => d.Title).HasMaxLength(300).IsRequired();
        b.Property(d => d.DocumentNumber).HasMaxLength(100);
        b.Property(d => d.IssuingUnits).HasMaxLength(500).IsRequired();
        b.Property(d => d.Genre).HasMaxLength(32).IsRequired();
        b.Property(d => d.Topics).HasMaxLength(300).IsRequired();
        b.Property(d => d.StatutoryCategory).HasMaxLength(16);
        b.Property(d => d.Keywords).HasMaxLength(200);
        b.Property(d => d.Summary).HasMaxLength(1000);
        b.Property(d => d.WithholdingBasis).HasMaxLength(2000);
        b.Property(d => d.RegistrationNumber).HasMaxLength(100);
        b.Property(d => d.UnifiedNumber).HasMaxLength(100);
        b.Property(d => d.ConfidentialityReviewer).HasMaxLength(256);
        b.Property(d => d.ConfidentialityOpinion).HasMaxLength(1000);
        b.Property(d => d.SignedOffBy).HasMaxLength(256);
        b.Property(d => d.FiledWithOfficeBy).HasMaxLength(256);
        b.Property(d => d.FilingNote).HasMaxLength(1000);
        b.Property(d => d.WordingOverrideReason).HasMaxLength(1000);
        b.Property(d => d.IndexNumber).HasMaxLength(100);
        b.Property(d => d.AttributeNoticeNumber).HasMaxLength(100);
        b.Property(d => d.WithdrawalReason).HasMaxLength(1000);
        b.Property(d => d.ValidityReason).HasMaxLength(1000);
        b.Property(d => d.ReprintSource).HasMaxLength(Reprint.SourceMax);
        b.Property(d => d.ReprintOriginalNumber).HasMaxLength(Reprint.OriginalNumberMax);
        b.Property(d => d.ReprintOriginalUrl).HasMaxLength(Reprint.OriginalUrlMax);
        b.HasIndex(d => d.IndexNumber).IsUnique();
        b.HasIndex(d => new { d.SiteId, d.State, d.PublishedAt });
        b.HasIndex(d => new { d.UnitId, d.State });
        // Column lists and the home page's latest-first lists read a column's newest public documents.
        b.HasIndex(d => new { d.ColumnId, d.State, d.PublishedAt });
        b.HasIndex(d => d.SupersededById);
        b.HasIndex(d => new { d.UnitId, d.AttributePending });
        b.HasHistory<Document, DocumentState, DocumentEvent>(e => e.DocumentId);
        b.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(d => d.Content);
        b.Ignore(d => d.IsPublic);
        b.Ignore(d => d.IsPolicy);
        b.Ignore(d => d.RequiresFiling);
        b.Ignore(d => d.Drafters);
        b.Ignore(d => d.AttachmentsFrozen);
        b.Ignore(d => d.Reprint);
        b.Ignore(d => d.IsReprint);
        b.Ignore(d => d.PendingCorrection);
        b.Ignore(d => d.CorrectionPreparers);
        b.Property(d => d.CorrectionReason).HasMaxLength(1000);
    }
}

internal sealed class DocumentEventConfiguration : IEntityTypeConfiguration<DocumentEvent>
{
    public void Configure(EntityTypeBuilder<DocumentEvent> b)
    {
        // Document states have been stored as numbers since the first migration.
        b.MapEventRow<DocumentState, DocumentEvent>("DocumentEvents", e => e.DocumentId, stateLength: null);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.ToTable("DocumentVersions");
        b.Property(v => v.Title).HasMaxLength(300).IsRequired();
        b.Property(v => v.DocumentNumber).HasMaxLength(100);
        b.Property(v => v.Actor).HasMaxLength(256).IsRequired();
        b.Property(v => v.Reason).HasMaxLength(1000);
        b.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
    }
}
