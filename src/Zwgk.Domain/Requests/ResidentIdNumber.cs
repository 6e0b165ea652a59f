using System.Globalization;

namespace Zwgk.Domain.Requests;

/// <summary>
/// 公民身份号码, GB 11643-1999: 6 digits of the address code (the first two a province-level region of GB/T 2260), 8 of the
/// birth date (YYYYMMDD), 3 of the sequence and one check character (ISO 7064 MOD 11-2: digits or X). Says what is wrong,
/// so that the applicant knows whether a digit is missing, the birth date is mistyped or one digit is wrong somewhere.
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;

    // GB/T 2260 province-level codes: 11–15 华北, 21–23 东北, 31–37 华东, 41–46 中南, 50–54 西南, 61–65 西北, 71 台湾, 81 香港, 82 澳门.
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    ];

    /// <summary>What is wrong with the number, in Chinese, or null when it is a well-formed 18-character number.</summary>
    public static string? Problem(string? value)
    {
        var id = (value ?? "").Trim().ToUpperInvariant();
        if (id.Length != Length)
        {
            return $"居民身份证号码应为 18 位，您填写了 {id.Length} 位，请核对是否多填或漏填。";
        }

        if (!id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return "居民身份证号码前 17 位应为数字，最后一位为数字或字母 X。";
        }

        if (!Provinces.Contains(id[..2]))
        {
            return $"居民身份证号码前 6 位是地址码，“{id[..6]}”不是有效的行政区划代码，请核对。";
        }

        var birth = id.Substring(6, 8);
        if (!DateOnly.TryParseExact(birth, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) || born.Year < 1900)
        {
            return $"居民身份证号码第 7 至 14 位是出生日期，“{birth}”不是有效的日期，请核对。";
        }

        var check = CheckCharacter(id);
        return id[17] == check ? null : $"居民身份证号码最后一位校验码不符（按前 17 位计算应为 {check}），号码中可能有数字填错，请核对。";
    }

    public static bool IsValid(string? value) => Problem(value) is null;

    /// <summary>The check character of the first 17 digits: Σ aᵢ·2^(17−i) mod 11 mapped to "10X98765432".</summary>
    public static char CheckCharacter(string id)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * (1 << (17 - i)) % 11;
        }

        return "10X98765432"[sum % 11];
    }
}
