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
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim().TrimStart('#').Trim())
            .Where(l => l.Length > 0 && l != "---")
            .ToList();

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

        var bodyLines = lines.Skip(bodyStart).ToList();
        var date = bodyLines.Select(l => Spaces().Replace(l, "")).FirstOrDefault(l => DatePattern().IsMatch(l));
        var label = bodyLines.FirstOrDefault(l => l.Contains("此件", StringComparison.Ordinal) && l.Length < 20);
        return new Draft(title, number, date is null ? null : ParseDate(date), DocumentHtml.FromPlainText(string.Join('\n', bodyLines)), label);
    }

    private static DateOnly? ParseDate(string s)
    {
        var digits = s.Replace("印发", "", StringComparison.Ordinal).Replace("发布", "", StringComparison.Ordinal).Split(['年', '月', '日'], StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return digits.Length == 3 ? new DateOnly(digits[0], digits[1], digits[2]) : null;
    }
}
