using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Catalogs;

/// <summary>
/// One step in a catalog version's life. Actions: Created, Revised, ItemAdded, ItemEdited, ItemRemoved, ItemApplicability,
/// Imported, Submitted, Returned, Approved, Published, Superseded.
/// </summary>
public sealed class CatalogEvent : WorkflowEvent<CatalogState>
{
    public int CatalogId { get; private set; }
}

/// <summary>A reviewer's comment on one item (or on the whole catalog when <see cref="ItemKey"/> is null), in a review round.</summary>
public sealed class CatalogReviewComment
{
    public int Id { get; private set; }

    public int CatalogId { get; private set; }

    /// <summary>The submission it answers (1 for the first submission).</summary>
    public int Round { get; private set; }

    public Guid? ItemKey { get; private set; }

    public string Text { get; private set; } = "";

    public string Reviewer { get; private set; } = "";

    public DateTime At { get; private set; }

    private CatalogReviewComment()
    {
    }

    internal CatalogReviewComment(int round, Guid? itemKey, string text, string reviewer, DateTime at)
    {
        Round = round;
        ItemKey = itemKey;
        Text = text;
        Reviewer = reviewer;
        At = at;
    }
}
