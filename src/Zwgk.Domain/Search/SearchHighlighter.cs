using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Zwgk.Domain.Search;

/// <summary>
/// Marks query terms in a title or a snippet window of the document text. The result is HTML: the text is encoded,
/// and the only markup is &lt;mark&gt;…&lt;/mark&gt; around occurrences of the terms (overlapping or touching ones merged).
/// Matching ignores case and character width, like the tokenizer; a Latin or digit edge of a term must not be glued
/// to more letters or digits (so "17" does not light up inside "2017").
/// </summary>
public static class SearchHighlighter
{
    public const int DefaultSnippetLength = 120;

    /// <summary>How much text before the first match the snippet keeps, so the match is read in context.</summary>
    private const int LeadIn = 20;

    // Chinese stays readable; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The whole text, encoded, with the terms marked.</summary>
    public static string Highlight(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return Render(text, 0, text.Length, Merge(Find(text, terms)));
    }

    /// <summary>
    /// About <paramref name="length"/> characters of the text around the place where most different terms occur
    /// (the start of the text when none does), encoded, terms marked, with … where text was cut.
    /// </summary>
    public static string Snippet(string? text, IReadOnlyList<string> terms, int length = DefaultSnippetLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var matches = Find(text, terms);
        var start = 0;
        var best = 0;
        foreach (var candidate in matches.Select(m => Math.Max(0, m.Start - LeadIn)).Distinct())
        {
            var covered = matches.Where(m => m.Start >= candidate && m.End <= candidate + length).Select(m => m.Term).Distinct().Count();
            if (covered > best)
            {
                best = covered;
                start = candidate;
            }
        }

        start = Math.Max(0, Math.Min(start, text.Length - length));
        var end = Math.Min(text.Length, start + length);
        // Never split a surrogate pair.
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        var clipped = Merge(matches)
            .Where(m => m.End > start && m.Start < end)
            .Select(m => new Match(Math.Max(m.Start, start), Math.Min(m.End, end), m.Term))
            .ToList();
        var html = Render(text, start, end, clipped);
        return (start > 0 ? "…" : "") + html + (end < text.Length ? "…" : "");
    }

    private readonly record struct Match(int Start, int End, int Term);

    private static List<Match> Find(string text, IReadOnlyList<string> terms)
    {
        var folded = ChineseTokenizer.Fold(text);
        var found = new List<Match>();
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (term.Length == 0)
            {
                continue;
            }

            var needsLeftEdge = StartsWithWordChar(term);
            var needsRightEdge = EndsWithWordChar(term);
            var from = 0;
            while (from < folded.Length)
            {
                var at = folded.IndexOf(term, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var end = at + term.Length;
                var leftOk = !needsLeftEdge || at == 0 || !EndsWithWordChar(folded.AsSpan(0, at));
                var rightOk = !needsRightEdge || end == folded.Length || !StartsWithWordChar(folded.AsSpan(end));
                if (leftOk && rightOk)
                {
                    found.Add(new Match(at, end, t));
                }

                from = at + 1;
            }
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return found;
    }

    private static List<Match> Merge(List<Match> sorted)
    {
        var merged = new List<Match>();
        foreach (var m in sorted)
        {
            if (merged.Count > 0 && m.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, m.End) };
            }
            else
            {
                merged.Add(m);
            }
        }

        return merged;
    }

    private static string Render(string text, int start, int end, List<Match> merged)
    {
        var html = new StringBuilder();
        var at = start;
        foreach (var m in merged)
        {
            html.Append(Encoder.Encode(text[at..m.Start]));
            html.Append("<mark>").Append(Encoder.Encode(text[m.Start..m.End])).Append("</mark>");
            at = m.End;
        }

        html.Append(Encoder.Encode(text[at..end]));
        return html.ToString();
    }

    private static bool StartsWithWordChar(ReadOnlySpan<char> s) =>
        Rune.DecodeFromUtf16(s, out var r, out _) == System.Buffers.OperationStatus.Done && ChineseTokenizer.IsWordChar(r);

    private static bool EndsWithWordChar(ReadOnlySpan<char> s) =>
        Rune.DecodeLastFromUtf16(s, out var r, out _) == System.Buffers.OperationStatus.Done && ChineseTokenizer.IsWordChar(r);
}
