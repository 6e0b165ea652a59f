using System.Globalization;
using System.Text.RegularExpressions;

namespace Zwgk.Domain.Documents;

/// <summary>
/// 索引号 from a per-site template. Placeholders: {code} the unit's 统一社会信用代码, {year}, {serial:N} the
/// yearly serial padded to N digits. Default "{code}/{year}-{serial:5}", e.g. 11370600MB0000001X/2026-00017.
/// </summary>
public static partial class IndexNumberTemplate
{
    public const string Default = "{code}/{year}-{serial:5}";

    [GeneratedRegex(@"\{(code|year|serial)(?::(\d{1,2}))?\}")]
    private static partial Regex Placeholder();

    /// <summary>Null when the template can be used, otherwise the reason in Chinese.</summary>
    public static string? Check(string template)
    {
        if (string.IsNullOrWhiteSpace(template) || template.Length > 100)
        {
            return "索引号模板不能为空，且不超过100字符。";
        }

        var names = Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToList();
        // Without the serial, two documents of a year would get the same number; without the year it would restart into duplicates.
        return names.Contains("serial") && names.Contains("year")
            ? null
            : "索引号模板须包含 {year} 和 {serial}（如 {code}/{year}-{serial:5}），以保证唯一。";
    }

    public static string Format(string template, string unitCode, int year, int serial) =>
        Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "code" => unitCode,
            "year" => year.ToString(CultureInfo.InvariantCulture),
            _ => serial.ToString(CultureInfo.InvariantCulture).PadLeft(m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 1, '0'),
        });
}
