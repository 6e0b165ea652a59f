using System.Globalization;
using System.Text;

namespace Zwgk.Web.Search;

/// <summary>
/// Filter values written as index tokens ("fs3 fy2021 fu1 fu4 ft…"), so that on SQLite a filtered search is one
/// FTS5 match that can stop after a page instead of a join checked row by row (docs/adr/0012). Free-text values
/// (topic, genre, validity) are hex of their UTF-8 bytes: one token whatever punctuation they hold, and an exact
/// value match rather than a word match. The migration that backfills old rows computes the same tokens in SQL.
/// </summary>
public static class SearchFacets
{
    public static string Of(SearchEntry e)
    {
        var tokens = new List<string> { Site(e.SiteId), Year(e.Year) };
        tokens.AddRange(e.UnitPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => "fu" + id));
        AddText(tokens, "ft", e.Topic);
        AddText(tokens, "fg", e.Genre);
        AddText(tokens, "fv", e.Validity);
        return string.Join(' ', tokens);
    }

    /// <summary>The facet tokens a query's filters require, all of which a match must carry.</summary>
    public static IReadOnlyList<string> Required(SearchQuery q)
    {
        var tokens = new List<string>();
        if (q.SiteId is { } site)
        {
            tokens.Add(Site(site));
        }

        if (q.Year is { } year)
        {
            tokens.Add(Year(year));
        }

        // A subtree filter "/1/4/" means "unit 4 or below": every entry below 4 carries fu4.
        if (!string.IsNullOrEmpty(q.UnitPath))
        {
            var last = q.UnitPath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            tokens.Add(last is null ? "fu-none" : "fu" + last);
        }

        AddText(tokens, "ft", q.Topic?.Trim());
        AddText(tokens, "fg", q.Genre?.Trim());
        AddText(tokens, "fv", q.Validity?.Trim());
        return tokens;
    }

    private static string Site(int id) => "fs" + id.ToString(CultureInfo.InvariantCulture);

    private static string Year(int year) => "fy" + year.ToString(CultureInfo.InvariantCulture);

    private static void AddText(List<string> tokens, string prefix, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tokens.Add(prefix + Convert.ToHexString(Encoding.UTF8.GetBytes(value)).ToLowerInvariant());
        }
    }
}
