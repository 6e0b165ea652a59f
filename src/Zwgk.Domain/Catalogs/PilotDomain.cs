using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Catalogs;

/// <summary>
/// 试点领域: one of the 26 pilot domains (or a later one: domains are data, seeds 000 and 002). The seeds spell some
/// names differently, so each keeps its canonical name and the other spellings, and an import written with either is recognised.
/// </summary>
public sealed class PilotDomain
{
    public int Id { get; private set; }

    /// <summary>序号 in the national list (rules/domains.md); later domains continue the numbering.</summary>
    public int Number { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Other names, joined with "；" for storage.</summary>
    public string Aliases { get; private set; } = "";

    private PilotDomain()
    {
    }

    public PilotDomain(int number, string name, params string[] aliases)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("试点领域名称不能为空。");
        }

        Number = number;
        Name = name.Trim();
        Aliases = string.Join('；', aliases.Select(a => a.Trim()).Where(a => a.Length > 0));
    }

    public IReadOnlyList<string> AliasList => Aliases.Split('；', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when the text names this domain, by its name or an alias, with or without the word "领域".</summary>
    public bool IsNamed(string text)
    {
        var key = Normalize(text);
        return key.Length > 0 && (Normalize(Name) == key || AliasList.Any(a => Normalize(a) == key));
    }

    /// <summary>"社会救助领域" and " 社会救助 " are the same domain.</summary>
    public static string Normalize(string text)
    {
        var t = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        return t.EndsWith("领域", StringComparison.Ordinal) ? t[..^2] : t;
    }
}
