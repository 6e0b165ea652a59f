namespace Zwgk.Domain.Workflow;

/// <summary>
/// The checks every transition makes before it moves: a condition, a required text, a length. Each refuses with the
/// Chinese message it is given (<see cref="DomainRuleException"/>), so an aggregate states its rule in one line.
/// </summary>
public static class Guard
{
    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainRuleException(message);
        }
    }

    /// <summary>A text the step needs (a reason, an opinion): refused when blank, returned trimmed.</summary>
    public static string RequireText(string? value, string message)
    {
        Require(!string.IsNullOrWhiteSpace(value), message);
        return value!.Trim();
    }

    /// <summary>A text that may be left out but must not exceed <paramref name="max"/> characters once trimmed; blank becomes null.</summary>
    public static string? Optional(string? value, int max, string what)
    {
        var s = Clean(value);
        Require(s is null || s.Length <= max, $"{what}不能超过 {max} 字。");
        return s;
    }

    /// <summary>The state is one of <paramref name="allowed"/>; otherwise the message names the current state.</summary>
    public static void RequireState<TState>(TState current, ReadOnlySpan<TState> allowed, string message)
        where TState : struct, Enum
    {
        foreach (var s in allowed)
        {
            if (EqualityComparer<TState>.Default.Equals(s, current))
            {
                return;
            }
        }

        throw new DomainRuleException(message);
    }

    /// <summary>Blank text is no text.</summary>
    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
