namespace Zwgk.Web.Search;

/// <summary>
/// The full-text parts of the search schema that EF Core cannot model, as raw SQL per engine. Migrations only loop
/// over these arrays (Up: <see cref="Sqlite"/> / <see cref="Postgres"/>; Down: the *Down arrays), so a regenerated
/// migration needs nothing but those loops. Every Up statement may be run again safely.
/// <para>
/// SQLite: an FTS5 table that reads its content from SearchEntries (external content, rowid = SortKey: newest first; facet tokens for filters) and is
/// kept in step by triggers. Note: when a later SQLite migration rebuilds SearchEntries (EF does that for some column
/// changes), the table's triggers are dropped with it; run <see cref="Sqlite"/> again at the end of that migration.
/// </para>
/// <para>
/// PostgreSQL: a stored generated tsvector column, title tokens weighted A, body tokens B and facet lexemes, with a GIN index.
/// EF does not know the column; only the raw queries of <see cref="SearchIndex"/> read it.
/// </para>
/// </summary>
public static class SearchSchema
{
    public const string Table = "SearchEntries";

    /// <summary>The SQLite FTS5 table.</summary>
    public const string FtsTable = "SearchFts";

    /// <summary>The PostgreSQL tsvector column on SearchEntries.</summary>
    public const string TsvColumn = "Tsv";

    public static readonly IReadOnlyList<string> Sqlite =
    [
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS SearchFts USING fts5(
            TitleTokens, BodyTokens, FacetTokens, TitleKeys,
            content='SearchEntries', content_rowid='SortKey',
            tokenize='unicode61 remove_diacritics 0');
        """,
        """
        CREATE TRIGGER IF NOT EXISTS SearchEntries_FtsInsert AFTER INSERT ON SearchEntries BEGIN
            INSERT INTO SearchFts(rowid, TitleTokens, BodyTokens, FacetTokens, TitleKeys)
            VALUES (new.SortKey, new.TitleTokens, new.BodyTokens, new.FacetTokens, new.TitleKeys);
        END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS SearchEntries_FtsDelete AFTER DELETE ON SearchEntries BEGIN
            INSERT INTO SearchFts(SearchFts, rowid, TitleTokens, BodyTokens, FacetTokens, TitleKeys)
            VALUES ('delete', old.SortKey, old.TitleTokens, old.BodyTokens, old.FacetTokens, old.TitleKeys);
        END;
        """,
        """
        CREATE TRIGGER IF NOT EXISTS SearchEntries_FtsUpdate AFTER UPDATE OF SortKey, TitleTokens, BodyTokens, FacetTokens, TitleKeys ON SearchEntries BEGIN
            INSERT INTO SearchFts(SearchFts, rowid, TitleTokens, BodyTokens, FacetTokens, TitleKeys)
            VALUES ('delete', old.SortKey, old.TitleTokens, old.BodyTokens, old.FacetTokens, old.TitleKeys);
            INSERT INTO SearchFts(rowid, TitleTokens, BodyTokens, FacetTokens, TitleKeys)
            VALUES (new.SortKey, new.TitleTokens, new.BodyTokens, new.FacetTokens, new.TitleKeys);
        END;
        """,
        // Rebuilds the index from SearchEntries, so running these statements again repairs a stale index.
        "INSERT INTO SearchFts(SearchFts) VALUES ('rebuild');",
    ];

    /// <summary>
    /// Fills SortKey, FacetTokens and TitleKeys of rows written before those columns existed, the same values
    /// <see cref="SearchEntry"/> and <see cref="SearchFacets"/> compute.
    /// </summary>
    public const string SqliteBackfill = """
        UPDATE SearchEntries SET
            SortKey = CAST(strftime('%s', PublishedAt) AS INTEGER) * 1000000000 + DocumentId,
            TitleKeys = CASE WHEN TitleTokens = '' THEN '' ELSE 'tk' || replace(TitleTokens, ' ', ' tk') END,
            FacetTokens = 'fs' || SiteId || ' fy' || Year || ' fu' || replace(trim(UnitPath, '/'), '/', ' fu')
                || CASE WHEN coalesce(Topic, '') = '' THEN '' ELSE ' ft' || lower(hex(Topic)) END
                || CASE WHEN coalesce(Genre, '') = '' THEN '' ELSE ' fg' || lower(hex(Genre)) END
                || CASE WHEN coalesce(Validity, '') = '' THEN '' ELSE ' fv' || lower(hex(Validity)) END;
        """;

    public const string PostgresBackfill = """
        UPDATE "SearchEntries" SET
            "SortKey" = floor(extract(epoch from "PublishedAt"))::bigint * 1000000000 + "DocumentId",
            "TitleKeys" = CASE WHEN "TitleTokens" = '' THEN '' ELSE 'tk' || replace("TitleTokens", ' ', ' tk') END,
            "FacetTokens" = 'fs' || "SiteId" || ' fy' || "Year" || ' fu' || replace(trim(both '/' from "UnitPath"), '/', ' fu')
                || CASE WHEN coalesce("Topic", '') = '' THEN '' ELSE ' ft' || encode(convert_to("Topic", 'UTF8'), 'hex') END
                || CASE WHEN coalesce("Genre", '') = '' THEN '' ELSE ' fg' || encode(convert_to("Genre", 'UTF8'), 'hex') END
                || CASE WHEN coalesce("Validity", '') = '' THEN '' ELSE ' fv' || encode(convert_to("Validity", 'UTF8'), 'hex') END;
        """;

    public static readonly IReadOnlyList<string> SqliteDown =
    [
        "DROP TRIGGER IF EXISTS SearchEntries_FtsUpdate;",
        "DROP TRIGGER IF EXISTS SearchEntries_FtsDelete;",
        "DROP TRIGGER IF EXISTS SearchEntries_FtsInsert;",
        "DROP TABLE IF EXISTS SearchFts;",
    ];

    /// <summary>
    /// Title, title keys and body words, plus the filter facets as lexemes taken verbatim with a leading
    /// <see cref="PostgresFacetMark"/> (array_to_tsvector does not parse them), so that no word of a text, which the
    /// parser never gives a '#', can pass for a facet, and the GIN index intersects filters with the words.
    /// </summary>
    public static readonly IReadOnlyList<string> Postgres =
    [
        $"""
        ALTER TABLE "SearchEntries" ADD COLUMN IF NOT EXISTS "Tsv" tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple'::regconfig, coalesce("TitleTokens", '')), 'A') ||
            setweight(to_tsvector('simple'::regconfig, coalesce("TitleKeys", '')), 'A') ||
            setweight(to_tsvector('simple'::regconfig, coalesce("BodyTokens", '')), 'B') ||
            array_to_tsvector(string_to_array('{PostgresFacetMark}' || replace("FacetTokens", ' ', ' {PostgresFacetMark}'), ' '))) STORED;
        """,
        """CREATE INDEX IF NOT EXISTS "IX_SearchEntries_Tsv" ON "SearchEntries" USING GIN ("Tsv");""",
    ];

    /// <summary>What marks a facet lexeme in the PostgreSQL tsvector.</summary>
    public const string PostgresFacetMark = "#";

    public static readonly IReadOnlyList<string> PostgresDown =
    [
        """DROP INDEX IF EXISTS "IX_SearchEntries_Tsv";""",
        """ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "Tsv";""",
    ];
}
