using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Sequences;
using Zwgk.Web.Sites;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>
/// Runs every step of a document's life: checks the caller's permission on the document's unit, lets the aggregate
/// apply its rules, assigns index numbers, keeps the search index in step and saves it all in one transaction,
/// which also writes the audit trail.
/// </summary>
public sealed class DocumentService(
    ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock, DocumentHtml html, DocumentSearchSync search, IConfiguration config, SequenceService sequences,
    Outbound.OutboundQueue outbound)
{
    /// <summary>Default validity of a normative document in years (Documents:NormativeValidityYears, default 5).</summary>
    private int NormativeYears => config.GetValue("Documents:NormativeValidityYears", 5);

    private string Actor => access.UserName ?? "系统";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<StepResult<Document>> CreateDraftAsync(int unitId, DocumentContent content, int? columnId, CancellationToken ct = default)
    {
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unitId, ct);
        if (unit is null)
        {
            return StepResult.Missing<Document>();
        }

        if (!(await access.GetAsync(ct)).Has(Permission.EditContent, unit.UnitPath))
        {
            return StepResult.Denied<Document>();
        }

        var siteId = await SiteForAsync(unit.Path, ct);
        if (siteId is null)
        {
            return StepResult.Refused<Document>("该单位及其上级都没有站点，无法发布信息。");
        }

        if (await ReprintColumnProblemAsync(content, siteId.Value, columnId, ct) is { } columnProblem)
        {
            return StepResult.Refused<Document>(columnProblem);
        }

        Document document;
        try
        {
            document = Document.Draft(unitId, siteId.Value, columnId, Clean(content), Actor, Now);
        }
        catch (DomainRuleException e)
        {
            return StepResult.Refused<Document>(e.Message);
        }

        db.Add(document);
        audit.Action = "DocumentCreated";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(document);
    }

    public Task<StepResult<Document>> EditAsync(int id, DocumentContent content, int? columnId, CancellationToken ct = default) =>
        RunAsync(id, Permission.EditContent, "DocumentEdited", async d =>
        {
            if (await ReprintColumnProblemAsync(content, d.SiteId, columnId, ct) is { } problem)
            {
                throw new DomainRuleException(problem);
            }

            d.Edit(Clean(content), columnId, Actor, Now);
        }, ct);

    /// <summary>
    /// A reprint is listed in a 转载 column of its site (ColumnType 转载信息), and only reprints are: the public reads a
    /// 转载 column as other organs' information, and the unit's own documents as its own disclosure.
    /// </summary>
    private async Task<string?> ReprintColumnProblemAsync(DocumentContent content, int siteId, int? columnId, CancellationToken ct)
    {
        var type = columnId is int id
            ? await db.Columns.AsNoTracking().Where(c => c.Id == id && c.SiteId == siteId).Select(c => c.ColumnType).SingleOrDefaultAsync(ct)
            : null;
        var reprintColumn = type == Sites.ColumnTypes.Reprints;
        return content.Reprint is not null && !reprintColumn
            ? $"转载信息须放入本站“{Sites.ColumnTypes.Reprints}”类栏目（如“转载信息”“上级文件”）。"
            : content.Reprint is null && reprintColumn
                ? "本机关的信息不能放入转载栏目；转载其他机关的信息请勾选“本件转载其他机关的信息”并注明来源。"
                : null;
    }

    public Task<StepResult<Document>> SubmitAsync(int id, CancellationToken ct = default) =>
        RunAsync(id, Permission.EditContent, "DocumentSubmitted", d => d.Submit(Actor, Now), ct);

    /// <param name="sameActorReason">Why the drafter reviews their own document, where the site relaxed 职责分离.</param>
    public Task<StepResult<Document>> PassConfidentialityReviewAsync(int id, string opinion, string? sameActorReason = null, CancellationToken ct = default) =>
        RunAsync(id, Permission.ReviewContent, "ConfidentialityPassed",
            async d => d.PassConfidentialityReview(Actor, opinion, Now, await db.ForSiteAsync(d.SiteId, sameActorReason, ct)), ct);

    /// <summary>备案 by the disclosure office of a policy document proposed 依申请公开/不予公开 (seed 004 §三(一)1).</summary>
    public Task<StepResult<Document>> RecordFilingAsync(int id, string? note, CancellationToken ct = default) =>
        RunAsync(id, Permission.SuperviseDisclosure, "DocumentFilingRecorded", d => d.RecordFiling(Actor, note, Now), ct, note);

    public Task<StepResult<Document>> ReturnAsync(int id, string reason, CancellationToken ct = default) =>
        RunAsync(id, Permission.ReviewContent, "DocumentReturned", d => d.Return(Actor, reason, Now), ct, reason);

    public Task<StepResult<Document>> WithdrawAsync(int id, string reason, CancellationToken ct = default) =>
        RunAsync(id, Permission.ReviewContent, "DocumentWithdrawn", d => d.Withdraw(Actor, reason, Now), ct, reason);

    /// <summary>Starts or revises the correction (更正稿) of a published document; the public keeps the published version.</summary>
    public Task<StepResult<Document>> PrepareCorrectionAsync(int id, DocumentContent content, string reason, CancellationToken ct = default) =>
        RunAsync(id, Permission.EditContent, "CorrectionPrepared", d => d.PrepareCorrection(Clean(content), Actor, reason, Now), ct, reason);

    public Task<StepResult<Document>> SubmitCorrectionAsync(int id, CancellationToken ct = default) =>
        RunAsync(id, Permission.EditContent, "CorrectionSubmitted", d => d.SubmitCorrection(Actor, Now), ct);

    public Task<StepResult<Document>> PassCorrectionReviewAsync(int id, string opinion, string? sameActorReason = null, CancellationToken ct = default) =>
        RunAsync(id, Permission.ReviewContent, "CorrectionReviewed",
            async d => d.PassCorrectionReview(Actor, opinion, Now, await db.ForSiteAsync(d.SiteId, sameActorReason, ct)), ct, opinion);

    public Task<StepResult<Document>> ReturnCorrectionAsync(int id, string reason, CancellationToken ct = default) =>
        RunAsync(id, Permission.ReviewContent, "CorrectionReturned", d => d.ReturnCorrection(Actor, reason, Now), ct, reason);

    /// <summary>审签 of the correction: its text becomes the new public version, its files go public, files it removed go.</summary>
    public async Task<StepResult<Document>> SignOffCorrectionAsync(int id, string? wordingOverrideReason, string? sameActorReason = null, CancellationToken ct = default)
    {
        var pending = (await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct))?.PendingCorrection;
        var findings = pending is null ? [] : await WordingFindingsAsync(pending.Title, pending.BodyHtml, ct);
        return await RunAsync(id, Permission.ReviewContent, "DocumentCorrected", async d =>
        {
            d.SignOffCorrection(Actor, Now, findings.Count, wordingOverrideReason, await db.ForSiteAsync(d.SiteId, sameActorReason, ct));
            var files = await db.DocumentAttachments.Where(a => a.DocumentId == id && (a.PendingCorrection || a.RemovedByCorrection)).ToListAsync(ct);
            foreach (var a in files)
            {
                if (a.RemovedByCorrection)
                {
                    db.DocumentAttachments.Remove(a);
                }
                else
                {
                    a.PendingCorrection = false;
                }
            }

            // Saved before the search entry is rebuilt, which reads the files that are public now.
            audit.Action = "DocumentCorrected";
            audit.Reason = wordingOverrideReason;
            await db.SaveChangesAsync(ct);
        }, ct, wordingOverrideReason);
    }

    public async Task<StepResult<Document>> SignOffAsync(int id, string? wordingOverrideReason, DateTime? publishAt, string? sameActorReason = null, CancellationToken ct = default)
    {
        var findings = await WordingFindingsAsync(id, ct);
        return await RunAsync(id, Permission.ReviewContent, "DocumentSignedOff", async d =>
        {
            var duties = await db.ForSiteAsync(d.SiteId, sameActorReason, ct);
            var publishesNow = d.Attribute == DisclosureAttribute.Proactive && (publishAt is null || publishAt <= Now);
            var index = publishesNow && d.State == DocumentState.SignOff ? await NextIndexNumberAsync(d, ct) : null;
            d.SignOff(Actor, Now, findings.Count, wordingOverrideReason, publishAt, index, duties);
        }, ct, wordingOverrideReason);
    }

    public Task<StepResult<Document>> ConvertToProactiveAsync(int id, string reason, CancellationToken ct = default) =>
        RunAsync(id, Permission.ReviewContent, "DocumentConverted", async d => d.ConvertToProactive(Actor, reason, Now, await NextIndexNumberAsync(d, ct)), ct, reason);

    /// <summary>"废止 X" / "修改 X": this (later) document changes the validity of another one of the same subtree.</summary>
    public async Task<StepResult<Document>> DeclareValidityAsync(int targetId, Validity validity, DateOnly on, string reason, int? byDocumentId, CancellationToken ct = default)
    {
        if (byDocumentId is int by && !await db.Set<Document>().AnyAsync(d => d.Id == by && d.State == DocumentState.Published, ct))
        {
            return StepResult.Refused<Document>("用于废止或修改的文件必须是已发布的信息。");
        }

        return await RunAsync(targetId, Permission.ReviewContent, "ValidityChanged", d => d.DeclareValidity(validity, on, reason, byDocumentId, Actor, Now), ct, reason);
    }

    /// <summary>Publishes every scheduled document whose time has come; run by <see cref="ScheduledPublishing"/>.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = Now;
        var due = await db.Set<Document>().Where(d => d.State == DocumentState.Scheduled && d.ScheduledFor <= now).Select(d => d.Id).ToListAsync(ct);
        foreach (var id in due)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var document = await LoadAsync(id, ct);
            document!.PublishScheduled(now, await NextIndexNumberAsync(document, ct));
            await search.SyncAsync(document, ct);
            await outbound.QueueAsync(document, ct);
            audit.Action = "DocumentPublished";
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return due.Count;
    }

    /// <summary>
    /// Expiry by date needs no write on the document (validity is derived), but the search entry stores the validity
    /// for filtering; this re-syncs entries of documents whose effective-to date has passed. Run with the publishing job.
    /// </summary>
    public async Task<int> RefreshExpiredSearchEntriesAsync(CancellationToken ct = default)
    {
        var today = ChinaTime.DateOf(Now);
        var effective = Validity.Effective.DisplayName();
        var stale = await db.Documents.Where(Document.Visible).Where(d => d.DeclaredValidity == null && d.EffectiveTo != null && d.EffectiveTo < today
                && db.SearchEntries.Any(e => e.DocumentId == d.Id && e.Validity == effective))
            .OrderBy(d => d.Id).Select(d => d.Id).Take(500).ToListAsync(ct);
        foreach (var id in stale)
        {
            await search.SyncAsync((await LoadAsync(id, ct))!, ct);
        }

        await db.SaveChangesAsync(ct);
        return stale.Count;
    }

    public async Task<IReadOnlyList<WordingFinding>> WordingFindingsAsync(int id, CancellationToken ct = default)
    {
        var document = await db.Set<Document>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return [];
        }

        return await WordingFindingsAsync(document.Title, document.BodyHtml, ct);
    }

    /// <summary>The wording check of a title and body not (yet) saved, e.g. a correction before it goes public.</summary>
    public async Task<IReadOnlyList<WordingFinding>> WordingFindingsAsync(string title, string bodyHtml, CancellationToken ct = default)
    {
        var rules = await db.Set<WordingRuleRecord>().AsNoTracking().Select(r => new WordingRule(r.Term, r.Suggestion, r.Serious)).ToListAsync(ct);
        return WordingCheck.Find(rules, title, html.ToText(bodyHtml));
    }

    public Task<Document?> LoadAsync(int id, CancellationToken ct = default) =>
        db.Set<Document>().Include(d => d.Events).Include(d => d.Versions).SingleOrDefaultAsync(d => d.Id == id, ct);

    private Task<StepResult<Document>> RunAsync(int id, Permission permission, string auditAction, Action<Document> step, CancellationToken ct, string? reason = null) =>
        RunAsync(id, permission, auditAction, d =>
        {
            step(d);
            return Task.CompletedTask;
        }, ct, reason);

    private async Task<StepResult<Document>> RunAsync(int id, Permission permission, string auditAction, Func<Document, Task> step, CancellationToken ct, string? reason = null)
    {
        var document = await LoadAsync(id, ct);
        if (document is null)
        {
            return StepResult.Missing<Document>();
        }

        var unitPath = await db.Organizations.Where(o => o.Id == document.UnitId).Select(o => o.Path).SingleAsync(ct);
        if (!(await access.GetAsync(ct)).Has(permission, Zwgk.Domain.Organizations.UnitPath.Parse(unitPath)))
        {
            return StepResult.Denied(document);
        }

        // The step may take an index number, which belongs to the step's transaction (see SequenceService).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var eventsBefore = document.Events.Count;
        try
        {
            await step(document);
        }
        catch (DomainRuleException e)
        {
            return StepResult.Refused(e.Message, document);
        }

        foreach (var e in document.Events.Skip(eventsBefore).Where(e => e.Action == Document.DutyOverridden))
        {
            DutySeparationAudit.Add(db, audit, Now, document.UnitId, unitPath, nameof(Document), document.Id, document.Title, e.Note ?? "");
        }

        await search.SyncAsync(document, ct);
        // 同源发布: the messages to the unit's other channels are saved with the step, or not at all.
        await outbound.QueueAsync(document, ct);
        audit.Action = auditAction;
        audit.Reason = reason;
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return StepResult.Done(document);
    }

    private DocumentContent Clean(DocumentContent content) => (content with
    {
        Title = content.Title.Trim(),
        BodyHtml = html.Sanitize(content.BodyHtml),
    }).WithDefaultValidity(NormativeYears);

    /// <summary>The site of the nearest unit at or above this one that has a site.</summary>
    private async Task<int?> SiteForAsync(string unitPath, CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Organization!.Path }).ToListAsync(ct);
        return sites.Where(s => unitPath.StartsWith(s.Path, StringComparison.Ordinal)).OrderByDescending(s => s.Path.Length).Select(s => (int?)s.Id).FirstOrDefault();
    }

    /// <summary>Takes the next serial of the site's year in the step's transaction, so a failed step uses none: gapless per site and year.</summary>
    private async Task<string?> NextIndexNumberAsync(Document d, CancellationToken ct)
    {
        if (d.IsReprint)
        {
            // A reprint takes no number of this government's series (Document.OwnDisclosure).
            return null;
        }

        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == d.SiteId, ct);
        var code = await db.Organizations.Where(o => o.Id == d.UnitId).Select(o => o.CreditCode).SingleAsync(ct)
            ?? throw new DomainRuleException("本单位尚未登记统一社会信用代码，无法生成索引号。请在“组织机构”中补充。");
        var year = ChinaTime.DateOf(Now).Year;
        var serial = await sequences.NextAsync(SequenceNames.IndexNumber, FormattableString.Invariant($"{d.SiteId}/{year}"), ct);
        return IndexNumberTemplate.Format(site.IndexNumberTemplate, code, year, checked((int)serial));
    }
}
