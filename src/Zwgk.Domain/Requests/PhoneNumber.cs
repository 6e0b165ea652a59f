using System.Text.RegularExpressions;

namespace Zwgk.Domain.Requests;

/// <summary>
/// A telephone number an office can call back: a mainland mobile number (11 digits, 1[3-9]…), or a fixed line with its
/// area code (0 + 2–3 digits, then 7–8 digits), optionally with an extension. Spaces, hyphens and brackets around the
/// area code are accepted as people write them; +86 / 0086 in front of a mobile number too.
/// </summary>
public static partial class PhoneNumber
{
    public const string Hint = "请填写 11 位手机号码（如 13812345678），或带区号的固定电话（如 0535-3221234，分机号写在“-”或“转”之后）。";

    /// <summary>What is wrong with the number, or null when it is a mobile or fixed-line number.</summary>
    public static string? Problem(string? value)
    {
        var s = (value ?? "").Trim();
        if (s.Length == 0)
        {
            return null;
        }

        var compact = Separators().Replace(s, "");
        if (Mobile().IsMatch(compact) || FixedLine().IsMatch(compact))
        {
            return null;
        }

        var digits = compact.Count(char.IsAsciiDigit);
        if (compact.StartsWith('1') && compact.All(char.IsAsciiDigit) && digits != 11)
        {
            return $"手机号码应为 11 位，您填写了 {digits} 位。{Hint}";
        }

        return "电话号码格式不正确。" + Hint;
    }

    public static bool IsValid(string? value) => Problem(value) is null;

    [GeneratedRegex(@"[\s\-－—()（）]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(\+?86|0086)?1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    // Area code 0xx or 0xxx, a 7–8 digit number not starting with 0 or 1, then an optional extension after 转 or 分机
    // (hyphens are removed above, so "0535-3221234-801" arrives as "05353221234801": up to 6 trailing digits).
    [GeneratedRegex(@"^0\d{2,3}[2-9]\d{6,7}((转|分机|ext\.?|x)?\d{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex FixedLine();
}
