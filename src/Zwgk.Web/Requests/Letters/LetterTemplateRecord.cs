using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Auditing;
using Zwgk.Web.Organizations;

namespace Zwgk.Web.Requests.Letters;

/// <summary>A unit's own version of one standard text; without a row the unit uses the shipped default. Audited on save.</summary>
public sealed class LetterTemplateRecord : IAuditable
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary><see cref="LetterTemplateKey"/> as text, e.g. "ClarificationNotice" or "Reply.PartlyDisclosed".</summary>
    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>UTC instant of the last change.</summary>
    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    int? IAuditable.AuditUnitId => UnitId;

    string IAuditable.AuditLabel => LetterTemplateKey.TryParse(Key, out var k) ? $"文书模板：{k.DisplayName}" : $"文书模板：{Key}";
}

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplateRecord>
{
    public void Configure(EntityTypeBuilder<LetterTemplateRecord> b)
    {
        b.ToTable("LetterTemplates");
        b.Property(t => t.Key).HasMaxLength(64).IsRequired();
        b.Property(t => t.Title).HasMaxLength(LetterTemplates.MaxTitle).IsRequired();
        b.Property(t => t.Body).HasMaxLength(LetterTemplates.MaxBody).IsRequired();
        b.Property(t => t.UpdatedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(t => new { t.UnitId, t.Key }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
