using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Search;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Search;

public enum SearchSort
{
    /// <summary>Documents with every term in the title (or number) first, then by engine score, then newest.</summary>
    Relevance,

    /// <summary>Newest first.</summary>
    Date,
}

/// <summary>What a search asks for. Empty text lists the filtered documents newest first.</summary>
public sealed record SearchQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;

    public string? Text { get; init; }

    public int? SiteId { get; init; }

    /// <summary>A unit path such as "/1/4/": documents of that unit and of every unit below it.</summary>
    public string? UnitPath { get; init; }

    public string? Topic { get; init; }

    public string? Genre { get; init; }

    public int? Year { get; init; }

    public string? Validity { get; init; }

    /// <summary>Part of a document number, e.g. "〔2020〕17".</summary>
    public string? DocumentNumber { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}

/// <summary>
/// The bounds that keep a search's cost independent of the corpus size (docs/adr/0012): counting stops after
/// <see cref="CountCap"/> matches, and no page beyond them is offered. PostgreSQL checks up to
/// <see cref="PageProbeRows"/> (for a page) or <see cref="CountProbeRows"/> (for the count) of the site's newest rows
/// one by one before it asks the GIN index (FullTextQuery).
/// </summary>
public sealed record SearchLimits(int CountCap, int PageProbeRows = 1_000, int CountProbeRows = 5_000)
{
    public static readonly SearchLimits Default = new(1_000);
}

/// <summary>One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are encoded HTML with &lt;mark&gt; around the terms.</summary>
public sealed record SearchHit(
    int DocumentId,
    int SiteId,
    string Title,
    string TitleHtml,
    string Url,
    DateTime PublishedAt,
    string? DocumentNumber,
    string? IndexNumber,
    string? Topic,
    string? Genre,
    string? Validity,
    string SnippetHtml);

public sealed record SearchResults(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items)
{
    /// <summary>True when more than <see cref="Total"/> documents match: counting stopped at <see cref="SearchLimits.CountCap"/>.</summary>
    public bool TotalIsCapped { get; init; }

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Keeps the search index and answers searches. Changes are only staged on the context: the caller's SaveChanges
/// writes them in the same transaction as the document change, and the database keeps its full-text index in step
/// (<see cref="SearchSchema"/>). Queries are raw SQL per engine with every user value a parameter; the match
/// expression is built by <see cref="ChineseTokenizer"/>, which lets no user operator through.
/// </summary>
public sealed class SearchIndex(ZwgkDbContext db, SearchLimits? limits = null)
{
    private readonly SearchLimits _limits = limits ?? SearchLimits.Default;

    /// <summary>Adds the entry, or overwrites the one with the same document id.</summary>
    public async Task UpsertAsync(SearchEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Refuse a malformed path now rather than lose the document from every subtree filter.
        _ = Zwgk.Domain.Organizations.UnitPath.Parse(entry.UnitPath);
        var existing = await db.SearchEntries.FindAsync([entry.DocumentId], ct);
        if (existing is null)
        {
            db.SearchEntries.Add(entry);
            return;
        }

        var tracked = db.Entry(existing);
        if (tracked.State == EntityState.Deleted)
        {
            tracked.State = EntityState.Modified;
        }

        if (!ReferenceEquals(existing, entry))
        {
            tracked.CurrentValues.SetValues(entry);
        }
    }

    /// <summary>Takes the document out of the index; nothing happens when it is not there.</summary>
    public async Task RemoveAsync(int documentId, CancellationToken ct = default)
    {
        var existing = await db.SearchEntries.FindAsync([documentId], ct);
        if (existing is not null)
        {
            db.SearchEntries.Remove(existing);
        }
    }

    public async Task<SearchResults> QueryAsync(SearchQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = query.PageSize < 1 ? SearchQuery.DefaultPageSize : Math.Min(query.PageSize, SearchQuery.MaxPageSize);
        var page = Math.Clamp(query.Page, 1, int.MaxValue / SearchQuery.MaxPageSize);
        var terms = ChineseTokenizer.ParseQuery(query.Text);

        List<Row> rows;
        int total;
        var capped = false;
        if (terms.IsEmpty)
        {
            // Without text the filters are ordinary column conditions; with text they go into the match (FullTextQuery).
            var entries = Filter(db.SearchEntries.AsNoTracking(), query);
            total = await entries.CountAsync(ct);
            rows = total == 0 ? [] : await entries
                .OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.DocumentId)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Select(e => new Row(e.SortKey, e.DocumentId, e.SiteId, e.Title, e.Url, e.PublishedAt, e.DocumentNumber, e.IndexNumber, e.Topic, e.Genre, e.Validity, e.PlainText))
                .ToListAsync(ct);
        }
        else
        {
            var fullText = new FullTextQuery(db, terms, query, _limits);
            total = await fullText.CountAsync(_limits.CountCap + 1, ct);
            capped = total > _limits.CountCap;
            total = Math.Min(total, _limits.CountCap);
            var skip = (page - 1) * pageSize;
            var keys = total == 0 || skip >= total ? [] : query.Sort == SearchSort.Date
                ? await fullText.NewestAsync(MatchPart.All, skip, pageSize, ct)
                : await RankedPageAsync(fullText, skip, pageSize, ct);
            rows = await RowsAsync(keys, ct);
        }

        var items = rows.Select(r => new SearchHit(
                r.DocumentId,
                r.SiteId,
                r.Title,
                SearchHighlighter.Highlight(r.Title, terms.HighlightTerms),
                r.Url,
                r.PublishedAt,
                r.DocumentNumber,
                r.IndexNumber,
                r.Topic,
                r.Genre,
                r.Validity,
                SearchHighlighter.Snippet(BodyOf(r), terms.HighlightTerms)))
            .ToList();
        return new SearchResults(total, page, pageSize, items) { TotalIsCapped = capped };
    }

    /// <summary>
    /// One page in relevance order: documents with every term in the title tokens (title, 文号, 索引号) first, then
    /// the rest, each newest first. Two newest-first reads that stop after the page, so the cost does not grow with
    /// the corpus (docs/adr/0012) and paging is exact.
    /// </summary>
    private static async Task<List<long>> RankedPageAsync(FullTextQuery fullText, int skip, int take, CancellationToken ct)
    {
        // Fewer title matches than asked for means these are all of them, so the body-only offset is exact.
        var titleKeys = await fullText.NewestAsync(MatchPart.Title, 0, skip + take, ct);
        var keys = titleKeys.Skip(skip).ToList();
        if (keys.Count < take)
        {
            keys.AddRange(await fullText.NewestAsync(MatchPart.BodyOnly, Math.Max(0, skip - titleKeys.Count), take - keys.Count, ct));
        }

        return keys;
    }

    /// <summary>The display rows of the given sort keys, in the order given.</summary>
    private async Task<List<Row>> RowsAsync(List<long> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var found = await db.SearchEntries.AsNoTracking().Where(e => keys.Contains(e.SortKey))
            .Select(e => new Row(e.SortKey, e.DocumentId, e.SiteId, e.Title, e.Url, e.PublishedAt, e.DocumentNumber, e.IndexNumber, e.Topic, e.Genre, e.Validity, e.PlainText))
            .ToDictionaryAsync(r => r.SortKey, ct);
        return keys.Where(found.ContainsKey).Select(k => found[k]).ToList();
    }

    private static IQueryable<SearchEntry> Filter(IQueryable<SearchEntry> entries, SearchQuery q)
    {
        if (q.SiteId is { } site)
        {
            entries = entries.Where(e => e.SiteId == site);
        }

        if (!string.IsNullOrEmpty(q.UnitPath))
        {
            var path = q.UnitPath;
            entries = entries.Where(e => e.UnitPath.StartsWith(path));
        }

        if (!string.IsNullOrWhiteSpace(q.Topic))
        {
            var topic = q.Topic.Trim();
            entries = entries.Where(e => e.Topic == topic);
        }

        if (!string.IsNullOrWhiteSpace(q.Genre))
        {
            var genre = q.Genre.Trim();
            entries = entries.Where(e => e.Genre == genre);
        }

        if (q.Year is { } year)
        {
            entries = entries.Where(e => e.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(q.Validity))
        {
            var validity = q.Validity.Trim();
            entries = entries.Where(e => e.Validity == validity);
        }

        if (!string.IsNullOrWhiteSpace(q.DocumentNumber))
        {
            var number = q.DocumentNumber.Trim();
            entries = entries.Where(e => e.DocumentNumber != null && e.DocumentNumber.Contains(number));
        }

        return entries;
    }

    /// <summary>The snippet comes from the body; PlainText starts with the title, which is shown on its own.</summary>
    private static string BodyOf(Row r) =>
        r.PlainText.StartsWith(r.Title, StringComparison.Ordinal) ? r.PlainText[r.Title.Length..].TrimStart() : r.PlainText;

    private sealed record Row(
        long SortKey,
        int DocumentId,
        int SiteId,
        string Title,
        string Url,
        DateTime PublishedAt,
        string? DocumentNumber,
        string? IndexNumber,
        string? Topic,
        string? Genre,
        string? Validity,
        string PlainText);
}
