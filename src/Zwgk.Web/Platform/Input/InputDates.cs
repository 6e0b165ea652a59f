namespace Zwgk.Web.Platform.Input;

/// <summary>
/// The dates any form or API field may carry. Deadlines, validity periods and calendars add days and years to them,
/// which near year 9999 overflows; the bound keeps every such sum representable and answers a 4xx instead.
/// </summary>
public static class InputDates
{
    public static readonly DateOnly Min = new(1900, 1, 1);

    public static readonly DateOnly Max = new(2199, 12, 31);

    public const string Message = "日期须在1900年1月1日至2199年12月31日之间。";

    public static bool InRange(DateOnly d) => d >= Min && d <= Max;

    public static bool InRange(DateTime d) => InRange(DateOnly.FromDateTime(d));

    public static bool InRange(DateTimeOffset d) => InRange(d.UtcDateTime);

    /// <summary>False for a date value out of range; true for anything else (including non-dates).</summary>
    public static bool Accepts(object? value) => value switch
    {
        DateOnly d => InRange(d),
        DateTime d => InRange(d),
        DateTimeOffset d => InRange(d),
        _ => true,
    };
}
