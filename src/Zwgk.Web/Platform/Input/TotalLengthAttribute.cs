using System.ComponentModel.DataAnnotations;

namespace Zwgk.Web.Platform.Input;

/// <summary>A list of texts stored joined in one column: their lengths with one separator each must fit the column.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TotalLengthAttribute(int max) : ValidationAttribute
{
    public int Max { get; } = max;

    public override bool IsValid(object? value) =>
        value is not IEnumerable<string?> texts || texts.Sum(t => (t?.Length ?? 0) + 1) - 1 <= Max;
}
