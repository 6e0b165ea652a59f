using Zwgk.Domain.Search;

namespace Zwgk.Domain.Requests;

/// <summary>
/// Whether two descriptions ask for the same information: the share of shared CJK bigrams and words (Jaccard). Used to flag
/// repeat requests of one applicant (条例第三十六条第（六）项) and information many applicants ask for (条例第四十四条).
/// </summary>
public static class SameInformation
{
    public const double Threshold = 0.6;

    public static double Similarity(string a, string b)
    {
        var x = ChineseTokenizer.Tokenize(a).ToHashSet(StringComparer.Ordinal);
        var y = ChineseTokenizer.Tokenize(b).ToHashSet(StringComparer.Ordinal);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var shared = x.Count(y.Contains);
        return (double)shared / (x.Count + y.Count - shared);
    }

    public static bool IsSame(string a, string b) => Similarity(a, b) >= Threshold;
}
