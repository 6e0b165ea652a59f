using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Calendar;

/// <summary>工作日历: the years covered by the official calendar, and a form to enter the next one.</summary>
[RequirePermission(Permission.ManageCalendar)]
public sealed class CalendarAdminModel(CalendarYearEntry entry, ZwgkDbContext db, TimeProvider clock) : AdminPageModel
{
    public sealed record YearRow(CalendarYear Year, int Holidays, int Workdays);

    [BindProperty]
    public CalendarYearInput Input { get; set; } = new();

    public List<YearRow> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var next = ChinaTime.Today(clock).Year + 1;
        Input.Year = Years.Any(y => y.Year.Year == next) ? Years.Max(y => y.Year.Year) + 1 : next;
        Input.Source = $"国务院办公厅关于{Input.Year}年部分节假日安排的通知";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await entry.AddAsync(Input);
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = $"已录入 {outcome.Value!.Year} 年的节假日安排。";
            return Redirect("/admin/calendar");
        }, async () =>
        {
            await LoadAsync();
            return Page();
        }, "Input");
    }

    private async Task LoadAsync()
    {
        Title = "工作日历";
        var years = await db.CalendarYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync();
        // A few hundred rows: counted in memory rather than relying on date functions of each provider.
        var days = await db.CalendarDays.AsNoTracking().Select(d => new { d.Date, d.Kind }).ToListAsync();
        var counts = days.GroupBy(d => d.Date.Year).ToDictionary(
            g => g.Key,
            g => (Holidays: g.Count(d => d.Kind == CalendarDayKind.Holiday), Workdays: g.Count(d => d.Kind == CalendarDayKind.Workday)));
        Years = years.Select(y => counts.TryGetValue(y.Year, out var c) ? new YearRow(y, c.Holidays, c.Workdays) : new YearRow(y, 0, 0)).ToList();
    }
}
