using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Requests;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Requests;

/// <summary>The filters of the request list that the 工作台's 待办 links to; the counts and the lists use the same ones.</summary>
public enum RequestQueue
{
    /// <summary>Replies waiting for the leader's approval (条例第三十三条): for those who approve in the agency.</summary>
    AwaitingApproval,

    /// <summary>Registered, not yet sent to a handling unit (分办).</summary>
    Unassigned,

    /// <summary>Open cases whose 承办人 is me.</summary>
    Mine,

    DueSoon,
    Overdue,

    /// <summary>The applicant's completed request (补正) has arrived; the case goes on from here.</summary>
    Clarified,
}

/// <summary>
/// Who a case waits for (期限提醒 and 待办 reach only them): its named 承办人; when none is named, those who handle requests in
/// its handling (or receiving) unit; and, while its reply awaits approval, those who approve in the agency applied to.
/// </summary>
public sealed record RequestAudience(string UserId, IReadOnlyList<int> HandleUnits, IReadOnlyList<int> ApproveUnits)
{
    public static async Task<RequestAudience> OfAsync(UserAccess access, ZwgkDbContext db, CancellationToken ct = default)
    {
        var handle = await (await access.UnitsWhereAsync(Permission.HandleRequests, ct)).Select(o => o.Id).ToListAsync(ct);
        var approve = await (await access.UnitsWhereAsync(Permission.ApproveRequests, ct)).Select(o => o.Id).ToListAsync(ct);
        return new RequestAudience(access.UserId ?? "", handle, approve);
    }

    /// <summary>Cases this user acts on as 承办人 or as a handler of a unit with no 承办人 named.</summary>
    public Expression<Func<InformationRequest, bool>> Handles
    {
        get
        {
            var me = UserId;
            var units = HandleUnits;
            return r => r.HandlerUserId == me
                || (r.HandlerUserId == null && (units.Contains(r.UnitId) || (r.HandlingUnitId != null && units.Contains(r.HandlingUnitId.Value))));
        }
    }

    /// <summary>Cases this user approves now: the reply waits for approval in an agency where they approve.</summary>
    public Expression<Func<InformationRequest, bool>> Approves
    {
        get
        {
            var units = ApproveUnits;
            return r => r.State == RequestState.AwaitingApproval && units.Contains(r.UnitId);
        }
    }

    /// <summary>Either: the cases whose reminders this user gets.</summary>
    public Expression<Func<InformationRequest, bool>> ActsOn
    {
        get
        {
            var me = UserId;
            var handle = HandleUnits;
            var approve = ApproveUnits;
            return r => r.HandlerUserId == me
                || (r.HandlerUserId == null && (handle.Contains(r.UnitId) || (r.HandlingUnitId != null && handle.Contains(r.HandlingUnitId.Value))))
                || (r.State == RequestState.AwaitingApproval && approve.Contains(r.UnitId));
        }
    }
}

public static class RequestQueues
{
    public static string DisplayName(this RequestQueue q) => q switch
    {
        RequestQueue.AwaitingApproval => "待我审批的答复",
        RequestQueue.Unassigned => "待分办的申请",
        RequestQueue.Mine => "我承办的申请",
        RequestQueue.DueSoon => "即将到期的申请",
        RequestQueue.Overdue => "已超期的申请",
        RequestQueue.Clarified => "申请人已补正、待继续办理",
        _ => q.ToString(),
    };

    public static string Url(this RequestQueue q) => q switch
    {
        RequestQueue.AwaitingApproval => "/admin/requests?queue=approval",
        RequestQueue.Unassigned => "/admin/requests?queue=unassigned",
        RequestQueue.Mine => "/admin/requests?queue=mine",
        RequestQueue.DueSoon => "/admin/requests?queue=due-soon",
        RequestQueue.Overdue => "/admin/requests?queue=overdue",
        RequestQueue.Clarified => "/admin/requests?queue=clarified",
        _ => "/admin/requests",
    };

    public static RequestQueue? Parse(string? value) => value switch
    {
        "approval" => RequestQueue.AwaitingApproval,
        "unassigned" => RequestQueue.Unassigned,
        "mine" => RequestQueue.Mine,
        "due-soon" => RequestQueue.DueSoon,
        "overdue" => RequestQueue.Overdue,
        "clarified" => RequestQueue.Clarified,
        _ => null,
    };

    public static bool IsOpen(RequestState s) => s is not (RequestState.Replied or RequestState.Delivered or RequestState.Archived);

    /// <summary>
    /// The database part of a queue's filter (the due ones are then picked by their working days, <see cref="DueStatus"/>).
    /// <paramref name="visible"/> is already the caller's open cases in their units.
    /// </summary>
    public static IQueryable<InformationRequest> Where(this IQueryable<InformationRequest> visible, RequestQueue q, RequestAudience who) => q switch
    {
        RequestQueue.AwaitingApproval => visible.Where(who.Approves),
        RequestQueue.Unassigned => visible.Where(r => r.State == RequestState.Registered && r.HandlingUnitId == null).Where(who.Handles),
        RequestQueue.Mine => visible.Where(r => r.HandlerUserId == who.UserId),
        RequestQueue.DueSoon or RequestQueue.Overdue => visible.Where(r => r.DueOn != null && r.PausedSince == null
            && r.State != RequestState.AwaitingClarification).Where(who.Handles),
        RequestQueue.Clarified => visible.Where(r => r.Events.OrderByDescending(e => e.Id).Select(e => e.Action).FirstOrDefault() == "ClarificationCompleted").Where(who.Handles),
        _ => visible,
    };
}
