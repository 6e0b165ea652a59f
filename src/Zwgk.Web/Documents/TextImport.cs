using System.Text.RegularExpressions;

namespace Zwgk.Web.Documents;

/// <summary>
/// Reads an official document given as plain text (a 红头文件 copied or converted to text) into draft fields:
/// the 发文字号, the title ("…关于…的通知/意见/方案…"), the 成文日期 and the body paragraphs. An editor's upload and
/// the demo seeding both go through here and then through <see cref="DocumentService"/>.
/// </summary>
public static partial class TextImport
{
    public sealed record Draft(string? Title, string? DocumentNumber, DateOnly? WrittenOn, string BodyHtml, string? AttributeLabel);

    [GeneratedRegex(@"[\u4e00-\u9fa5]{1,8}[〔\[（(]\s*(19|20)\d{2}\s*[〕\]）)]\s*\d+\s*号")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(19|20)\d{2}年\d{1,2}月\d{1,2}日(印发|发布)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static Draft Read(string text)
    {
        // Markdown-ish text (a PDF converted to text): "#" marks headings, "**…**" bold; both are markup, not content.
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l != "---")
            .Select(l => (Marked: l.StartsWith('#'), Text: Bold().Replace(l.TrimStart('#').Trim(), "$1").Trim()))
            .Where(l => l.Text.Length > 0)
            .ToList();
        var lines = raw.Select(l => l.Text).ToList();

        var number = lines.Select(l => NumberPattern().Match(l)).FirstOrDefault(m => m.Success)?.Value;
        number = number is null ? null : Spaces().Replace(number, "").Replace('[', '〔').Replace(']', '〕');

        // The title starts at the first line with "关于" and may wrap over several lines until the addressee line (ending in "：").
        var start = lines.FindIndex(l => l.Contains("关于", StringComparison.Ordinal));
        string? title = null;
        var bodyStart = 0;
        if (start >= 0)
        {
            var end = start;
            while (end + 1 < lines.Count && !lines[end].EndsWith('：') && !lines[end + 1].EndsWith('：') && !lines[end + 1].StartsWith('各') && end - start < 3)
            {
                end++;
            }

            // Also take a preceding issuer line when the title line begins with "关于".
            var from = lines[start].StartsWith("关于", StringComparison.Ordinal) && start > 0 && !NumberPattern().IsMatch(lines[start - 1]) ? start - 1 : start;
            title = Spaces().Replace(string.Concat(lines.Skip(from).Take(end - from + 1)), "");
            bodyStart = end + 1;
        }

        var body = raw.Skip(bodyStart).ToList();
        var date = body.Select(l => Spaces().Replace(l.Text, "")).FirstOrDefault(l => DatePattern().IsMatch(l));
        var label = body.Select(l => l.Text).FirstOrDefault(IsAttributeLabel);
        return new Draft(title, number, date is null ? null : ParseDate(date), BodyHtml(body), label);
    }

    /// <summary>"（此件公开发布）": the portal prints the document's attribute under the body, so the body leaves it out.</summary>
    private static bool IsAttributeLabel(string line) => line.Contains("此件", StringComparison.Ordinal) && line.Length < 20;

    /// <summary>
    /// Headings become h2 ("一、") and h3 ("（一）"); a line that breaks off mid-sentence (a page or column break of the
    /// original) is joined to the next, so each paragraph is one paragraph again; signature and date lines stay apart.
    /// </summary>
    private static string BodyHtml(IReadOnlyList<(bool Marked, string Text)> lines)
    {
        var blocks = new List<(string Tag, string Text)>();
        foreach (var (marked, text) in lines)
        {
            if (IsAttributeLabel(text))
            {
                continue;
            }

            var heading = HeadingTag(marked, text);
            if (heading is null && blocks.Count > 0 && blocks[^1] is { Tag: "p" } last && BreaksOff(last.Text) && !DatePattern().IsMatch(Spaces().Replace(text, "")))
            {
                blocks[^1] = ("p", last.Text + text);
                continue;
            }

            blocks.Add((heading ?? "p", text));
        }

        return string.Concat(blocks.Select(b => $"<{b.Tag}>{System.Net.WebUtility.HtmlEncode(b.Text)}</{b.Tag}>"));
    }

    private static string? HeadingTag(bool marked, string text)
    {
        if (SubHeading().IsMatch(text) && (marked || (text.Length <= 30 && !text.Contains('。', StringComparison.Ordinal))))
        {
            return "h3";
        }

        if (marked || (MainHeading().IsMatch(text) && text.Length <= 40 && !text.Contains('。', StringComparison.Ordinal)))
        {
            return "h2";
        }

        return null;
    }

    /// <summary>A long line that ends without closing punctuation was cut by the layout, not by the writer.</summary>
    private static bool BreaksOff(string text) => text.Length >= 20 && !"。！？；：…”’」』）)】".Contains(text[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex MainHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SubHeading();

    private static DateOnly? ParseDate(string s)
    {
        var digits = s.Replace("印发", "", StringComparison.Ordinal).Replace("发布", "", StringComparison.Ordinal).Split(['年', '月', '日'], StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return digits.Length == 3 ? new DateOnly(digits[0], digits[1], digits[2]) : null;
    }
}
