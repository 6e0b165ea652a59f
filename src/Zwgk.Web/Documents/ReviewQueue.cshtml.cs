using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Documents;

/// <summary>待我审核: documents waiting for 保密审查 or 审签 in the subtree where the user reviews.</summary>
[RequirePermission(Permission.ReviewContent)]
public sealed class ReviewQueueModel(ZwgkDbContext db, CurrentUnit current, CalendarService calendars, TimeProvider clock) : AdminPageModel
{
    public List<DocumentRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "待我审核";
        var units = (await current.SubtreeAsync(Permission.ReviewContent)).Select(o => o.Id);
        var query = db.Documents.AsNoTracking().Where(d => units.Contains(d.UnitId)
            && (d.State == DocumentState.ConfidentialityReview || d.State == DocumentState.SignOff));
        // A review queue is short; it is shown whole.
        Rows = await DocumentConsole.RowsAsync(db, query, await calendars.ForDeadlinesAsync(), ChinaTime.Today(clock), 0, 500);
    }
}
