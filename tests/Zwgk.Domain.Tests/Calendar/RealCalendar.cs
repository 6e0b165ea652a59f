using System.Globalization;
using System.Text;
using Zwgk.Domain.Calendar;

namespace Zwgk.Domain.Tests.Calendar;

// The real official calendar file, copied next to the test assembly.
internal static class RealCalendar
{
    private static readonly Lazy<IReadOnlyList<CalendarDay>> LazyDays = new(() =>
    {
        using var reader = new StreamReader(
            Path.Combine(AppContext.BaseDirectory, "Calendar", "china-calendar.csv"), Encoding.UTF8);
        return ChinaCalendarCsv.Parse(reader);
    });

    private static readonly Lazy<WorkingDayCalendar> LazyCalendar = new(() => new WorkingDayCalendar(Days, []));

    public static IReadOnlyList<CalendarDay> Days => LazyDays.Value;

    public static WorkingDayCalendar Calendar => LazyCalendar.Value;

    public static DateOnly D(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
