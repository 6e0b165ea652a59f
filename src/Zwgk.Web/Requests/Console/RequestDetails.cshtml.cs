using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Platform.Display;
using Zwgk.Web.Workflow;

using Zwgk.Web.Sites;

namespace Zwgk.Web.Requests.Console;

/// <summary>
/// The case page: applicant, deadlines, consultations, letters, remedies and history, with a form for every step the state
/// allows. Every form posts to one handler; the service and the aggregate decide again, so a forged post is still refused.
/// </summary>
[RequirePermission(Permission.HandleRequests)]
public sealed class RequestDetailsModel(ZwgkDbContext db, RequestService requests, RequestFiles files, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, RequestHandlers handlers, People people) : AdminPageModel, IRevisedPage
{
    public int? Revision => Case?.Revision;

    public Type RevisedType => typeof(Zwgk.Domain.Requests.InformationRequest);

    public InformationRequest Case { get; private set; } = null!;

    public DueStatus Status { get; private set; }

    public DateOnly Today { get; private set; }

    public string AgencyName { get; private set; } = "";

    public string? HandlingUnitName { get; private set; }

    public bool CanApprove { get; private set; }

    /// <summary>What the agency must fill in before its letters can be issued (RequestLetters.MissingContact), or null.</summary>
    public string? ContactMissing { get; private set; }

    public string AgencyEditPage { get; private set; } = "";

    /// <summary>The user proposed the reply now waiting for approval (职责分离: they do not approve it).</summary>
    public bool IsProposer { get; private set; }

    /// <summary>The site lets the proposer approve with a reason (Site.RelaxSeparationOfDuties).</summary>
    public bool DutiesRelaxed { get; private set; }

    /// <summary>The steps the case's state allows (<see cref="InformationRequest.AvailableSteps"/>); the page offers only these.</summary>
    public IReadOnlySet<RequestStep> Steps { get; private set; } = new HashSet<RequestStep>();

    public IReadOnlyList<(int Id, string Name)> AgencyUnits { get; private set; } = [];

    public IReadOnlyList<RequestLetter> Letters { get; private set; } = [];

    /// <summary>Who may be named 承办人 (the handler role on a unit of the agency), with the units each may take.</summary>
    public IReadOnlyList<(HandlerChoice Handler, IReadOnlyList<string> Paths)> Handlers { get; private set; } = [];

    /// <summary>People on the page by name and unit ("姓名（单位）").</summary>
    public People People => people;

    /// <summary>The 承办人 as shown: the account's person, or the name typed on an older case.</summary>
    public string? HandlerText => Case.HandlerUserId is { } uid ? people.OfId(uid, Case.Handler) : Case.Handler is { } typed ? $"{typed}（登记时填写）" : null;

    public DateOnly? ClarificationLatest { get; private set; }

    public string AttachmentAccept => files.Settings.Accept;

    public string AttachmentLimits => files.LimitsText;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>Staff add files to the case (e.g. material the applicant brought in, or the scan of a letter).</summary>
    public async Task<IActionResult> OnPostAttachAsync(int id)
    {
        ModelState.Clear();
        var r = await requests.LoadAsync(id);
        if (r is null || !await requests.MayAsync(r, Permission.HandleRequests))
        {
            return NotFound();
        }

        var upload = await files.StoreAsync(RequestFiles.FromForm(Request.Form), r.AttachedBytes, HttpContext.RequestAborted);
        var result = upload.Ok ? await requests.AddAttachmentsAsync(id, upload.Stored) : StepResult.Refused(upload.Error ?? "", r);
        return await AfterAsync(id, result, "已添加附件。");
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(int id, int number, string? reason)
    {
        ModelState.Clear();
        return await AfterAsync(id, await requests.RemoveAttachmentAsync(id, number, reason), "已移除附件，记录已保留。");
    }

    private Task<IActionResult> AfterAsync(int id, StepResult result, string done) =>
        result.ToPageAsync(this, () =>
        {
            Flash = done;
            return Redirect($"/admin/requests/{id}");
        }, async () => await LoadAsync(id) ?? Page());

    public async Task<IActionResult> OnPostActAsync(int id, string? act)
    {
        // A post without a step name, or with one that does not exist, is a step that does not exist, not a crash.
        if (!RequestService.Actions.TryGetValue(act ?? "", out var step))
        {
            return NotFound();
        }

        var input = await BindStepInputAsync(step.Input);
        // What binding could not read is left empty; the step's own rules say what is missing, in Chinese.
        ModelState.Clear();
        return await AfterAsync(id, await requests.ActAsync(id, step.Name, input), step.Done);
    }

    /// <summary>What the user typed into the failed form, to fill it again.</summary>
    public string? Posted(string act, string field) =>
        HttpMethods.IsPost(Request0.Method) && Request0.HasFormContentType && Request0.Form["act"] == act ? Request0.Form[field].ToString() : null;

    private HttpRequest Request0 => HttpContext.Request;

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var r = await db.Set<InformationRequest>().AsNoTracking().Include(x => x.Events).Include(x => x.Consultations).Include(x => x.Remedies).Include(x => x.Attachments).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id);
        if (r is null || !await requests.MayAsync(r, Permission.HandleRequests))
        {
            return NotFound();
        }

        Case = r;
        Steps = r.AvailableSteps();
        Title = $"申请 {r.TrackingNumber}";
        var calendar = await calendars.ForDeadlinesAsync();
        Today = ChinaTime.Today(clock);
        Status = r.DueStatusOn(calendar, Today, options.Value.DueSoonWorkingDays);
        CanApprove = await requests.MayAsync(r, Permission.ApproveRequests);
        IsProposer = r.DecidedBy is { } by && string.Equals(by, User.Identity?.Name, StringComparison.Ordinal);
        DutiesRelaxed = (await db.ForUnitAsync(r.UnitId, null)).Relaxed;
        var agency = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == r.UnitId);
        AgencyName = agency.Name;
        ContactMissing = RequestLetters.MissingContact(agency);
        AgencyEditPage = RequestLetters.EditPage(agency.Id);
        HandlingUnitName = r.HandlingUnitId is int h ? await db.Organizations.Where(o => o.Id == h).Select(o => o.Name).SingleAsync() : null;
        AgencyUnits = (await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(agency.Path) && o.Kind != OrganizationKind.Committee)
            .OrderBy(o => o.Path.Length).ThenBy(o => o.SortOrder).Select(o => new { o.Id, o.Name }).ToListAsync()).Select(o => (o.Id, o.Name)).ToList();
        Letters = await db.Set<RequestLetter>().AsNoTracking().Where(l => l.RequestId == id).OrderBy(l => l.Id).ToListAsync();
        ClarificationLatest = RequestClock.ClarificationNoticeLatest(calendar, r.ReceivedOn, r.CountingStart);
        Handlers = await handlers.InAgencyAsync(agency);
        await people.LoadAsync(r.Events.Select(e => e.Actor)
            .Concat(Letters.Select(l => l.IssuedBy))
            .Concat(r.Attachments.SelectMany(f => new[] { f.AddedBy, f.RemovedBy }))
            .Concat([r.ApprovedBy, r.ExtensionApprovedBy, r.DecidedBy, r.HandlerUserId]));
        return null;
    }
}
