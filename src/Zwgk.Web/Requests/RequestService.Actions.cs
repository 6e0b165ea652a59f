using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Requests.Letters;

namespace Zwgk.Web.Requests;

// The steps of the procedure, by name: POST /api/v1/requests/{id}/{action} and the case page's forms both come here.
public sealed partial class RequestService
{
    /// <summary>Each action, the permission it needs on the request, and its audit code.</summary>
    public static readonly IReadOnlyDictionary<string, (Permission Permission, string Audit)> Actions = new Dictionary<string, (Permission, string)>(StringComparer.Ordinal)
    {
        ["assign"] = (Permission.HandleRequests, "RequestAssigned"),
        ["clarify"] = (Permission.HandleRequests, "RequestClarificationRequested"),
        ["complete-clarification"] = (Permission.HandleRequests, "RequestClarificationCompleted"),
        ["consult"] = (Permission.HandleRequests, "RequestConsultationSent"),
        ["answer-consultation"] = (Permission.HandleRequests, "RequestConsultationAnswered"),
        ["lapse-consultation"] = (Permission.HandleRequests, "RequestConsultationLapsed"),
        // 条例第三十三条第二款: the extension is approved by the head of the disclosure office.
        ["extend"] = (Permission.ApproveRequests, "RequestExtended"),
        ["fee-notice"] = (Permission.HandleRequests, "RequestFeeNoticeIssued"),
        ["fee-paid"] = (Permission.HandleRequests, "RequestFeePaid"),
        ["decide"] = (Permission.HandleRequests, "RequestDecided"),
        ["approve"] = (Permission.ApproveRequests, "RequestApproved"),
        ["return"] = (Permission.ApproveRequests, "RequestDecisionReturned"),
        ["reply"] = (Permission.HandleRequests, "RequestReplied"),
        ["reply-on-the-spot"] = (Permission.HandleRequests, "RequestRepliedOnTheSpot"),
        ["deliver"] = (Permission.HandleRequests, "RequestDelivered"),
        ["archive"] = (Permission.HandleRequests, "RequestArchived"),
        ["note"] = (Permission.HandleRequests, "RequestNoted"),
        ["link-document"] = (Permission.HandleRequests, "RequestDocumentLinked"),
        ["file-remedy"] = (Permission.HandleRequests, "RequestRemedyFiled"),
        ["decide-remedy"] = (Permission.HandleRequests, "RequestRemedyDecided"),
    };

    public async Task<RequestStepResult> ActAsync(int id, string action, ActionInput input, CancellationToken ct = default)
    {
        if (!Actions.TryGetValue(action, out var spec))
        {
            return new RequestStepResult(null, NotFound: true);
        }

        var r = await LoadAsync(id, ct);
        if (r is null || !await MayAsync(r, Permission.HandleRequests, ct) && !await MayAsync(r, Permission.ApproveRequests, ct))
        {
            // Someone else's case does not exist for this caller.
            return new RequestStepResult(null, NotFound: true);
        }

        if (!await MayAsync(r, spec.Permission, ct))
        {
            return new RequestStepResult(r, Forbidden: true);
        }

        var calendar = await calendars.GetAsync(ct);
        try
        {
            await StepAsync(r, action, input, calendar, ct);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return new RequestStepResult(r, e.Message);
        }

        audit.Action = spec.Audit;
        audit.Reason = input.Reason ?? input.Note;
        await db.SaveChangesAsync(ct);
        return new RequestStepResult(r);
    }

    private async Task StepAsync(InformationRequest r, string action, ActionInput i, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var now = Now;
        var actor = Actor;
        switch (action)
        {
            case "assign":
                var unit = await UnitInAgencyAsync(r, Need(i.UnitId, "请选择承办单位。"), ct);
                r.Assign(unit.Id, unit.Name, i.Handler, i.Note ?? i.Reason, actor, now);
                break;
            case "clarify":
                r.RequestClarification(i.Items ?? "", Need(i.Deadline, "请填写补正期限。"), calendar, actor, now);
                await letters.IssueAsync(r, LetterKind.ClarificationNotice, actor, now, null, ct);
                break;
            case "complete-clarification":
                r.CompleteClarification(i.Text ?? "", i.On ?? ChinaTime.DateOf(now), i.LateReason, calendar, actor, now);
                break;
            case "consult":
                var kind = Need(i.ConsultationKind, "请选择征求意见的类型。");
                var party = i.Party;
                if (i.UnitId is int partyUnit)
                {
                    party = (await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == partyUnit, ct))?.Name ?? throw new DomainRuleException("所选单位不存在。");
                }

                var c = r.Consult(kind, party ?? "", i.Contact, i.UnitId, i.Matter ?? "", i.Deadline, calendar, actor, now);
                // 条例第三十二条: the letter to the third party; 第十条、第三十四条: the 协查（会商）函 to the other agency or unit.
                await letters.IssueAsync(r, kind == ConsultationKind.ThirdParty ? LetterKind.ThirdPartyConsultation : LetterKind.TransferNotice, actor, now, c, ct);

                break;
            case "answer-consultation":
                r.RecordConsultationAnswer(Need(i.Number, "请指明是哪一项征求意见。"), Need(i.Answer, "请选择答复意见。"), i.Opinion, i.On ?? ChinaTime.DateOf(now), calendar, actor, now);
                break;
            case "lapse-consultation":
                r.LapseConsultation(Need(i.Number, "请指明是哪一项征求意见。"), calendar, actor, now);
                break;
            case "extend":
                r.Extend(Need(i.Days, "请填写延长的工作日数。"), i.Reason ?? "", actor, calendar, actor, now);
                await letters.IssueAsync(r, LetterKind.ExtensionNotice, actor, now, null, ct);
                break;
            case "fee-notice":
                var mode = Need(i.FeeMode, "请选择按件或按量计收。");
                var quantity = i.Quantity ?? (mode == FeeMode.PerRequest ? await OrdinalInMonthAsync(r, ct) : throw new DomainRuleException("请填写所涉信息的页数。"));
                r.IssueFeeNotice(mode, quantity, i.On ?? ChinaTime.DateOf(now), Options.FeePausesClock, calendar, actor, now);
                await letters.IssueAsync(r, LetterKind.FeeNotice, actor, now, null, ct);
                break;
            case "fee-paid":
                r.RecordFeePayment(i.On ?? ChinaTime.DateOf(now), calendar, actor, now);
                break;
            case "decide":
                r.Decide(i.ToReply() ?? throw new DomainRuleException("请选择办理结果。"), actor, now);
                break;
            case "approve":
                r.Approve(actor, i.Opinion, actor, now);
                break;
            case "return":
                r.ReturnDecision(i.Reason ?? "", actor, now);
                break;
            case "reply":
                r.IssueReply(actor, now);
                await letters.IssueAsync(r, LetterKind.Reply, actor, now, null, ct);
                break;
            case "reply-on-the-spot":
                r.ReplyOnTheSpot(i.ToReply() ?? throw new DomainRuleException("请选择办理结果。"), actor, now);
                await letters.IssueAsync(r, LetterKind.Reply, actor, now, null, ct);
                break;
            case "deliver":
                r.RecordDelivery(i.Method ?? r.Delivery, i.On ?? ChinaTime.DateOf(now), i.Note, actor, now);
                break;
            case "archive":
                r.Archive(actor, now);
                break;
            case "note":
                r.AddNote(i.Note ?? "", actor, now);
                break;
            case "link-document":
                var docId = Need(i.DocumentId, "请填写信息编号。");
                var doc = await db.Documents.AsNoTracking().Where(d => d.Id == docId).Select(d => new { d.Id, d.Title, d.UnitId }).SingleOrDefaultAsync(ct)
                    ?? throw new DomainRuleException("没有这条信息。");
                await UnitInAgencyAsync(r, doc.UnitId, ct);
                r.LinkDocument(doc.Id, doc.Title, actor, now);
                break;
            case "file-remedy":
                r.FileRemedy(Need(i.RemedyKind, "请选择行政复议或行政诉讼。"), Need(i.On, "请填写提起日期。"), i.Body ?? "", i.CaseNumber, actor, now);
                break;
            case "decide-remedy":
                r.DecideRemedy(Need(i.Number, "请指明是哪一项复议或诉讼。"), Need(i.Result, "请选择审结结果。"), Need(i.On, "请填写审结日期。"), i.Note, actor, now);
                break;
        }
    }

    /// <summary>A unit inside the agency's subtree (分办 and 协查 stay within the agency applied to and its own units).</summary>
    private async Task<Organizations.Organization> UnitInAgencyAsync(InformationRequest r, int unitId, CancellationToken ct)
    {
        var agency = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == r.UnitId, ct);
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unitId, ct);
        if (unit is null || !unit.UnitPath.IsWithin(agency.UnitPath))
        {
            throw new DomainRuleException($"只能选择{agency.Name}及其下属单位。");
        }

        return unit;
    }

    private static T Need<T>(T? value, string message)
        where T : struct => value ?? throw new DomainRuleException(message);
}
