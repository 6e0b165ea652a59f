using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Web.Accounts;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;
using Zwgk.Web.Requests;

namespace Zwgk.Web.Admin;

/// <summary>One line of 待办: what waits, how many, and the filtered list that shows them.</summary>
public sealed record WorkItem(string Key, string Label, int Count, string Url, bool Urgent = false);

/// <summary>
/// 待办 on the 工作台: what waits for this user in the current unit's subtree, by what their roles let them do there — drafts
/// returned to them, documents waiting for 保密审查 and 审签, replies waiting for approval, their requests due soon or overdue,
/// completed clarifications, catalogs to review. A fixed handful of queries, whatever the number of records.
/// </summary>
public sealed class WorkQueue(ZwgkDbContext db, UserAccess access, CurrentUnit current, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options)
{
    /// <summary>The draft's last step sent it back, and the user is the one who drafted it.</summary>
    public static IQueryable<Document> ReturnedTo(IQueryable<Document> documents, string userName) =>
        documents.Where(d => d.State == DocumentState.Draft
            && d.Events.OrderByDescending(e => e.Id).Select(e => e.Action).FirstOrDefault() == "Returned"
            && d.Events.Any(e => e.Action == "Created" && e.Actor == userName));

    public async Task<IReadOnlyList<WorkItem>> ForMeAsync(CancellationToken ct = default)
    {
        var items = new List<WorkItem>();
        var me = access.UserName ?? "";
        var scope = await access.GetAsync(ct);

        if (scope.HasAnywhere(Permission.EditContent))
        {
            var editable = (await current.SubtreeAsync(Permission.EditContent, ct)).Select(o => o.Id);
            var returned = await ReturnedTo(db.Documents.Where(d => editable.Contains(d.UnitId)), me).CountAsync(ct);
            items.Add(new WorkItem("returned", "退回给我修改的草稿", returned, "/admin/documents?mine=returned", returned > 0));
        }

        if (scope.HasAnywhere(Permission.ReviewContent))
        {
            var reviewable = (await current.SubtreeAsync(Permission.ReviewContent, ct)).Select(o => o.Id);
            var waiting = await db.Documents.Where(d => reviewable.Contains(d.UnitId) && (d.State == DocumentState.ConfidentialityReview || d.State == DocumentState.SignOff))
                .GroupBy(d => d.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
            items.Add(new WorkItem("review", "待保密审查的信息", waiting.Where(w => w.State == DocumentState.ConfidentialityReview).Sum(w => w.Count), "/admin/documents?state=ConfidentialityReview"));
            items.Add(new WorkItem("signoff", "待审签的信息", waiting.Where(w => w.State == DocumentState.SignOff).Sum(w => w.Count), "/admin/documents?state=SignOff"));
            items.Add(new WorkItem("catalogs", "待我审核的标准目录", await CatalogsToReviewAsync(scope, ct), "/admin/catalogs#review"));
        }

        if (scope.HasAnywhere(Permission.HandleRequests) || scope.HasAnywhere(Permission.ApproveRequests))
        {
            items.AddRange(await RequestItemsAsync(scope, ct));
        }

        return items;
    }

    private async Task<IEnumerable<WorkItem>> RequestItemsAsync(AccessScope scope, CancellationToken ct)
    {
        var who = await RequestAudience.OfAsync(access, db, ct);
        var subtree = (await current.SubtreeAsync(Permission.HandleRequests, ct)).Select(o => o.Id);
        var open = db.Set<InformationRequest>().AsNoTracking()
            .Where(r => r.State != RequestState.Replied && r.State != RequestState.Delivered && r.State != RequestState.Archived)
            .Where(r => subtree.Contains(r.UnitId) || (r.HandlingUnitId != null && subtree.Contains(r.HandlingUnitId.Value)));
        var result = new List<WorkItem>();
        if (scope.HasAnywhere(Permission.ApproveRequests))
        {
            var approval = await open.Where(RequestQueue.AwaitingApproval, who).CountAsync(ct);
            result.Add(new WorkItem("approval", RequestQueue.AwaitingApproval.DisplayName(), approval, RequestQueue.AwaitingApproval.Url(), approval > 0));
        }

        if (!scope.HasAnywhere(Permission.HandleRequests))
        {
            return result;
        }

        // The clock is in working days on the official calendar, so the due ones are picked from the few open cases I act on.
        var calendar = await calendars.ForDeadlinesAsync(ct);
        var today = ChinaTime.Today(clock);
        var mineOpen = await open.Where(who.Handles)
            .Select(r => new
            {
                Request = r,
                LastAction = r.Events.OrderByDescending(e => e.Id).Select(e => e.Action).FirstOrDefault(),
            }).ToListAsync(ct);
        var statuses = mineOpen.Select(x => x.Request.DueStatusOn(calendar, today, options.Value.DueSoonWorkingDays)).ToList();
        var overdue = statuses.Count(s => s == DueStatus.Overdue);
        result.Add(new WorkItem("unassigned", RequestQueue.Unassigned.DisplayName(), mineOpen.Count(x => x.Request.State == RequestState.Registered && x.Request.HandlingUnitId == null), RequestQueue.Unassigned.Url()));
        result.Add(new WorkItem("due-soon", RequestQueue.DueSoon.DisplayName(), statuses.Count(s => s == DueStatus.DueSoon), RequestQueue.DueSoon.Url(), true));
        result.Add(new WorkItem("overdue", RequestQueue.Overdue.DisplayName(), overdue, RequestQueue.Overdue.Url(), overdue > 0));
        result.Add(new WorkItem("clarified", RequestQueue.Clarified.DisplayName(), mineOpen.Count(x => x.LastAction == "ClarificationCompleted"), RequestQueue.Clarified.Url()));
        result.Add(new WorkItem("mine", RequestQueue.Mine.DisplayName(), mineOpen.Count(x => x.Request.HandlerUserId == who.UserId), RequestQueue.Mine.Url()));
        return result;
    }

    /// <summary>Submitted catalogs whose reviewing government (the level above, 逐级审核) is one where I review.</summary>
    private async Task<int> CatalogsToReviewAsync(AccessScope scope, CancellationToken ct)
    {
        var reviewable = (await current.SubtreeAsync(Permission.ReviewContent, ct)).Select(o => o.Id);
        var submitted = await (
            from c in db.Set<StandardCatalog>().AsNoTracking()
            join o in db.Organizations on c.UnitId equals o.Id
            where c.State == CatalogState.Submitted && reviewable.Contains(c.UnitId)
            select o.Path).ToListAsync(ct);
        if (submitted.Count == 0)
        {
            return 0;
        }

        var paths = submitted.Select(UnitPath.Parse).ToList();
        var ancestorIds = paths.SelectMany(p => p.Ids).Distinct().ToList();
        var units = await db.Organizations.AsNoTracking().Where(o => ancestorIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return paths.Count(p => CatalogReview.ReviewingUnitId(p, id => units[id].Kind) is int r && CatalogReview.MayReview(scope, units[r].UnitPath));
    }
}
