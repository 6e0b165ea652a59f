using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Calendar;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Platform.Sequences;
using Zwgk.Web.Requests.Letters;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests;

/// <summary>
/// A request just registered, with its access code: shown to the applicant, never stored. <paramref name="Again"/>: the
/// same form was posted before and this is that filing, shown once more.
/// </summary>
public sealed record FiledRequest(InformationRequest Request, string AccessCode, bool Again = false);

/// <summary>
/// Runs every step of a request: checks the caller's permission on the request's units, lets the aggregate apply the law,
/// issues and freezes the letter the step produces, and saves it all in one transaction with the audit trail.
/// </summary>
public sealed partial class RequestService(
    ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock, CalendarService calendars, IOptions<RequestOptions> options, RequestLetters letters, SequenceService sequences)
{
    public const string OnlineActor = "申请人（网上申请）";

    /// <summary>The request row's hash of the form's <see cref="SubmissionKey"/> (a shadow property: the domain has no use for it).</summary>
    public const string SubmissionKeyHash = "SubmissionKeyHash";

    private RequestOptions Options => options.Value;

    private string Actor => access.UserName ?? "系统";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<InformationRequest?> LoadAsync(int id, CancellationToken ct = default) =>
        db.Set<InformationRequest>().Include(r => r.Events).Include(r => r.Consultations).Include(r => r.Remedies).Include(r => r.Attachments).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The requests the caller may work on: received by or assigned to a unit where they handle requests.</summary>
    public async Task<IQueryable<InformationRequest>> VisibleAsync(CancellationToken ct = default)
    {
        var units = (await access.UnitsWhereAsync(Permission.HandleRequests, ct)).Select(o => o.Id);
        return db.Set<InformationRequest>().AsNoTracking().Where(r => units.Contains(r.UnitId) || (r.HandlingUnitId != null && units.Contains(r.HandlingUnitId.Value)));
    }

    /// <summary>Whether the caller may handle (or, with ApproveRequests, approve) this request.</summary>
    public async Task<bool> MayAsync(InformationRequest r, Permission permission, CancellationToken ct = default)
    {
        var scope = await access.GetAsync(ct);
        var ids = new[] { r.UnitId, r.HandlingUnitId ?? r.UnitId };
        var paths = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToListAsync(ct);
        var unit = UnitPath.Parse(paths.Single(p => p.Id == r.UnitId).Path);
        // Approval is the agency's own leader's; handling may also be done in the handling unit.
        return permission == Permission.ApproveRequests
            ? scope.Has(permission, unit)
            : paths.Any(p => scope.Has(permission, UnitPath.Parse(p.Path)));
    }

    /// <summary>Staff registration of a request received in person, by post, letter, fax, e-mail or online elsewhere.</summary>
    public async Task<StepResult<FiledRequest>> RegisterAsync(RegistrationInput input, CancellationToken ct = default) => await RegisterAsync(input, [], ct);

    /// <summary>The same, with the files staff attach (the paper request's scan, identity copy, power of attorney).</summary>
    public async Task<StepResult<FiledRequest>> RegisterAsync(RegistrationInput input, IReadOnlyList<RequestUpload> uploads, CancellationToken ct = default)
    {
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == input.UnitId, ct);
        if (unit is null)
        {
            return StepResult.Missing<FiledRequest>();
        }

        if (!(await access.GetAsync(ct)).Has(Permission.HandleRequests, unit.UnitPath))
        {
            return StepResult.Denied<FiledRequest>();
        }

        if (input.Problems(staff: true) is { Count: > 0 } problems)
        {
            return StepResult.Invalid<FiledRequest>(problems);
        }

        return await CreateAsync(unit, input, input.Channel, input.ReceivedOn!.Value, Actor, uploads, byApplicant: false, null, ct);
    }

    /// <summary>
    /// 条例第三十一条第（三）项: an online request is received the day both sides confirm; the portal confirms at once by showing
    /// the tracking number, so it is received today.
    /// </summary>
    public async Task<StepResult<FiledRequest>> SubmitOnlineAsync(RegistrationInput input, CancellationToken ct = default) => await SubmitOnlineAsync(input, [], null, ct);

    /// <summary>
    /// The same, with the files the applicant attached on the form (identity copy, power of attorney, material) and the
    /// form's one-time key: a form posted again after its filing went through answers that filing, not a second one.
    /// </summary>
    public async Task<StepResult<FiledRequest>> SubmitOnlineAsync(RegistrationInput input, IReadOnlyList<RequestUpload> uploads, SubmissionKey? key, CancellationToken ct = default)
    {
        // A form posted again is not looked for here: its key's unique index refuses the second filing (CreateOnceAsync).
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == input.UnitId, ct);
        // 条例第二十七条: governments and their departments are asked; village committees are not agencies.
        if (unit is null || unit.Kind == OrganizationKind.Committee)
        {
            return StepResult.Refused<FiledRequest>("请选择受理申请的行政机关。");
        }

        if (input.Problems(staff: false) is { Count: > 0 } problems)
        {
            return StepResult.Invalid<FiledRequest>(problems);
        }

        return await CreateAsync(unit, input, IntakeChannel.Online, ChinaTime.DateOf(Now), OnlineActor, uploads, byApplicant: true, key, ct);
    }

    /// <summary>The request filed with this form key, if it was, with its access code derived again from the key.</summary>
    private async Task<FiledRequest?> FiledWithAsync(SubmissionKey key, CancellationToken ct)
    {
        var hash = key.LookupHash;
        var r = await db.Set<InformationRequest>().AsNoTracking().SingleOrDefaultAsync(x => EF.Property<string>(x, SubmissionKeyHash) == hash, ct);
        return r is null ? null : new FiledRequest(r, key.AccessCode(), Again: true);
    }

    /// <summary>The public lookup: the same null for "no such number" and "wrong code", in about the same time.</summary>
    public async Task<InformationRequest?> TrackAsync(string? trackingNumber, string? code, CancellationToken ct = default)
    {
        var number = (trackingNumber ?? "").Trim().ToUpperInvariant();
        var r = number.Length is > 0 and <= 20 ? await db.Set<InformationRequest>().AsNoTracking().SingleOrDefaultAsync(x => x.TrackingNumber == number, ct) : null;
        var ok = AccessCode.Verify(code ?? "", r?.AccessCodeHash ?? DummyHash);
        return ok && r is not null ? r : null;
    }

    /// <summary>条例第三十条: the applicant completes the request through the tracking page; received the day it is sent.</summary>
    public async Task<StepResult<InformationRequest>> CompleteClarificationByApplicantAsync(int id, string text, CancellationToken ct = default) =>
        await CompleteClarificationByApplicantAsync(id, text, [], ct);

    /// <summary>The same, with the material the applicant sends along with the completed request.</summary>
    public async Task<StepResult<InformationRequest>> CompleteClarificationByApplicantAsync(int id, string text, IReadOnlyList<RequestUpload> uploads, CancellationToken ct = default)
    {
        var r = await LoadAsync(id, ct);
        if (r is null)
        {
            return StepResult.Missing<InformationRequest>();
        }

        try
        {
            r.CompleteClarification(text, ChinaTime.DateOf(Now), null, await calendars.ForDeadlinesAsync(ct), "申请人（网上补正）", Now);
            AddAll(r, uploads, byApplicant: true, "申请人（网上补正）");
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refused(e.Message, r);
        }

        audit.Action = "RequestClarificationCompleted";
        if (uploads.Count > 0)
        {
            await AuditAddedAsync(r, uploads, ct);
        }

        await db.SaveChangesAsync(ct);
        return StepResult.Done(r);
    }

    // Verified against when the number does not exist, so that a miss costs as much as a wrong code.
    private static readonly string DummyHash = AccessCode.Hash(AccessCode.Generate());

    private async Task<StepResult<FiledRequest>> CreateAsync(
        Organization unit, RegistrationInput input, IntakeChannel channel, DateOnly receivedOn, string actor, IReadOnlyList<RequestUpload> uploads, bool byApplicant, SubmissionKey? key, CancellationToken ct)
    {
        // Everything that reads or computes comes before the tracking number: its row stays locked until the commit,
        // so parallel filings on every instance queue only behind the rendering and saving that follow it.
        // A request is received whether or not next year's holiday arrangement has been entered (条例第三十一条);
        // its deadline then counts Monday to Friday in that year, and the case says so.
        var calendar = await calendars.ForDeadlinesAsync(ct);
        var code = key?.AccessCode() ?? AccessCode.Generate();
        db.RememberUnitPath(unit);
        var prepared = new Registration(code, AccessCode.Hash(code), key, await letters.SourceAsync(unit, LetterKind.Acknowledgement, null, ct),
            await RepeatOfAsync(unit.Id, input.ToApplicant(), input.InformationSought ?? "", ct), calendar);
        // Nothing of a failed attempt is kept (files are content-addressed), so a transient failure replays it all.
        await using var turn = await SequenceService.TurnAsync(SequenceNames.TrackingNumber, ct);
        // Once its turn has come a filing is finished even if the browser has gone: the office still has the
        // applicant's contact, whereas a filing cancelled half-way would be lost to both.
        return await db.ReplayableAsync(t => CreateOnceAsync(unit, input, channel, receivedOn, actor, uploads, byApplicant, prepared, t), CancellationToken.None);
    }

    /// <summary>What a registration reads and computes before it takes its number.</summary>
    private sealed record Registration(string Code, string CodeHash, SubmissionKey? Key, LetterSource Acknowledgement, EarlierRequest? RepeatOf, WorkingDayCalendar Calendar);

    private sealed record EarlierRequest(int Id, string TrackingNumber, string InformationSought);

    private async Task<StepResult<FiledRequest>> CreateOnceAsync(Organization unit, RegistrationInput input, IntakeChannel channel, DateOnly receivedOn, string actor,
        IReadOnlyList<RequestUpload> uploads, bool byApplicant, Registration prepared, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = await NextTrackingNumberAsync(ct);
        InformationRequest r;
        try
        {
            r = InformationRequest.Register(unit.Id, number, prepared.CodeHash, channel, receivedOn, input.ReceiptNote,
                input.ToApplicant(), input.InformationSought ?? "", input.Purpose, input.Form, input.Delivery, prepared.Calendar, Options.Clock, actor, Now);
            AddAll(r, uploads, byApplicant, actor);
            if (prepared.RepeatOf is { } same)
            {
                r.FlagRepeatOf(same.Id, same.TrackingNumber, "系统（重复申请检测）", Now);
            }

            if (prepared.Calendar.UsedAssumption)
            {
                r.AddNote($"答复期限暂按周一至周五为工作日计算：{prepared.Calendar.AssumedYear} 年法定节假日安排尚未录入，录入后请核对期限。", "系统（工作日日历）", Now);
            }
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refused<FiledRequest>(e.Message);
        }

        try
        {
            letters.Issue(r, LetterKind.Acknowledgement, prepared.Acknowledgement, actor, Now, null);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return StepResult.Refused<FiledRequest>(e.Message);
        }

        db.Add(r);
        db.Entry(r).Property(SubmissionKeyHash).CurrentValue = prepared.Key?.LookupHash;
        audit.Action = "RequestRegistered";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (prepared.Key is { } key && UniqueViolations.Of(e, "InformationRequests", SubmissionKeyHash))
        {
            // Of two posts of one form at once (on any instances), the second gets the number's lock after the first
            // committed; the key's unique index then refuses it, and it gives its number back and shows the first.
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return StepResult.Done(await FiledWithAsync(key, CancellationToken.None) ?? throw new InvalidOperationException("表单已提交，但未查到该申请。", e));
        }

        if (uploads.Count > 0)
        {
            await AuditAddedAsync(r, uploads, ct);
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        return StepResult.Done(new FiledRequest(r, prepared.Code));
    }

    /// <summary>条例第三十六条第（六）项: the same applicant asking again for the same information is flagged for the handler.</summary>
    private async Task<EarlierRequest?> RepeatOfAsync(int unitId, Applicant applicant, string informationSought, CancellationToken ct)
    {
        var earlier = await db.Set<InformationRequest>().AsNoTracking()
            .Where(x => x.UnitId == unitId && x.Applicant.IdType == applicant.IdType && x.Applicant.IdNumber == applicant.IdNumber)
            .OrderByDescending(x => x.Id).Take(200)
            .Select(x => new EarlierRequest(x.Id, x.TrackingNumber, x.ClarificationText ?? x.InformationSought)).ToListAsync(ct);
        return earlier.FirstOrDefault(x => SameInformation.IsSame(x.InformationSought, informationSought));
    }

    /// <summary>
    /// Y + year + six-digit serial, e.g. Y2026000012; taken in the registration's transaction, gapless per year. Take it
    /// last: the sequence row stays locked until the commit.
    /// </summary>
    private async Task<string> NextTrackingNumberAsync(CancellationToken ct)
    {
        var year = ChinaTime.DateOf(Now).Year;
        var serial = await sequences.NextAsync(SequenceNames.TrackingNumber, year.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        return $"Y{year}{serial:D6}";
    }

    /// <summary>国办函〔2020〕109号第四条: this request's ordinal among the applicant's requests to the unit in its natural month.</summary>
    private async Task<int> OrdinalInMonthAsync(InformationRequest r, CancellationToken ct)
    {
        var first = new DateOnly(r.ReceivedOn.Year, r.ReceivedOn.Month, 1);
        return await db.Set<InformationRequest>().CountAsync(x => x.UnitId == r.UnitId && x.Applicant.IdType == r.Applicant.IdType && x.Applicant.IdNumber == r.Applicant.IdNumber
            && x.ReceivedOn >= first && (x.ReceivedOn < r.ReceivedOn || (x.ReceivedOn == r.ReceivedOn && x.Id <= r.Id)), ct);
    }
}
