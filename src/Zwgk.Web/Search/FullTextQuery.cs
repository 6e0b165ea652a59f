using System.Text;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Search;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Search;

/// <summary>
/// The raw full-text SQL of one search, per engine, built so that no statement has to touch every match
/// (docs/adr/0012): pages are read newest first from the index and stop; relevance is two such reads, title
/// matches first, then body-only matches; counts stop at a cap. Every user value is a parameter; match expressions
/// come from <see cref="ChineseTokenizer"/>.
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

    public FullTextQuery(ZwgkDbContext db, SearchTerms terms, SearchQuery q)
    {
        _db = db;
        if (db.Database.IsSqlite())
        {
            _sqlite = true;
            // Filters are facet tokens inside the match (SearchFacets), so FTS5 narrows them in its own index.
            var facets = SearchFacets.Required(q);
            var facetExpr = facets.Count == 0 ? "" : " AND (FacetTokens : (" + string.Join(" AND ", facets.Select(f => "\"" + f + "\"")) + "))";
            _allMatch = terms.ToMatchQuery(SearchDialect.Sqlite, restrictTo: "TitleTokens BodyTokens") + facetExpr;
            var titleKeys = terms.WithPrefix(SearchEntry.TitleKeyPrefix).ToMatchQuery(SearchDialect.Sqlite, restrictTo: "TitleKeys");
            _titleMatch = titleKeys + facetExpr;
            _bodyOnlyMatch = "(" + _allMatch + ") NOT (" + titleKeys + ")";
            _filterSql = string.IsNullOrWhiteSpace(q.DocumentNumber)
                ? ""
                : " AND rowid IN (SELECT SortKey FROM SearchEntries WHERE instr(DocumentNumber, " + Arg(q.DocumentNumber.Trim(), 1) + ") > 0)";
            return;
        }

        if (!db.Database.IsNpgsql())
        {
            throw new NotSupportedException($"Search is not implemented for {db.Database.ProviderName}.");
        }

        _allMatch = terms.ToMatchQuery(SearchDialect.Postgres);
        _titleMatch = terms.WithPrefix(SearchEntry.TitleKeyPrefix).ToMatchQuery(SearchDialect.Postgres);
        _bodyOnlyMatch = "(" + _allMatch + ") & !(" + _titleMatch + ")";
        _filterSql = PostgresFilters(q);
    }

    /// <summary>How many documents match the part, counting no further than <paramref name="cap"/>.</summary>
    public async Task<int> CountAsync(MatchPart part, int cap, CancellationToken ct)
    {
        var sql = _sqlite
            ? $"SELECT count(*) AS \"Value\" FROM (SELECT 1 FROM SearchFts WHERE SearchFts MATCH {{0}}{_filterSql} LIMIT {cap})"
            // The ORDER BY lets PostgreSQL walk a SortKey index and stop at the cap instead of rechecking every GIN match.
            : $"SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM \"SearchEntries\" WHERE \"Tsv\" @@ to_tsquery('simple', {{0}}){_filterSql} ORDER BY \"SortKey\" DESC LIMIT {cap}) m";
        return await _db.Database.SqlQueryRaw<int>(sql, Args(part)).SingleAsync(ct);
    }

    /// <summary>Sort keys of one page of the part's matches, newest first.</summary>
    public Task<List<long>> NewestAsync(MatchPart part, int skip, int take, CancellationToken ct)
    {
        var sql = _sqlite
            ? $"SELECT rowid AS \"Value\" FROM SearchFts WHERE SearchFts MATCH {{0}}{_filterSql} ORDER BY rowid DESC LIMIT {take} OFFSET {skip}"
            : $"SELECT \"SortKey\" AS \"Value\" FROM \"SearchEntries\" WHERE \"Tsv\" @@ to_tsquery('simple', {{0}}){_filterSql} ORDER BY \"SortKey\" DESC LIMIT {take} OFFSET {skip}";
        return _db.Database.SqlQueryRaw<long>(sql, Args(part)).ToListAsync(ct);
    }

    private string PostgresFilters(SearchQuery q)
    {
        var sql = new StringBuilder();
        var n = 1; // {0} is the match expression
        void Add(string clause, object value)
        {
            sql.Append(" AND ").Append(clause.Replace("@", "{" + n++ + "}", StringComparison.Ordinal));
            _filterArgs.Add(value);
        }

        if (q.SiteId is { } site)
        {
            Add("\"SiteId\" = @", site);
        }

        if (!string.IsNullOrEmpty(q.UnitPath))
        {
            Add("starts_with(\"UnitPath\", @)", q.UnitPath);
        }

        if (!string.IsNullOrWhiteSpace(q.Topic))
        {
            Add("\"Topic\" = @", q.Topic.Trim());
        }

        if (!string.IsNullOrWhiteSpace(q.Genre))
        {
            Add("\"Genre\" = @", q.Genre.Trim());
        }

        if (q.Year is { } year)
        {
            Add("\"Year\" = @", year);
        }

        if (!string.IsNullOrWhiteSpace(q.Validity))
        {
            Add("\"Validity\" = @", q.Validity.Trim());
        }

        if (!string.IsNullOrWhiteSpace(q.DocumentNumber))
        {
            Add("strpos(\"DocumentNumber\", @) > 0", q.DocumentNumber.Trim());
        }

        return sql.ToString();
    }

    private string Arg(object value, int position)
    {
        _filterArgs.Add(value);
        return "{" + position + "}";
    }

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
