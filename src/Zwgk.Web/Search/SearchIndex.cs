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

/// <summary>One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are encoded HTML with &lt;mark&gt; around the terms.</summary>
public sealed record SearchHit(
    int DocumentId,
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
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Keeps the search index and answers searches. Changes are only staged on the context: the caller's SaveChanges
/// writes them in the same transaction as the document change, and the database keeps its full-text index in step
/// (<see cref="SearchSchema"/>). Queries are raw SQL per engine with every user value a parameter; the match
/// expression is built by <see cref="ChineseTokenizer"/>, which lets no user operator through.
/// </summary>
public sealed class SearchIndex(ZwgkDbContext db)
{
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
        var entries = Filter(db.SearchEntries.AsNoTracking(), query);

        IQueryable<Row> ordered;
        int total;
        if (terms.IsEmpty)
        {
            total = await entries.CountAsync(ct);
            ordered = entries
                .OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.DocumentId)
                .Select(e => new Row(e.DocumentId, e.Title, e.Url, e.PublishedAt, e.DocumentNumber, e.IndexNumber, e.Topic, e.Genre, e.Validity, e.PlainText));
        }
        else
        {
            var matched = from h in Matches(terms)
                          join e in entries on h.DocumentId equals e.DocumentId
                          select new { h.Score, h.TitleHit, Entry = e };
            total = await matched.CountAsync(ct);
            var sorted = query.Sort == SearchSort.Date
                ? matched.OrderByDescending(m => m.Entry.PublishedAt).ThenByDescending(m => m.Entry.DocumentId)
                : matched.OrderByDescending(m => m.TitleHit).ThenByDescending(m => m.Score)
                    .ThenByDescending(m => m.Entry.PublishedAt).ThenByDescending(m => m.Entry.DocumentId);
            ordered = sorted.Select(m => new Row(
                m.Entry.DocumentId, m.Entry.Title, m.Entry.Url, m.Entry.PublishedAt, m.Entry.DocumentNumber, m.Entry.IndexNumber,
                m.Entry.Topic, m.Entry.Genre, m.Entry.Validity, m.Entry.PlainText));
        }

        var rows = total == 0 ? [] : await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var items = rows.Select(r => new SearchHit(
                r.DocumentId,
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
        return new SearchResults(total, page, pageSize, items);
    }

    /// <summary>Full-text matches with their score (higher is better) and whether all terms are in the title tokens.</summary>
    private IQueryable<Hit> Matches(SearchTerms terms)
    {
        if (db.Database.IsSqlite())
        {
            var match = terms.ToMatchQuery(SearchDialect.Sqlite);
            var titleMatch = terms.ToMatchQuery(SearchDialect.Sqlite, restrictTo: "TitleTokens");
            // bm25 is smaller for better matches; negated so both engines sort descending. Title column weighs 10×.
            return db.Database.SqlQuery<Hit>($"""
                SELECT rowid AS DocumentId,
                       -bm25(SearchFts, 10.0, 1.0) AS Score,
                       rowid IN (SELECT rowid FROM SearchFts WHERE SearchFts MATCH {titleMatch}) AS TitleHit
                FROM SearchFts
                WHERE SearchFts MATCH {match}
                """);
        }

        if (db.Database.IsNpgsql())
        {
            var match = terms.ToMatchQuery(SearchDialect.Postgres);
            var titleMatch = terms.ToMatchQuery(SearchDialect.Postgres, restrictTo: "A");
            // Weights are {D, C, B, A}: title tokens (A) count ten times body tokens (B).
            return db.Database.SqlQuery<Hit>($$"""
                SELECT "DocumentId",
                       ts_rank_cd('{0, 0, 0.1, 1.0}'::float4[], "Tsv", to_tsquery('simple', {{match}}))::float8 AS "Score",
                       "Tsv" @@ to_tsquery('simple', {{titleMatch}}) AS "TitleHit"
                FROM "SearchEntries"
                WHERE "Tsv" @@ to_tsquery('simple', {{match}})
                """);
        }

        throw new NotSupportedException($"Search is not implemented for {db.Database.ProviderName}.");
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

    private sealed record Hit(int DocumentId, double Score, bool TitleHit);

    private sealed record Row(
        int DocumentId,
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
