using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Requests;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Requests.Console;

/// <summary>
/// The unit dashboard: open requests of the current unit's subtree by due date, coloured due soon / overdue, the unit's
/// reminders, and information that several applicants asked for (条例第四十四条), with closed requests below.
/// </summary>
[RequirePermission(Permission.HandleRequests)]
public sealed class RequestListModel(ZwgkDbContext db, RequestService requests, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, DisclosureSuggestions suggestions, CurrentUnit current) : AdminPageModel
{
    public sealed record Row(InformationRequest Request, DueStatus Status, int? DaysLeft, string Unit);

    public IReadOnlyList<Row> Open { get; private set; } = [];

    public IReadOnlyList<Row> Closed { get; private set; } = [];

    public IReadOnlyList<RequestReminder> Reminders { get; private set; } = [];

    public IReadOnlyList<DisclosureSuggestion> Suggestions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "依申请公开";
        var subtree = (await current.SubtreeAsync(Permission.HandleRequests)).Select(o => o.Id);
        var visible = (await requests.VisibleAsync()).Where(r => subtree.Contains(r.UnitId) || (r.HandlingUnitId != null && subtree.Contains(r.HandlingUnitId.Value)));
        var calendar = await calendars.ForDeadlinesAsync();
        var today = ChinaTime.Today(clock);
        var names = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name);
        var open = await visible.Where(r => r.State != RequestState.Replied && r.State != RequestState.Delivered && r.State != RequestState.Archived).ToListAsync();
        Open = open.Select(r => new Row(r, r.DueStatusOn(calendar, today, options.Value.DueSoonWorkingDays), r.DueOn is { } d && r.PausedSince is null ? RequestClock.WorkingDaysLeft(calendar, today, d) : null, names[r.HandlingUnitId ?? r.UnitId]))
            .OrderBy(x => x.Request.DueOn is null).ThenBy(x => x.Request.DueOn).ToList();
        var closed = await visible.Where(r => r.State == RequestState.Replied || r.State == RequestState.Delivered || r.State == RequestState.Archived).OrderByDescending(r => r.RepliedOn).ThenByDescending(r => r.Id).Take(50).ToListAsync();
        Closed = closed.Select(r => new Row(r, r.DueStatusOn(calendar, today, 3), null, names[r.HandlingUnitId ?? r.UnitId])).ToList();
        Reminders = await db.Set<RequestReminder>().AsNoTracking().Where(x => x.DismissedAt == null && subtree.Contains(x.UnitId)).OrderByDescending(x => x.CreatedAt).Take(50).ToListAsync();
        Suggestions = await suggestions.ForAsync(visible);
    }

    public async Task<IActionResult> OnPostDismissAsync(int reminderId)
    {
        var units = await (await current.SubtreeAsync(Permission.HandleRequests)).Select(o => o.Id).ToListAsync();
        var reminder = await db.Set<RequestReminder>().SingleOrDefaultAsync(x => x.Id == reminderId && units.Contains(x.UnitId));
        if (reminder is null)
        {
            return NotFound();
        }

        reminder.DismissedAt = clock.GetUtcNow().UtcDateTime;
        reminder.DismissedBy = User.Identity?.Name;
        await db.SaveChangesAsync();
        Flash = "提醒已处理。";
        return Redirect("/admin/requests");
    }

    public static string CssOf(DueStatus s) => s switch
    {
        DueStatus.Overdue or DueStatus.RepliedLate => "overdue",
        DueStatus.DueSoon => "due-soon",
        _ => "",
    };
}
