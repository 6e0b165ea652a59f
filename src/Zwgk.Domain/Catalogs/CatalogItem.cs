namespace Zwgk.Domain.Catalogs;

/// <summary>
/// 公开事项: one row of a unit's catalog version. <see cref="Key"/> stays the same from version to version, so the change
/// history can say "changed" rather than "removed and added", and documents filed under the item stay filed under it.
/// </summary>
public sealed class CatalogItem
{
    public int Id { get; private set; }

    public int CatalogId { get; private set; }

    public Guid Key { get; private set; }

    public int DomainId { get; private set; }

    /// <summary>The guideline row it was adapted from; null for a local item (本地新增).</summary>
    public int? GuidelineItemId { get; private set; }

    public int Sequence { get; internal set; }

    public ItemElements Elements { get; private set; } = new();

    /// <summary>Marked as not applying to this unit, with the reason the reviewer reads.</summary>
    public bool NotApplicable { get; private set; }

    public string? NotApplicableReason { get; private set; }

    /// <summary>When the item first went public: the start of the obligation to publish under it.</summary>
    public DateTime? FirstPublishedAt { get; internal set; }

    private CatalogItem()
    {
    }

    internal CatalogItem(Guid key, int domainId, int? guidelineItemId, int sequence, ItemElements elements, DateTime? firstPublishedAt)
    {
        Key = key;
        DomainId = domainId;
        GuidelineItemId = guidelineItemId;
        Sequence = sequence;
        Elements = elements;
        FirstPublishedAt = firstPublishedAt;
    }

    internal CatalogItem CopyForRevision() =>
        new(Key, DomainId, GuidelineItemId, Sequence, Elements, FirstPublishedAt) { NotApplicable = NotApplicable, NotApplicableReason = NotApplicableReason };

    internal void Change(ItemElements elements) => Elements = elements;

    internal void SetApplicability(bool notApplicable, string? reason)
    {
        NotApplicable = notApplicable;
        NotApplicableReason = notApplicable ? reason : null;
    }
}

/// <summary>A row to put into a catalog: where it comes from and its elements (the console form, the API, or a spreadsheet row).</summary>
public sealed record NewCatalogItem(int DomainId, int? GuidelineItemId, ItemElements Elements, bool NotApplicable = false, string? NotApplicableReason = null);
