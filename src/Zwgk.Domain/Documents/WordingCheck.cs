namespace Zwgk.Domain.Documents;

/// <summary>One configured wrong or sensitive expression (错敏词) and what to write instead.</summary>
public sealed record WordingRule(string Term, string? Suggestion, bool Serious);

public sealed record WordingFinding(string Term, string? Suggestion, bool Serious, string Where, int Count);

/// <summary>
/// Flags configured expressions in title and body text. A serious wording error is a veto item of the national
/// site inspection (site-inspection.md), so publishing despite a flag needs a recorded reason.
/// </summary>
public static class WordingCheck
{
    public static IReadOnlyList<WordingFinding> Find(IEnumerable<WordingRule> rules, string title, string bodyText)
    {
        var findings = new List<WordingFinding>();
        foreach (var rule in rules.Where(r => !string.IsNullOrWhiteSpace(r.Term)))
        {
            foreach (var (where, text) in new[] { ("标题", title), ("正文", bodyText) })
            {
                var count = Count(text, rule.Term);
                if (count > 0)
                {
                    findings.Add(new WordingFinding(rule.Term, rule.Suggestion, rule.Serious, where, count));
                }
            }
        }

        return findings;
    }

    private static int Count(string text, string term)
    {
        var count = 0;
        for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
