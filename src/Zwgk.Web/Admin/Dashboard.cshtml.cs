using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Admin;

/// <summary>
/// 工作台: what waits for me (待办, by my roles in the current unit's subtree), reminders I can act on, and — for those who
/// administer the unit — its counts.
/// </summary>
public sealed class DashboardModel(ZwgkDbContext db, TimeProvider clock, WorkQueue work) : AdminPageModel
{
    public IReadOnlyList<WorkItem> Work { get; private set; } = [];

    /// <summary>Administrative counts are for those who manage the unit's users and structure, not for every role.</summary>
    public bool ShowsAdministration { get; private set; }

    public int Units { get; private set; }

    public int Users { get; private set; }

    public int Sites { get; private set; }

    public int Columns { get; private set; }

    public int EmptyColumns { get; private set; }

    public int AuditLastWeek { get; private set; }

    public int FailedSignInsLastWeek { get; private set; }

    /// <summary>Next year's holiday arrangement is missing: told only to those who can enter it (工作日历).</summary>
    public int? MissingCalendarYear { get; private set; }

    public async Task OnGetAsync()
    {
        Title = "工作台";
        if (Unit is null)
        {
            return;
        }

        Work = await work.ForMeAsync();
        if (Access.HasAnywhere(Permission.ManageCalendar))
        {
            var nextYear = ChinaTime.Today(clock).Year + 1;
            MissingCalendarYear = await db.CalendarYears.AnyAsync(y => y.Year == nextYear) ? null : nextYear;
        }

        ShowsAdministration = Access.Has(Permission.ManageUsers, Unit.UnitPath) || Access.Has(Permission.ManageUnits, Unit.UnitPath);
        if (!ShowsAdministration)
        {
            return;
        }

        var path = Unit.Path;
        var subtree = db.Organizations.Where(o => o.Path.StartsWith(path)).Select(o => o.Id);
        Units = await subtree.CountAsync();
        Users = await db.Users.CountAsync(u => subtree.Contains(u.HomeUnitId));
        Sites = await db.Sites.CountAsync(s => subtree.Contains(s.OrganizationId));
        Columns = await db.Columns.CountAsync(c => subtree.Contains(c.Site!.OrganizationId));
        // Empty columns are a veto item of the national site inspection (site-inspection.md).
        EmptyColumns = await db.Columns.CountAsync(c => subtree.Contains(c.Site!.OrganizationId) && c.Content == null
            && !db.Columns.Any(child => child.ParentId == c.Id));
        var weekAgo = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        AuditLastWeek = await db.AuditEntries.CountAsync(e => e.UnitPath != null && e.UnitPath.StartsWith(path) && e.At >= weekAgo);
        FailedSignInsLastWeek = await db.AuditEntries.CountAsync(e => e.UnitPath != null && e.UnitPath.StartsWith(path) && e.At >= weekAgo
            && (e.Action == "SignInFailed" || e.Action == "SignInLockedOut"));
    }
}
