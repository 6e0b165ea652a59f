using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Search;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Search;

/// <summary>
/// The raw full-text SQL of one search, per engine, built so that no statement has to touch every match
/// (docs/adr/0012): pages are read newest first and stop; relevance is two such reads, title matches first, then
/// body-only matches; counts stop at a cap. Every user value is a parameter; match expressions come from
/// <see cref="ChineseTokenizer"/>.
/// <para>
/// SQLite FTS5 returns matches in rowid (= sort key) order, so one statement does it. A PostgreSQL GIN index returns
/// its matches unordered, and sorting all of them is what made common words slow, while walking the newest rows
/// and checking each tsvector is what makes rare words slow. So PostgreSQL first looks among the newest
/// rows of the site (and year) (<see cref="SearchLimits"/>), which answers exactly whenever enough of them match; only
/// when too few do, the GIN index answers, with the filters as facet lexemes so that it intersects them itself.
/// </para>
/// </summary>
internal sealed class FullTextQuery
{
    private readonly ZwgkDbContext _db;
    private readonly bool _sqlite;
    private readonly string _allMatch;
    private readonly string _titleMatch;
    private readonly string _bodyOnlyMatch;
    private readonly string _filterSql;
    private readonly List<object> _filterArgs = [];

    // PostgreSQL only: the rows the probe walks (site, then year, by index), and whether a probe can help at all.
    private readonly string _windowSql = "";
    private readonly string _tsMatch = "";
    private readonly bool _probe;

    private readonly SearchLimits _limits;

    /// <summary>How many of the newest rows PostgreSQL reads to judge how common the words are before counting.</summary>
    private const int CountSampleRows = 200;

    // PostgreSQL only: what the count's sample of all matches found, which also says whether a page probe is worth its walk.
    private WindowCount? _sample;

    public FullTextQuery(ZwgkDbContext db, SearchTerms terms, SearchQuery q, SearchLimits limits)
    {
        _db = db;
        _limits = limits;
        var facets = SearchFacets.Required(q);
        if (db.Database.IsSqlite())
        {
            _sqlite = true;
            // Filters are facet tokens inside the match (SearchFacets), so FTS5 narrows them in its own index.
            var ftsFacets = facets.Count == 0 ? "" : " AND (FacetTokens : (" + string.Join(" AND ", facets.Select(f => "\"" + f + "\"")) + "))";
            _allMatch = terms.ToMatchQuery(SearchDialect.Sqlite, restrictTo: "TitleTokens BodyTokens") + ftsFacets;
            var titleKeys = terms.WithPrefix(SearchEntry.TitleKeyPrefix).ToMatchQuery(SearchDialect.Sqlite, restrictTo: "TitleKeys");
            _titleMatch = titleKeys + ftsFacets;
            _bodyOnlyMatch = "(" + _allMatch + ") NOT (" + titleKeys + ")";
            _filterSql = DocumentNumberFilter(q, "instr(DocumentNumber, {0}) > 0", sqliteRowid: true);
            return;
        }

        if (!db.Database.IsNpgsql())
        {
            throw new NotSupportedException($"Search is not implemented for {db.Database.ProviderName}.");
        }

        _allMatch = terms.ToMatchQuery(SearchDialect.Postgres);
        _titleMatch = terms.WithPrefix(SearchEntry.TitleKeyPrefix).ToMatchQuery(SearchDialect.Postgres);
        _bodyOnlyMatch = "(" + _allMatch + ") & !(" + _titleMatch + ")";
        // The facets join every part of the match, so the GIN index intersects them with the words. They are cast,
        // not parsed: to_tsquery would strip the mark that keeps them apart from words.
        _tsMatch = facets.Count == 0
            ? "\"Tsv\" @@ to_tsquery('simple', {0})"
            : "\"Tsv\" @@ (to_tsquery('simple', {0}) && " + Arg(string.Join(" & ", facets.Select(f => "'" + SearchSchema.PostgresFacetMark + f + "'"))) + "::tsquery)";
        _filterSql = DocumentNumberFilter(q, "strpos(\"DocumentNumber\", {0}) > 0", sqliteRowid: false);

        // The probe walks an index that yields newest first: (SiteId, SortKey), (SiteId, Year, SortKey) or SortKey.
        // A 文号 filter is selective and has no such index, so it goes straight to the GIN index.
        _probe = string.IsNullOrWhiteSpace(q.DocumentNumber);
        if (_probe && q.SiteId is { } site)
        {
            _windowSql = " WHERE \"SiteId\" = " + Arg(site);
            if (q.Year is { } year)
            {
                _windowSql += " AND \"Year\" = " + Arg(year);
            }
        }
    }

    /// <summary>How many documents match, counting no further than <paramref name="cap"/>.</summary>
    public async Task<int> CountAsync(int cap, CancellationToken ct)
    {
        const MatchPart part = MatchPart.All;
        if (_sqlite)
        {
            return await ScalarAsync($"SELECT count(*) AS \"Value\" FROM (SELECT 1 FROM SearchFts WHERE SearchFts MATCH {{0}}{_filterSql} LIMIT {cap})", part, ct);
        }

        if (_probe)
        {
            // A sample of the newest rows says which read is cheaper: a common word reaches the cap within a short
            // walk, which then stops; for any other the GIN index counts, and it is quickest when few match.
            var sampleRows = Math.Min(CountSampleRows, _limits.CountProbeRows);
            var sample = (await QueryAsync<WindowCount>(
                $"SELECT count(*) FILTER (WHERE {_tsMatch})::int AS \"Matches\", count(*)::int AS \"Rows\" FROM ({Window(sampleRows)}) w",
                part,
                ct)).Single();
            if (sample.Rows < sampleRows)
            {
                // The sample holds every row of the site (and year): its count is the whole count.
                return Math.Min(sample.Matches, cap);
            }

            _sample = sample;

            // Walk when the sample's share of matches reaches the cap within the window; a GIN bitmap of a word in
            // a fifth of a million documents costs more than such a walk (bench/README.md).
            if ((long)sample.Matches * _limits.CountProbeRows >= (long)cap * sample.Rows)
            {
                var inWindow = await ScalarAsync($"SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM ({Window(_limits.CountProbeRows)}) w WHERE {_tsMatch} LIMIT {cap}) m", part, ct);
                if (inWindow == cap || await WindowRowsAsync(_limits.CountProbeRows, ct) < _limits.CountProbeRows)
                {
                    // At the cap, or the window holds every row of the site (and year).
                    return inWindow;
                }
            }
        }

        // No ORDER BY: the bitmap scan of the GIN index stops at the cap.
        return await ScalarAsync($"SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM \"SearchEntries\" WHERE {_tsMatch}{_filterSql} LIMIT {cap}) m", part, ct);
    }

    /// <summary>Sort keys of one page of the part's matches, newest first.</summary>
    public async Task<List<long>> NewestAsync(MatchPart part, int skip, int take, CancellationToken ct)
    {
        if (_sqlite)
        {
            return await KeysAsync($"SELECT rowid AS \"Value\" FROM SearchFts WHERE SearchFts MATCH {{0}}{_filterSql} ORDER BY rowid DESC LIMIT {take} OFFSET {skip}", part, ct);
        }

        if (_probe && skip + take <= _limits.PageProbeRows && WindowLikelyHolds(skip + take))
        {
            // Every match outside the window is older than every row in it, so a window holding the whole page is exact.
            var page = await KeysAsync($"SELECT \"SortKey\" AS \"Value\" FROM ({Window(_limits.PageProbeRows)}) w WHERE {_tsMatch} ORDER BY \"SortKey\" DESC LIMIT {take} OFFSET {skip}", part, ct);
            if (page.Count == take)
            {
                return page;
            }
        }

        // Sorting by an expression keeps the planner off the walk the probe has just shown to be long: the GIN match set is small.
        return await KeysAsync($"SELECT \"SortKey\" AS \"Value\" FROM \"SearchEntries\" WHERE {_tsMatch}{_filterSql} ORDER BY \"SortKey\" + 0 DESC LIMIT {take} OFFSET {skip}", part, ct);
    }

    /// <summary>
    /// Whether the page window is likely to hold <paramref name="needed"/> matches, judged from the count's sample
    /// with a margin of two: a walk of the whole window that falls short costs more than the GIN read after it
    /// (bench/README.md). Every part's matches are among all matches, so the sample of all bounds them. Without a
    /// full sample (none taken, or the site and year are smaller than one) the window is tried.
    /// </summary>
    private bool WindowLikelyHolds(int needed) =>
        _sample is not { } s || (long)s.Matches * _limits.PageProbeRows >= 2L * needed * s.Rows;

    /// <summary>How many rows the window holds, read from the index alone.</summary>
    private Task<int> WindowRowsAsync(int rows, CancellationToken ct) =>
        ScalarAsync($"SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM \"SearchEntries\"{_windowSql} LIMIT {rows}) r", MatchPart.All, ct);

    /// <summary>
    /// The newest rows of the site (and year): a walk of a B-tree index, read lazily, so a statement that has what it
    /// needs stops early and only a fruitless search reads all of them.
    /// </summary>
    private string Window(int rows) => $"SELECT \"SortKey\", \"Tsv\" FROM \"SearchEntries\"{_windowSql} ORDER BY \"SortKey\" DESC LIMIT {rows}";

    private string DocumentNumberFilter(SearchQuery q, string condition, bool sqliteRowid)
    {
        if (string.IsNullOrWhiteSpace(q.DocumentNumber))
        {
            return "";
        }

        var clause = string.Format(System.Globalization.CultureInfo.InvariantCulture, condition, Arg(q.DocumentNumber.Trim()));
        return sqliteRowid ? " AND rowid IN (SELECT SortKey FROM SearchEntries WHERE " + clause + ")" : " AND " + clause;
    }

    /// <summary>A parameter placeholder; {0} is always the match expression.</summary>
    private string Arg(object value)
    {
        _filterArgs.Add(value);
        return "{" + _filterArgs.Count + "}";
    }

    private async Task<int> ScalarAsync(string sql, MatchPart part, CancellationToken ct) =>
        (await QueryAsync<int>(sql, part, ct)).Single();

    private Task<List<long>> KeysAsync(string sql, MatchPart part, CancellationToken ct) => QueryAsync<long>(sql, part, ct);

    // Only match expressions and values from this class reach the SQL text; every user value is a parameter.
    private Task<List<T>> QueryAsync<T>(string sql, MatchPart part, CancellationToken ct) =>
        _db.Database.SqlQueryRaw<T>(sql, Args(part)).ToListAsync(ct);

    private sealed record WindowCount(int Matches, int Rows);

    private object[] Args(MatchPart part) =>
        [part switch { MatchPart.Title => _titleMatch, MatchPart.BodyOnly => _bodyOnlyMatch, _ => _allMatch }, .. _filterArgs];
}

/// <summary>Which matches a statement reads: all, those with every term in the title tokens, or the rest.</summary>
internal enum MatchPart
{
    All,
    Title,
    BodyOnly,
}
