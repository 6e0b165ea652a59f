using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Calendar;

/// <summary>Builds the domain calendar from the database, where admins can add next year's days.</summary>
public sealed class CalendarService(ZwgkDbContext db)
{
    private WorkingDayCalendar? _calendar;

    /// <summary>Loaded once per request: a few hundred rows, and always current across instances.</summary>
    public async Task<WorkingDayCalendar> GetAsync(CancellationToken ct = default)
    {
        if (_calendar is not null)
        {
            return _calendar;
        }

        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        return _calendar = new WorkingDayCalendar(days.Select(d => d.ToDomain()), years);
    }

    /// <summary>
    /// The calendar for the deadlines a workflow keeps (information requests, a document's publication time limit): the
    /// same, with the year after the last entered one counted Monday to Friday (<see cref="WorkingDayCalendar.AssumingNextYear"/>),
    /// so that in December a request is still received, its deadline shown and its steps taken before next year's
    /// arrangement is published and entered. The deadline calculator and the catalogs keep refusing an uncovered year.
    /// </summary>
    public async Task<WorkingDayCalendar> ForDeadlinesAsync(CancellationToken ct = default) =>
        _forDeadlines ??= (await GetAsync(ct)).AssumingNextYear();

    private WorkingDayCalendar? _forDeadlines;

    /// <summary>
    /// Loads the official data shipped in the repository (Calendar/china-calendar.csv) for every year the
    /// database does not have yet. Years already present are left as they are: admins may have corrected them.
    /// </summary>
    /// <summary>The shipped calendar as a start-up seed (<see cref="Platform.Seeding.DataSeeds"/>).</summary>
    internal sealed class Shipped(ZwgkDbContext db, IHostEnvironment env, TimeProvider clock) : Platform.Seeding.IDataSeed
    {
        public Task SeedAsync(CancellationToken ct = default) => ImportShippedAsync(db, env.ContentRootPath, clock, ct);
    }

    public static async Task ImportShippedAsync(ZwgkDbContext db, string contentRoot, TimeProvider clock, CancellationToken ct = default)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Calendar", "china-calendar.csv");
        if (!File.Exists(file))
        {
            file = Path.Combine(contentRoot, "Calendar", "china-calendar.csv");
        }

        using var reader = new StreamReader(file);
        var days = ChinaCalendarCsv.Parse(reader);
        var present = await db.CalendarYears.Select(y => y.Year).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var year in days.GroupBy(d => d.Date.Year).Where(g => !present.Contains(g.Key)))
        {
            db.CalendarYears.Add(new CalendarYear
            {
                Year = year.Key,
                Source = year.First().Source,
                EnteredAt = now,
                EnteredBy = "系统（随软件发布的官方数据）",
            });
            db.CalendarDays.AddRange(year.Select(d => new CalendarDayRecord { Date = d.Date, Kind = d.Kind, Name = d.Name, Source = d.Source }));
        }

        await db.SaveChangesAsync(ct);
    }
}
