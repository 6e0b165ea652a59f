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
public sealed class RequestListModel(ZwgkDbContext db, RequestService requests, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, DisclosureSuggestions suggestions, CurrentUnit current, UserAccess access, Zwgk.Web.Platform.Display.People people) : AdminPageModel
{
    public sealed record Row(InformationRequest Request, DueStatus Status, int? DaysLeft, string Unit);

    public IReadOnlyList<Row> Open { get; private set; } = [];

    public IReadOnlyList<Row> Closed { get; private set; } = [];

    public IReadOnlyList<RequestReminder> Reminders { get; private set; } = [];

    public IReadOnlyList<DisclosureSuggestion> Suggestions { get; private set; } = [];

    /// <summary>The 待办 filter the list is showing (from the 工作台's links), if any.</summary>
    public RequestQueue? Queue { get; private set; }

    public async Task OnGetAsync([FromQuery] string? queue)
    {
        Title = "依申请公开";
        Queue = RequestQueues.Parse(queue);
        var who = await RequestAudience.OfAsync(access, db);
        var subtree = (await current.SubtreeAsync(Permission.HandleRequests)).Select(o => o.Id);
        var visible = (await requests.VisibleAsync()).Where(r => subtree.Contains(r.UnitId) || (r.HandlingUnitId != null && subtree.Contains(r.HandlingUnitId.Value)));
        var calendar = await calendars.ForDeadlinesAsync();
        var today = ChinaTime.Today(clock);
        var names = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name);
        var openQuery = visible.Where(r => r.State != RequestState.Replied && r.State != RequestState.Delivered && r.State != RequestState.Archived);
        var open = await (Queue is { } q ? openQuery.Where(q, who) : openQuery).ToListAsync();
        Open = open.Select(r => new Row(r, r.DueStatusOn(calendar, today, options.Value.DueSoonWorkingDays), r.DueOn is { } d && r.PausedSince is null ? RequestClock.WorkingDaysLeft(calendar, today, d) : null, names[r.HandlingUnitId ?? r.UnitId]))
            .Where(x => Queue switch
            {
                RequestQueue.DueSoon => x.Status == DueStatus.DueSoon,
                RequestQueue.Overdue => x.Status == DueStatus.Overdue,
                _ => true,
            })
            .OrderBy(x => x.Request.DueOn is null).ThenBy(x => x.Request.DueOn).ToList();
        var closed = await visible.Where(r => r.State == RequestState.Replied || r.State == RequestState.Delivered || r.State == RequestState.Archived).OrderByDescending(r => r.RepliedOn).ThenByDescending(r => r.Id).Take(50).ToListAsync();
        Closed = closed.Select(r => new Row(r, r.DueStatusOn(calendar, today, 3), null, names[r.HandlingUnitId ?? r.UnitId])).ToList();
        // Reminders reach only those who act on the case: its 承办人, the unit's handlers when none is named, and the approvers while it awaits approval.
        var mine = db.Set<InformationRequest>().Where(who.ActsOn).Select(r => r.Id);
        Reminders = await db.Set<RequestReminder>().AsNoTracking().Where(x => x.DismissedAt == null && subtree.Contains(x.UnitId) && mine.Contains(x.RequestId))
            .OrderByDescending(x => x.CreatedAt).Take(50).ToListAsync();
        Suggestions = await suggestions.ForAsync(visible);
        await people.LoadAsync(Open.Select(x => x.Request.HandlerUserId));
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

    /// <summary>The 承办人 of a row: the account's person, or the name typed on an older case.</summary>
    public string? HandlerOf(InformationRequest r) => r.HandlerUserId is { } id ? people.OfId(id, r.Handler) : r.Handler;

    public static string CssOf(DueStatus s) => s switch
    {
        DueStatus.Overdue or DueStatus.RepliedLate => "overdue",
        DueStatus.DueSoon => "due-soon",
        _ => "",
    };
}
