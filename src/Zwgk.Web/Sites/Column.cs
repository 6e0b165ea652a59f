using Zwgk.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Sites;

/// <summary>栏目: a section of a site. Columns form a tree; fixed ones (政府信息公开 and its five sub-columns) cannot be removed.</summary>
public sealed class Column : IAuditable
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    public Site? Site { get; set; }

    public int? ParentId { get; set; }

    public Column? Parent { get; set; }

    /// <summary>URL segment, unique among siblings; the column's address is its slugs joined: /col/xxgk/zn.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Full slug path from the site root, e.g. "xxgk/zn"; kept in step with <see cref="Slug"/> and parents.</summary>
    public string SlugPath { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>ColumnType page tag (page-tags.md).</summary>
    public string ColumnType { get; set; } = "";

    /// <summary>ColumnDescription page tag.</summary>
    public string Description { get; set; } = "";

    /// <summary>ColumnKeywords page tag.</summary>
    public string Keywords { get; set; } = "";

    /// <summary>Editable body shown on the column page (plain text paragraphs).</summary>
    public string? Content { get; set; }

    /// <summary>A well-known fixed column, e.g. "xxgk.guide"; null for ordinary columns.</summary>
    public string? FixedKey { get; set; }

    /// <summary>False: hidden (隐藏). The column is listed nowhere on the portal (navigation, home page, sub-column lists, sitemap), but its address still answers.</summary>
    public bool ShowInNavigation { get; set; } = true;

    /// <summary>UTC instant the column was retired (停用): its address (and its sub-columns') is 404 for the public; its documents stay published.</summary>
    public DateTime? RetiredAt { get; set; }

    public bool IsRetired => RetiredAt is not null;

    public int SortOrder { get; set; }

    /// <summary>
    /// The order of a newly created column: after every ordered sibling, and among new ones by id (creation order), so
    /// two admins creating columns at once need no read-add-save of a maximum. A move renumbers the siblings 1…n.
    /// </summary>
    public const int Appended = int.MaxValue;

    /// <summary>UTC instant of the last change of the column's own content.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>Raised by every save of the column; the concurrency token of its edits (docs/adr/0017).</summary>
    public int Revision { get; private set; }

    /// <summary>Why a fixed column refuses a change: the column the regulations require is kept as it is (seed 002 §三(二), 004 §三(一)2).</summary>
    public const string FixedReason = "“政府信息公开”及其五个子栏目是《政府信息公开条例》和标准规定必须设置的固定栏目";

    /// <summary>Refuses retiring a fixed column; null when it may be retired.</summary>
    public string? CannotRetire() => FixedKey is not null ? $"{FixedReason}，不能停用。" : IsRetired ? "该栏目已停用。" : null;

    /// <summary>Refuses hiding a fixed column (the public must always find it).</summary>
    public string? CannotHide() => FixedKey is not null ? $"{FixedReason}，必须在门户中显示，不能隐藏。" : null;

    /// <summary>Refuses a new type for a fixed column: its ColumnType page tag is the one the specification gives it.</summary>
    public string? CannotRetype(string type) => FixedKey is not null && type != ColumnType ? $"{FixedReason}，栏目类型（{ColumnType}）不能更改。" : null;

    int? IAuditable.AuditUnitId => Site?.OrganizationId;

    string IAuditable.AuditLabel => Name;
}

internal sealed class ColumnConfiguration : IEntityTypeConfiguration<Column>
{
    public void Configure(EntityTypeBuilder<Column> b)
    {
        b.ToTable("Columns");
        b.Property(c => c.Slug).HasMaxLength(64).IsRequired();
        b.Property(c => c.SlugPath).HasMaxLength(256).IsRequired();
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.Property(c => c.ColumnType).HasMaxLength(32).IsRequired();
        b.Property(c => c.Description).HasMaxLength(500).IsRequired();
        b.Property(c => c.Keywords).HasMaxLength(200).IsRequired();
        b.Property(c => c.Content).HasMaxLength(20000);
        b.Property(c => c.FixedKey).HasMaxLength(64);
        b.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.SiteId, c.SlugPath }).IsUnique();
        b.HasIndex(c => new { c.SiteId, c.FixedKey });
        b.Ignore(c => c.IsRetired);
    }
}
