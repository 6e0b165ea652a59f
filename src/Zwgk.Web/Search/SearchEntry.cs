using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Search;

namespace Zwgk.Web.Search;

/// <summary>
/// One published document as the search sees it: the filter fields, the display fields, and the tokenized text.
/// The full-text index over <see cref="TitleTokens"/> and <see cref="BodyTokens"/> lives beside this table and is
/// kept in step by the database (<see cref="SearchSchema"/>). Title, numbers and body go in through
/// <see cref="SetContent"/> only, so the tokens can never disagree with the text.
/// </summary>
public sealed class SearchEntry
{
    /// <summary>How much plain text is kept for snippets.</summary>
    public const int PlainTextLength = 20_000;

    /// <summary>The document's id; also the rowid of the SQLite FTS5 table.</summary>
    public int DocumentId { get; set; }

    public int SiteId { get; set; }

    /// <summary>The publishing unit.</summary>
    public int UnitId { get; set; }

    /// <summary>The publishing unit's path, e.g. "/1/4/17/", for "this unit and everything below it".</summary>
    public string UnitPath { get; set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>发文字号, e.g. 烟政办发〔2020〕17号.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>索引号.</summary>
    public string? IndexNumber { get; private set; }

    /// <summary>主题分类.</summary>
    public string? Topic { get; set; }

    /// <summary>体裁 / 文种, e.g. 通知, 实施意见.</summary>
    public string? Genre { get; set; }

    /// <summary>成文年份.</summary>
    public int Year { get; set; }

    /// <summary>有效性, e.g. 有效, 失效, 废止.</summary>
    public string? Validity { get; set; }

    public DateTime PublishedAt { get; set; }

    /// <summary>
    /// Newest-first order as one unique integer (publication second, then document id): the rowid of the SQLite FTS5
    /// table, so a match can be read newest first and stop after a page (docs/adr/0012). Computed; the setter exists
    /// only for EF and ignores its value, so the key can never disagree with the fields it comes from.
    /// </summary>
    public long SortKey
    {
        get => SortKeyOf(PublishedAt, DocumentId);
        private set { }
    }

    /// <summary>
    /// The filter values as tokens for the SQLite FTS5 table (site, year, every unit on the path, topic, genre,
    /// validity), so filters narrow the match inside the index instead of row by row. Computed like <see cref="SortKey"/>.
    /// </summary>
    public string FacetTokens
    {
        get => SearchFacets.Of(this);
        private set { }
    }

    public string Url { get; set; } = "";

    /// <summary>Tokens of the title, document number and index number (<see cref="ChineseTokenizer.ToIndexText"/>).</summary>
    public string TitleTokens { get; private set; } = "";

    /// <summary>
    /// <see cref="TitleTokens"/> again, each with the prefix <see cref="TitleKeyPrefix"/>: their own index tokens, so
    /// "every term in the title" is answered from short doclists even when the terms are in most bodies (docs/adr/0012).
    /// Computed like <see cref="SortKey"/>.
    /// </summary>
    public string TitleKeys
    {
        get => string.Join(' ', TitleTokens.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => TitleKeyPrefix + t));
        private set { }
    }

    /// <summary>Letters, so that with a token it forms one token for both engines' splitters.</summary>
    public const string TitleKeyPrefix = "tk";

    /// <summary>Tokens of the whole body, not only of the part kept in <see cref="PlainText"/>.</summary>
    public string BodyTokens { get; private set; } = "";

    /// <summary>Title and body as plain text, whitespace tidied, cut at <see cref="PlainTextLength"/>; snippets come from here.</summary>
    public string PlainText { get; private set; } = "";

    /// <summary>Seconds since 1970 (UTC) × 10⁹ + document id; unique while ids stay below 10⁹.</summary>
    public static long SortKeyOf(DateTime publishedAt, int documentId) =>
        (new DateTimeOffset(DateTime.SpecifyKind(publishedAt, DateTimeKind.Utc)).ToUnixTimeSeconds() * 1_000_000_000L) + documentId;

    /// <summary>Sets the searchable text and everything derived from it.</summary>
    public SearchEntry SetContent(string title, string? body, string? documentNumber = null, string? indexNumber = null)
    {
        Title = ChineseTokenizer.TidyWhitespace(title);
        DocumentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim();
        IndexNumber = string.IsNullOrWhiteSpace(indexNumber) ? null : indexNumber.Trim();
        TitleTokens = string.Join(' ', new[] { Title, DocumentNumber, IndexNumber }
            .Select(ChineseTokenizer.ToIndexText)
            .Where(t => t.Length > 0));
        BodyTokens = ChineseTokenizer.ToIndexText(body);
        var plain = ChineseTokenizer.TidyWhitespace(Title + "\n" + body);
        PlainText = plain.Length <= PlainTextLength
            ? plain
            : plain[..(char.IsHighSurrogate(plain[PlainTextLength - 1]) ? PlainTextLength - 1 : PlainTextLength)];
        return this;
    }
}

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> b)
    {
        b.ToTable(SearchSchema.Table);
        b.HasKey(e => e.DocumentId);
        // The document's id, not ours; no foreign key until documents exist.
        b.Property(e => e.DocumentId).ValueGeneratedNever();
        b.Property(e => e.UnitPath).HasMaxLength(256).IsRequired();
        b.Property(e => e.Title).HasMaxLength(500).IsRequired();
        b.Property(e => e.DocumentNumber).HasMaxLength(100);
        b.Property(e => e.IndexNumber).HasMaxLength(100);
        b.Property(e => e.Topic).HasMaxLength(100);
        b.Property(e => e.Genre).HasMaxLength(50);
        b.Property(e => e.Validity).HasMaxLength(20);
        b.Property(e => e.Url).HasMaxLength(500).IsRequired();
        b.Property(e => e.TitleTokens).IsRequired();
        b.Property(e => e.BodyTokens).IsRequired();
        b.Property(e => e.PlainText).IsRequired();
        b.Property(e => e.SortKey);
        b.Property(e => e.FacetTokens).IsRequired();
        b.Property(e => e.TitleKeys).IsRequired();
        b.HasIndex(e => e.SortKey).IsUnique();
        // PostgreSQL's probe reads a site's (year's) newest rows from these and checks each tsvector (FullTextQuery).
        b.HasIndex(e => new { e.SiteId, e.Year, e.SortKey });
        b.HasIndex(e => new { e.SiteId, e.SortKey });
        b.HasIndex(e => new { e.SiteId, e.PublishedAt });
        b.HasIndex(e => e.UnitPath);
        b.HasIndex(e => e.PublishedAt);
    }
}
