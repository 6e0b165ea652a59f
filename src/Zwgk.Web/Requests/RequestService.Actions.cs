using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Requests.Letters;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests;

/// <summary>
/// One step of the procedure in the action table: name, permission, audit code, the page's confirmation, the type of
/// its input and the handler, which receives that type.
/// </summary>
public sealed record RequestAction(
    string Name, RequestStep Step, Permission Permission, string Audit, string Done, Type Input,
    Func<RequestService, InformationRequest, IStepInput, WorkingDayCalendar, CancellationToken, Task> Handler)
{
    public static RequestAction Of<TInput>(
        string name, RequestStep step, Permission permission, string audit, string done,
        Func<RequestService, InformationRequest, TInput, WorkingDayCalendar, CancellationToken, Task> handler)
        where TInput : class, IStepInput, new() =>
        new(name, step, permission, audit, done, typeof(TInput), (s, r, i, c, ct) => handler(s, r, (TInput)i, c, ct));
}

// The steps of the procedure, by name: POST /api/v1/requests/{id}/{action} and the case page's forms both come here.
public sealed partial class RequestService
{
    /// <summary>
    /// Every step by name: the permission it needs on the request, its audit code, what the case page says when it is
    /// done, and the handler that takes it. An unknown name is not found; there is no other list of steps.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, RequestAction> Actions = new RequestAction[]
    {
        RequestAction.Of<AssignInput>("assign", RequestStep.Assign, Permission.HandleRequests, "RequestAssigned", "已分办。", async (s, r, i, c, ct) =>
        {
            var unit = await s.UnitInAgencyAsync(r, Need(i.UnitId, "请选择承办单位。"), ct);
            var handler = await s.HandlerChosenAsync(r, unit, i, ct);
            r.Assign(unit.Id, unit.Name, handler, i.Note ?? i.Reason, s.Actor, s.Now);
        }),
        RequestAction.Of<ClarifyInput>("clarify", RequestStep.Clarify, Permission.HandleRequests, "RequestClarificationRequested", "已发出补正通知，答复期限暂停，自收到补正之日起重新计算。", async (s, r, i, c, ct) =>
        {
            r.RequestClarification(i.Items ?? "", Need(i.Deadline, "请填写补正期限。"), c, s.Actor, s.Now);
            await s.Letters.IssueAsync(r, LetterKind.ClarificationNotice, s.Actor, s.Now, null, ct);
        }),
        RequestAction.Of<CompleteClarificationInput>("complete-clarification", RequestStep.CompleteClarification, Permission.HandleRequests, "RequestClarificationCompleted", "已登记补正，答复期限已重新计算。",
            (s, r, i, c, _) => Sync(() => r.CompleteClarification(i.Text ?? "", i.On ?? s.Today, i.LateReason, c, s.Actor, s.Now))),
        RequestAction.Of<ConsultInput>("consult", RequestStep.Consult, Permission.HandleRequests, "RequestConsultationSent", "已发出征求意见／协查。", (s, r, i, c, ct) => s.ConsultAsync(r, i, c, ct)),
        RequestAction.Of<ConsultationAnswerInput>("answer-consultation", RequestStep.AnswerConsultation, Permission.HandleRequests, "RequestConsultationAnswered", "已记录征求意见结果。",
            (s, r, i, c, _) => Sync(() => r.RecordConsultationAnswer(Need(i.Number, "请指明是哪一项征求意见。"), Need(i.Answer, "请选择答复意见。"), i.Opinion, i.On ?? s.Today, c, s.Actor, s.Now))),
        RequestAction.Of<ConsultationLapseInput>("lapse-consultation", RequestStep.LapseConsultation, Permission.HandleRequests, "RequestConsultationLapsed", "已记录征求意见结果。",
            (s, r, i, c, _) => Sync(() => r.LapseConsultation(Need(i.Number, "请指明是哪一项征求意见。"), c, s.Actor, s.Now))),
        // 条例第三十三条第二款: the extension is approved by the head of the disclosure office.
        RequestAction.Of<ExtendInput>("extend", RequestStep.Extend, Permission.ApproveRequests, "RequestExtended", "已延期并出具延期答复告知书。", async (s, r, i, c, ct) =>
        {
            r.Extend(Need(i.Days, "请填写延长的工作日数。"), i.Reason ?? "", s.Actor, c, s.Actor, s.Now);
            await s.Letters.IssueAsync(r, LetterKind.ExtensionNotice, s.Actor, s.Now, null, ct);
        }),
        RequestAction.Of<FeeNoticeInput>("fee-notice", RequestStep.FeeNotice, Permission.HandleRequests, "RequestFeeNoticeIssued", "已发出收费通知。", async (s, r, i, c, ct) =>
        {
            var mode = Need(i.FeeMode, "请选择按件或按量计收。");
            var quantity = i.Quantity ?? (mode == FeeMode.PerRequest ? await s.OrdinalInMonthAsync(r, ct) : throw new DomainRuleException("请填写所涉信息的页数。"));
            r.IssueFeeNotice(mode, quantity, i.On ?? s.Today, s.Options.FeePausesClock, c, s.Actor, s.Now);
            await s.Letters.IssueAsync(r, LetterKind.FeeNotice, s.Actor, s.Now, null, ct);
        }),
        RequestAction.Of<OnDayInput>("fee-paid", RequestStep.FeePaid, Permission.HandleRequests, "RequestFeePaid", "已登记缴费。", (s, r, i, c, _) => Sync(() => r.RecordFeePayment(i.On ?? s.Today, c, s.Actor, s.Now))),
        RequestAction.Of<ReplyInput>("decide", RequestStep.Decide, Permission.HandleRequests, "RequestDecided", "答复意见已提交负责人审批。",
            (s, r, i, c, _) => Sync(() => r.Decide(i.ToReply() ?? throw new DomainRuleException("请选择办理结果。"), s.Actor, s.Now))),
        RequestAction.Of<ApproveInput>("approve", RequestStep.Approve, Permission.ApproveRequests, "RequestApproved", "已审批同意，可以出具答复。", async (s, r, i, c, ct) =>
            r.Approve(s.Actor, i.Opinion, s.Actor, s.Now, await s.DutiesForAsync(r, i.SameActorReason, ct))),
        RequestAction.Of<ReturnInput>("return", RequestStep.Return, Permission.ApproveRequests, "RequestDecisionReturned", "已退回承办人。", (s, r, i, c, _) => Sync(() => r.ReturnDecision(i.Reason ?? "", s.Actor, s.Now))),
        RequestAction.Of<NoInput>("reply", RequestStep.Reply, Permission.HandleRequests, "RequestReplied", "已出具答复书，申请人可在查询页面下载。", async (s, r, i, c, ct) =>
        {
            r.IssueReply(s.Actor, s.Now);
            await s.Letters.IssueAsync(r, LetterKind.Reply, s.Actor, s.Now, null, ct);
        }),
        RequestAction.Of<ReplyInput>("reply-on-the-spot", RequestStep.ReplyOnTheSpot, Permission.HandleRequests, "RequestRepliedOnTheSpot", "已出具答复书，申请人可在查询页面下载。", async (s, r, i, c, ct) =>
        {
            r.ReplyOnTheSpot(i.ToReply() ?? throw new DomainRuleException("请选择办理结果。"), s.Actor, s.Now);
            await s.Letters.IssueAsync(r, LetterKind.Reply, s.Actor, s.Now, null, ct);
        }),
        RequestAction.Of<DeliverInput>("deliver", RequestStep.Deliver, Permission.HandleRequests, "RequestDelivered", "已登记送达。", (s, r, i, c, _) => Sync(() => r.RecordDelivery(i.Method ?? r.Delivery, i.On ?? s.Today, i.Note, s.Actor, s.Now))),
        RequestAction.Of<NoInput>("archive", RequestStep.Archive, Permission.HandleRequests, "RequestArchived", "已归档。", (s, r, i, c, _) => Sync(() => r.Archive(s.Actor, s.Now))),
        RequestAction.Of<NoteInput>("note", RequestStep.Note, Permission.HandleRequests, "RequestNoted", "已保存。", (s, r, i, c, _) => Sync(() => r.AddNote(i.Note ?? "", s.Actor, s.Now))),
        RequestAction.Of<LinkDocumentInput>("link-document", RequestStep.LinkDocument, Permission.HandleRequests, "RequestDocumentLinked", "已保存。", (s, r, i, c, ct) => s.LinkDocumentAsync(r, i, ct)),
        RequestAction.Of<RemedyInput>("file-remedy", RequestStep.FileRemedy, Permission.HandleRequests, "RequestRemedyFiled", "已保存。",
            (s, r, i, c, _) => Sync(() => r.FileRemedy(Need(i.RemedyKind, "请选择行政复议或行政诉讼。"), Need(i.On, "请填写提起日期。"), i.Body ?? "", i.CaseNumber, s.Actor, s.Now))),
        RequestAction.Of<RemedyResultInput>("decide-remedy", RequestStep.DecideRemedy, Permission.HandleRequests, "RequestRemedyDecided", "已保存。",
            (s, r, i, c, _) => Sync(() => r.DecideRemedy(Need(i.Number, "请指明是哪一项复议或诉讼。"), Need(i.Result, "请选择审结结果。"), Need(i.On, "请填写审结日期。"), i.Note, s.Actor, s.Now))),
    }.ToDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>Takes the named step with its input, read as the step's own type (an input of another type is a caller's bug and throws).</summary>
    public async Task<StepResult<InformationRequest>> ActAsync(int id, string action, IStepInput input, CancellationToken ct = default)
    {
        if (!Actions.TryGetValue(action, out var spec))
        {
            return StepResult.Missing<InformationRequest>();
        }

        var r = await LoadAsync(id, ct);
        if (r is null || !await MayAsync(r, Permission.HandleRequests, ct) && !await MayAsync(r, Permission.ApproveRequests, ct))
        {
            // Someone else's case does not exist for this caller.
            return StepResult.Missing<InformationRequest>();
        }

        if (!await MayAsync(r, spec.Permission, ct))
        {
            return StepResult.Denied(r);
        }

        if (input.GetType() != spec.Input)
        {
            throw new ArgumentException($"Step {action} takes {spec.Input.Name}, not {input.GetType().Name}.", nameof(input));
        }

        var calendar = await calendars.ForDeadlinesAsync(ct);
        var eventsBefore = r.Events.Count;
        try
        {
            await spec.Handler(this, r, input, calendar, ct);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refused(e.Message, r);
        }

        foreach (var e in r.Events.Skip(eventsBefore).Where(e => e.Action == InformationRequest.DutyOverridden))
        {
            var path = await db.Organizations.Where(o => o.Id == r.UnitId).Select(o => o.Path).SingleAsync(ct);
            Zwgk.Web.Audit.DutySeparationAudit.Add(db, audit, Now, r.UnitId, path, nameof(InformationRequest), r.Id, r.TrackingNumber, e.Note ?? "");
        }

        audit.Action = spec.Audit;
        audit.Reason = input.AuditReason;
        await db.SaveChangesAsync(ct);
        return StepResult.Done(r);
    }

    private DateOnly Today => ChinaTime.DateOf(Now);

    /// <summary>职责分离 as the site of the request's unit sets it, with the reason given for acting on one's own proposal.</summary>
    private Task<DutySeparation> DutiesForAsync(InformationRequest r, string? reason, CancellationToken ct) =>
        Zwgk.Web.Sites.DutySeparationPolicy.ForUnitAsync(db, r.UnitId, reason, ct);

    private RequestLetters Letters => letters;

    private static Task Sync(Action step)
    {
        step();
        return Task.CompletedTask;
    }

    private async Task ConsultAsync(InformationRequest r, ConsultInput i, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var kind = Need(i.ConsultationKind, "请选择征求意见的类型。");
        var party = i.Party;
        if (i.UnitId is int partyUnit)
        {
            party = (await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == partyUnit, ct))?.Name ?? throw new DomainRuleException("所选单位不存在。");
        }

        var c = r.Consult(kind, party ?? "", i.Contact, i.UnitId, i.Matter ?? "", i.Deadline, calendar, Actor, Now);
        // 条例第三十二条: the letter to the third party; 第十条、第三十四条: the 协查（会商）函 to the other agency or unit.
        await letters.IssueAsync(r, kind == ConsultationKind.ThirdParty ? LetterKind.ThirdPartyConsultation : LetterKind.TransferNotice, Actor, Now, c, ct);
    }

    private async Task LinkDocumentAsync(InformationRequest r, LinkDocumentInput i, CancellationToken ct)
    {
        var docId = Need(i.DocumentId, "请填写信息编号。");
        var doc = await db.Documents.AsNoTracking().Where(d => d.Id == docId).Select(d => new { d.Id, d.Title, d.UnitId }).SingleOrDefaultAsync(ct)
            ?? throw new DomainRuleException("没有这条信息。");
        await UnitInAgencyAsync(r, doc.UnitId, ct);
        r.LinkDocument(doc.Id, doc.Title, Actor, Now);
    }

    /// <summary>The 承办人 of an assignment: an account holding the handler role on the unit, or none (<see cref="RequestHandlers"/>).</summary>
    private async Task<(string UserId, string Name)?> HandlerChosenAsync(InformationRequest r, Organizations.Organization unit, AssignInput i, CancellationToken ct)
    {
        var agency = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == r.UnitId, ct);
        return await new RequestHandlers(db).ChosenAsync(agency, unit, i.HandlerUserId, i.HandlerName, ct);
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
