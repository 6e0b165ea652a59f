using System.Globalization;

namespace Zwgk.Domain.Calendar;

// One special day of the official calendar. Ordinary days are not listed: Monday to
// Friday are working days and weekends are rest days unless a CalendarDay says otherwise.
// The properties are get-only so that a `with` expression cannot bypass the checks.
public sealed record CalendarDay
{
    private static readonly string[] WeekdayNames =
        ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name, string source)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的日期类型。");
        }

        if (FindProblem(date, kind, name, source) is { } problem)
        {
            throw new ArgumentException(problem.Message, problem.ParamName);
        }

        Date = date;
        Kind = kind;
        Name = name.Trim();
        Source = source.Trim();
    }

    public DateOnly Date { get; }

    public CalendarDayKind Kind { get; }

    // The holiday this day belongs to, e.g. 春节 or 国庆节、中秋节.
    public string Name { get; }

    // The notice that fixed this day, e.g. 国务院办公厅关于2025年部分节假日安排的通知.
    public string Source { get; }

    public void Deconstruct(out DateOnly date, out CalendarDayKind kind, out string name, out string source)
    {
        date = Date;
        kind = Kind;
        name = Name;
        source = Source;
    }

    internal static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    // The first rule an entry breaks, or null. Shared with the CSV reader so that a bad
    // row is reported with its line number.
    internal static (string Message, string ParamName)? FindProblem(
        DateOnly date, CalendarDayKind kind, string? name, string? source)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(name))
        {
            return ($"{day} 的节日名称不能为空。", nameof(name));
        }

        // Every entry cites the notice that fixed it, so that it can be checked later.
        if (string.IsNullOrWhiteSpace(source))
        {
            return ($"{day} 未注明依据（通知名称）。", nameof(source));
        }

        // A make-up workday only exists on a weekend; on a weekday it is a data-entry error.
        if (kind == CalendarDayKind.Workday && !IsWeekend(date))
        {
            return ($"{day}（{WeekdayNames[(int)date.DayOfWeek]}）不是周六或周日，不能登记为调休工作日。", nameof(date));
        }

        return null;
    }
}
