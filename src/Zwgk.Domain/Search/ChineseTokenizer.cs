using System.Text;

namespace Zwgk.Domain.Search;

/// <summary>Which full-text engine a match expression is written for.</summary>
public enum SearchDialect
{
    /// <summary>SQLite FTS5 MATCH syntax.</summary>
    Sqlite,

    /// <summary>PostgreSQL tsquery text for <c>to_tsquery('simple', …)</c>.</summary>
    Postgres,
}

/// <summary>
/// Splits Chinese (and mixed) text into search tokens without a word segmenter: a run of ideographs becomes its
/// overlapping bigrams (政务公开 → 政务 务公 公开), a run of Latin letters or digits one lower-cased word (full-width
/// ＡＢ１２ → ab12), everything else separates. The same rules serve indexing and querying, so any substring of two or
/// more ideographs is found as the AND of its bigrams, and a single ideograph as a prefix of the bigrams.
/// Document numbers fall apart naturally: 烟政办发〔2020〕17号 → 烟政 政办 办发 发 2020 17 号.
/// </summary>
public static class ChineseTokenizer
{
    /// <summary>Longer Latin runs are cut here; PostgreSQL refuses very long words and nobody searches for them.</summary>
    public const int MaxWordLength = 64;

    /// <summary>
    /// The tokens to index. Two rules differ from <see cref="ParseQuery"/> and only ever add tokens:
    /// whitespace between two ideographs does not end the run (text extracted from PDFs breaks lines inside words,
    /// e.g. 政务公开⏎标准化), and a run of two or more ideographs also yields its last character alone, so every
    /// character starts some token and a one-character query (a prefix query) finds every occurrence.
    /// </summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        foreach (var run in Runs(text, joinIdeographsAcrossSpace: true))
        {
            if (run.IsIdeographic)
            {
                AddBigrams(run.Chars, tokens);
                if (run.Chars.Count > 1)
                {
                    tokens.Add(run.Chars[^1]);
                }
            }
            else
            {
                tokens.Add(run.Word);
            }
        }

        return tokens;
    }

    /// <summary>What gets stored in the token columns: the tokens of <see cref="Tokenize"/>, space-separated.</summary>
    public static string ToIndexText(string? text) => string.Join(' ', Tokenize(text));

    /// <summary>
    /// Reads what a user typed. Nothing the user types is an operator: quotes, stars, OR, colons, brackets are
    /// separators like any punctuation, and all resulting tokens must match (AND).
    /// </summary>
    public static SearchTerms ParseQuery(string? userQuery)
    {
        var tokens = new List<QueryToken>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs(userQuery, joinIdeographsAcrossSpace: false))
        {
            if (run.IsIdeographic && run.Chars.Count == 1)
            {
                // Alone, one ideograph can only be found as the start of an indexed bigram (or the unigram itself).
                if (seen.Add(run.Chars[0] + "*"))
                {
                    tokens.Add(new QueryToken(run.Chars[0], IsPrefix: true));
                }
            }
            else if (run.IsIdeographic)
            {
                var bigrams = new List<string>();
                AddBigrams(run.Chars, bigrams);
                foreach (var b in bigrams.Where(seen.Add))
                {
                    tokens.Add(new QueryToken(b, IsPrefix: false));
                }
            }
            else if (seen.Add(run.Word))
            {
                tokens.Add(new QueryToken(run.Word, IsPrefix: false));
            }
        }

        return new SearchTerms(tokens, HighlightTerms(userQuery));
    }

    /// <summary>A safe match expression for the query, or null when it has nothing to search for.</summary>
    public static string? ToMatchQuery(string? userQuery, SearchDialect dialect)
    {
        var terms = ParseQuery(userQuery);
        return terms.IsEmpty ? null : terms.ToMatchQuery(dialect);
    }

    /// <summary>
    /// Runs of whitespace become one space, and whitespace between two ideographs goes away (a line break of the
    /// layout, not a word break), so text for display reads well and agrees with how <see cref="Tokenize"/> joins runs.
    /// </summary>
    public static string TidyWhitespace(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = new StringBuilder(text.Length);
        Rune? last = null;
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = last is not null;
                continue;
            }

            if (pendingSpace && !(IsIdeograph(last!.Value.Value) && IsIdeograph(rune.Value)))
            {
                result.Append(' ');
            }

            pendingSpace = false;
            result.Append(rune.ToString());
            last = rune;
        }

        return result.ToString();
    }

    /// <summary>Full-width ASCII letters and digits (ＡＢ１２) become their ASCII forms; everything else is unchanged.</summary>
    public static char FoldWidth(char c) =>
        c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A'
            ? (char)(c - 0xFEE0)
            : c;

    /// <summary>Han ideographs (basic, extension A, compatibility, supplementary planes) and 〇.</summary>
    public static bool IsIdeograph(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF
            or >= 0x3400 and <= 0x4DBF
            or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x323AF
            or 0x3007;

    /// <summary>A letter or digit that is not an ideograph, i.e. part of a Latin-style word.</summary>
    public static bool IsWordChar(Rune r) => !IsIdeograph(r.Value) && Rune.IsLetterOrDigit(r);

    /// <summary>
    /// The pieces of the query as the user wrote them (each maximal run of ideographs, letters and digits, width-folded
    /// and lower-cased), longest first, for marking in titles and snippets.
    /// </summary>
    private static List<string> HighlightTerms(string? userQuery)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(userQuery))
        {
            return terms;
        }

        var current = new StringBuilder();
        foreach (var rune in Fold(userQuery).EnumerateRunes())
        {
            if (IsIdeograph(rune.Value) || IsWordChar(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                terms.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            terms.Add(current.ToString());
        }

        return terms.Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
    }

    /// <summary>Width-folded and lower-cased, one char for one char, so offsets into the result are offsets into the input.</summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.ToLowerInvariant(FoldWidth(s[i]));
            }
        });

    private static void AddBigrams(List<string> chars, List<string> into)
    {
        if (chars.Count == 1)
        {
            into.Add(chars[0]);
            return;
        }

        for (var i = 0; i + 1 < chars.Count; i++)
        {
            into.Add(chars[i] + chars[i + 1]);
        }
    }

    private readonly record struct Run(bool IsIdeographic, List<string> Chars, string Word);

    private static IEnumerable<Run> Runs(string? text, bool joinIdeographsAcrossSpace)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var runes = Fold(text).EnumerateRunes().ToArray();
        var i = 0;
        while (i < runes.Length)
        {
            var r = runes[i];
            if (IsIdeograph(r.Value))
            {
                var chars = new List<string>();
                while (i < runes.Length)
                {
                    if (IsIdeograph(runes[i].Value))
                    {
                        chars.Add(runes[i].ToString());
                        i++;
                        continue;
                    }

                    if (joinIdeographsAcrossSpace && Rune.IsWhiteSpace(runes[i]))
                    {
                        var next = i;
                        while (next < runes.Length && Rune.IsWhiteSpace(runes[next]))
                        {
                            next++;
                        }

                        if (next < runes.Length && IsIdeograph(runes[next].Value))
                        {
                            i = next;
                            continue;
                        }
                    }

                    break;
                }

                yield return new Run(true, chars, "");
            }
            else if (IsWordChar(r))
            {
                var word = new StringBuilder();
                while (i < runes.Length && IsWordChar(runes[i]))
                {
                    // Over-long runs are cut (the rest is consumed and dropped) the same way on both sides.
                    var lower = Rune.ToLowerInvariant(runes[i]);
                    if (word.Length + lower.Utf16SequenceLength <= MaxWordLength)
                    {
                        word.Append(lower.ToString());
                    }

                    i++;
                }

                var w = word.ToString();
                yield return new Run(false, [], w);
            }
            else
            {
                i++;
            }
        }
    }
}

/// <summary>One token of a query; a prefix token matches every indexed token that starts with it.</summary>
public readonly record struct QueryToken(string Text, bool IsPrefix);

/// <summary>A parsed user query: the tokens that must all match, and the terms to mark in results.</summary>
public sealed class SearchTerms(IReadOnlyList<QueryToken> tokens, IReadOnlyList<string> highlightTerms)
{
    public IReadOnlyList<QueryToken> Tokens { get; } = tokens;

    /// <summary>Width-folded, lower-cased pieces of the query, longest first (see <see cref="SearchHighlighter"/>).</summary>
    public IReadOnlyList<string> HighlightTerms { get; } = highlightTerms;

    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>
    /// The same query over tokens that carry <paramref name="prefix"/> (e.g. the title keys "tk政务" of the search
    /// index): one prefixed index token per title token keeps title-only matches out of the body's long doclists.
    /// </summary>
    public SearchTerms WithPrefix(string prefix) =>
        new(Tokens.Select(t => t with { Text = prefix + t.Text }).ToList(), HighlightTerms);

    /// <summary>
    /// All tokens AND-ed, each quoted. For SQLite: <c>"政务" AND "号"*</c>, optionally restricted to one FTS5 column.
    /// For PostgreSQL: <c>'政务' &amp; '号':*</c>, optionally restricted to one weight label (e.g. 'A' for the title).
    /// Tokens hold only letters and digits, but quotes are escaped anyway so the expression stays well-formed.
    /// </summary>
    public string ToMatchQuery(SearchDialect dialect, string? restrictTo = null)
    {
        if (IsEmpty)
        {
            throw new InvalidOperationException("An empty query has no match expression.");
        }

        if (dialect == SearchDialect.Sqlite)
        {
            var expr = string.Join(" AND ", Tokens.Select(t => "\"" + t.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.IsPrefix ? "*" : "")));
            return restrictTo is null ? expr : "{" + restrictTo + "} : (" + expr + ")";
        }

        return string.Join(" & ", Tokens.Select(t =>
        {
            var quoted = "'" + t.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
            var label = (t.IsPrefix ? "*" : "") + (restrictTo ?? "");
            return label.Length == 0 ? quoted : quoted + ":" + label;
        }));
    }
}
