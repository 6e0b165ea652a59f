namespace Zwgk.Domain.Documents;

/// <summary>
/// 转载: the document is another organ's information that this site carries, with its source named. It is published and
/// searchable in a 转载 column, but it is not this government's own disclosure: no 索引号 of its own, not in the
/// 主动公开基本目录, the 法定主动公开内容 or any count of the unit's disclosure (issue 11 item 12).
/// </summary>
public sealed record Reprint(string Source, string? OriginalNumber = null, DateOnly? OriginalDate = null, string? OriginalUrl = null)
{
    // Lengths the console, the API and the database share.
    public const int SourceMax = 200;
    public const int OriginalNumberMax = 100;
    public const int OriginalUrlMax = 500;

    /// <summary>Blanks become null and texts are trimmed.</summary>
    public Reprint Normalized() => new(
        (Source ?? "").Trim(),
        string.IsNullOrWhiteSpace(OriginalNumber) ? null : OriginalNumber.Trim(),
        OriginalDate,
        string.IsNullOrWhiteSpace(OriginalUrl) ? null : OriginalUrl.Trim());

    /// <summary>What is wrong with the reprint's own fields, in Chinese; empty when it can be saved.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Source))
        {
            // page-tags.md: ContentSource is the publishing unit or the source of a reprint, so a reprint names it.
            problems.Add("转载信息须注明来源（原发布机关或来源网站）。");
        }
        else if (Source.Trim().Length > SourceMax)
        {
            problems.Add($"来源不超过{SourceMax}字。");
        }

        if (OriginalNumber is { Length: > OriginalNumberMax })
        {
            problems.Add($"原文号不超过{OriginalNumberMax}字。");
        }

        if (!string.IsNullOrWhiteSpace(OriginalUrl))
        {
            var url = OriginalUrl.Trim();
            if (url.Length > OriginalUrlMax)
            {
                problems.Add($"原文网址不超过{OriginalUrlMax}字。");
            }
            else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add("原文网址须以 http:// 或 https:// 开头。");
            }
        }

        return problems;
    }

    /// <summary>
    /// What a reprint's content may not claim: the unit's own attribute decision, number, statutory category or
    /// normative registration belong to the organ that issued it, not to the one that carries it.
    /// </summary>
    public static IReadOnlyList<string> ContentProblems(DocumentContent content)
    {
        if (content.Reprint is not { } reprint)
        {
            return [];
        }

        var problems = reprint.Problems().ToList();
        if (content.Attribute != DisclosureAttribute.Proactive)
        {
            problems.Add("转载的是已公开发布的信息，公开属性只能为主动公开。");
        }

        if (!string.IsNullOrWhiteSpace(content.DocumentNumber))
        {
            problems.Add("转载信息没有本机关的发文字号；原文的文号请填在“原文号”中。");
        }

        if (content.StatutoryCategory is not null)
        {
            problems.Add("转载信息不属于本机关的法定主动公开内容，请不要选择法定主动公开内容类别。");
        }

        if (content.IsNormative)
        {
            problems.Add("转载信息不登记为本机关的规范性文件。");
        }

        return problems;
    }

    /// <summary>"来源：明溪县人民政府办公室（明政办〔2020〕13号，2020年4月26日）", as the portal prints it.</summary>
    public string Line()
    {
        var details = new List<string>();
        if (OriginalNumber is not null)
        {
            details.Add(OriginalNumber);
        }

        if (OriginalDate is { } on)
        {
            details.Add($"{on.Year}年{on.Month}月{on.Day}日");
        }

        return details.Count == 0 ? $"来源：{Source}" : $"来源：{Source}（{string.Join("，", details)}）";
    }
}
