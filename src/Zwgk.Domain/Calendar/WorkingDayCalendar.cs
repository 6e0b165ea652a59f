using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Zwgk.Domain.Calendar;

// The official working-day calendar (工作日): Monday to Friday are working days, weekends are
// rest days, public holidays are rest days and make-up workdays (调休) are working days.
// A year can be used only once its arrangement has been entered ("covered"); any computation
// that touches a day of another year throws CalendarDataMissingException rather than guessing.
// Counting convention: the starting day is not counted; the count begins the next day.
public sealed class WorkingDayCalendar
{
    private readonly FrozenDictionary<DateOnly, CalendarDay> _days;
    private readonly FrozenSet<int> _coveredYears;
    private readonly int? _assumedYear;

    private WorkingDayCalendar(WorkingDayCalendar covered, int assumedYear)
    {
        _days = covered._days;
        _coveredYears = covered._coveredYears;
        CoveredYears = covered.CoveredYears;
        _assumedYear = assumedYear;
    }

    // For a registration, which may not be refused while the State Council has not yet published (or the office not
    // yet entered) next year's arrangement: the year after the last covered one counts Monday to Friday as working
    // days. Any other uncovered year still throws. UsedAssumption says whether a computation reached that year.
    public WorkingDayCalendar AssumingNextYear()
    {
        if (CoveredYears.Count == 0)
        {
            return this;
        }

        var next = CoveredYears.Max() + 1;
        return next > DateOnly.MaxValue.Year ? this : new WorkingDayCalendar(this, next);
    }

    // The year counted as Monday to Friday (see AssumingNextYear), if any.
    public int? AssumedYear => _assumedYear;

    // Whether a working day of the assumed year was counted with this instance.
    public bool UsedAssumption { get; private set; }

    // coveredYears lists the years whose arrangement has been entered. When it is empty,
    // the years of the given days are taken. A special day outside the covered years (for
    // example a late-December day fixed by the next year's notice) may be listed; it is
    // returned by Lookup but not used until its own year is covered.
    public WorkingDayCalendar(IEnumerable<CalendarDay> days, IEnumerable<int> coveredYears)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(coveredYears);

        var byDate = new Dictionary<DateOnly, CalendarDay>();
        foreach (var day in days)
        {
            if (day is null)
            {
                throw new ArgumentException("日历数据中含有空项。", nameof(days));
            }

            if (!byDate.TryAdd(day.Date, day))
            {
                throw new ArgumentException(
                    $"{day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 被重复录入。",
                    nameof(days));
            }
        }

        var years = new HashSet<int>();
        foreach (var year in coveredYears)
        {
            if (year < DateOnly.MinValue.Year || year > DateOnly.MaxValue.Year)
            {
                throw new ArgumentOutOfRangeException(nameof(coveredYears), year, "年份超出范围。");
            }

            years.Add(year);
        }

        if (years.Count == 0)
        {
            years.UnionWith(byDate.Keys.Select(date => date.Year));
        }

        _days = byDate.ToFrozenDictionary();
        _coveredYears = years.ToFrozenSet();
        CoveredYears = Array.AsReadOnly(years.Order().ToArray());
    }

    // The covered years in ascending order.
    public IReadOnlyCollection<int> CoveredYears { get; }

    // The special day entered for this date, if any. A plain lookup: it does not require
    // the year to be covered.
    public CalendarDay? Lookup(DateOnly date) => _days.GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date)
    {
        if (!_coveredYears.Contains(date.Year))
        {
            if (date.Year != _assumedYear)
            {
                throw new CalendarDataMissingException(date.Year);
            }

            UsedAssumption = true;
            return !CalendarDay.IsWeekend(date);
        }

        if (_days.TryGetValue(date, out var special))
        {
            return special.Kind == CalendarDayKind.Workday;
        }

        return !CalendarDay.IsWeekend(date);
    }

    // The days-th working day after from. from itself is never counted, whatever it is,
    // so from a Friday one working day later is the next Monday.
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        if (days < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "工作日天数必须至少为 1。");
        }

        var date = from;
        var remaining = days;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    // The first working day strictly after date.
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    // date itself when it is a working day, otherwise the next working day.
    public DateOnly SameOrNextWorkingDay(DateOnly date) =>
        IsWorkingDay(date) ? date : NextWorkingDay(date);

    // The number of working days d with from < d <= to; 0 when to <= from.
    // AddWorkingDays(from, n) == x implies CountWorkingDaysBetween(from, x) == n.
    public int CountWorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var dayNumber = from.DayNumber + 1; dayNumber <= to.DayNumber; dayNumber++)
        {
            if (IsWorkingDay(DateOnly.FromDayNumber(dayNumber)))
            {
                count++;
            }
        }

        return count;
    }
}
