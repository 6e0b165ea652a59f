namespace Zwgk.Domain.Organizations;

/// <summary>
/// 统一社会信用代码: 18 characters, the last a check character.
/// Rule: GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》.
/// </summary>
public sealed record CreditCode
{
    public const int Length = 18;

    // GB 32100-2015 character set (no I, O, S, V, Z) and position weights.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public string Value { get; }

    private CreditCode(string value) => Value = value;

    public override string ToString() => Value;

    public static bool TryParse(string? input, out CreditCode? code, out string? error)
    {
        code = null;
        var value = (input ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != Length)
        {
            error = "统一社会信用代码应为18位。";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var index = Alphabet.IndexOf(value[i], StringComparison.Ordinal);
            if (index < 0)
            {
                error = $"统一社会信用代码第{i + 1}位“{value[i]}”不是有效字符。";
                return false;
            }

            sum += index * Weights[i];
        }

        var check = Alphabet[(31 - (sum % 31)) % 31];
        if (value[Length - 1] != check)
        {
            error = "统一社会信用代码校验位不正确，请核对。";
            return false;
        }

        error = null;
        code = new CreditCode(value);
        return true;
    }

    public static CreditCode Parse(string input) =>
        TryParse(input, out var code, out var error) ? code! : throw new FormatException(error);

    /// <summary>Completes a 17-character body with its check character (used for demo data and tests).</summary>
    public static CreditCode FromBody(string body17)
    {
        ArgumentException.ThrowIfNullOrEmpty(body17);
        if (body17.Length != Length - 1)
        {
            throw new ArgumentException("需要17位本体代码。", nameof(body17));
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += Alphabet.IndexOf(body17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Parse(body17 + Alphabet[(31 - (sum % 31)) % 31]);
    }
}
