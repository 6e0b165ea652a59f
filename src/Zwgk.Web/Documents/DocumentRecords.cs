using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Auditing;

namespace Zwgk.Web.Documents;

/// <summary>A file attached to a document; the bytes live once in the content-addressed store under <see cref="Sha256"/>.</summary>
public sealed class DocumentAttachment
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public string FileName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public long Size { get; set; }

    public string Extension { get; set; } = "";

    public string MimeType { get; set; } = "";

    /// <summary>Text extracted for search (pdf, docx, xlsx), if any.</summary>
    public string? ExtractedText { get; set; }

    public int Downloads { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>Added with a pending correction (更正稿): not public until the correction is signed off.</summary>
    public bool PendingCorrection { get; set; }

    /// <summary>Marked for removal by a pending correction: still public until the correction is signed off.</summary>
    public bool RemovedByCorrection { get; set; }

    public string UploadedBy { get; set; } = "";
}

/// <summary>A configured wrong or sensitive expression (错敏词) checked before publication.</summary>
public sealed class WordingRuleRecord : IAuditable
{
    public int Id { get; set; }

    public string Term { get; set; } = "";

    public string? Suggestion { get; set; }

    public bool Serious { get; set; }

    int? IAuditable.AuditUnitId => null;

    string IAuditable.AuditLabel => Term;
}

internal sealed class DocumentAttachmentConfiguration : IEntityTypeConfiguration<DocumentAttachment>
{
    public void Configure(EntityTypeBuilder<DocumentAttachment> b)
    {
        b.ToTable("DocumentAttachments");
        b.Property(a => a.FileName).HasMaxLength(255).IsRequired();
        b.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        b.Property(a => a.Extension).HasMaxLength(16).IsRequired();
        b.Property(a => a.MimeType).HasMaxLength(100).IsRequired();
        b.Property(a => a.UploadedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(a => a.DocumentId);
        b.HasOne<Zwgk.Domain.Documents.Document>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WordingRuleConfiguration : IEntityTypeConfiguration<WordingRuleRecord>
{
    public void Configure(EntityTypeBuilder<WordingRuleRecord> b)
    {
        b.ToTable("WordingRules");
        b.Property(r => r.Term).HasMaxLength(100).IsRequired();
        b.Property(r => r.Suggestion).HasMaxLength(200);
        b.HasIndex(r => r.Term).IsUnique();
    }
}
