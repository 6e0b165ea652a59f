using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>
/// One document: metadata, body preview, wording findings, history and versions, and the steps the user may take
/// now. Each step is its own handler; the service decides again, so a form posted without the button is still refused.
/// </summary>
public sealed class DocumentDetailsModel(ZwgkDbContext db, DocumentService documents, DocumentHtml html, TimeProvider clock, DocumentFiles files, Zwgk.Web.Platform.Display.People people) : AdminPageModel, IRevisedPage
{
    public int? Revision => Document?.Revision;

    public Type RevisedType => typeof(Zwgk.Domain.Documents.Document);

    public Document Document { get; private set; } = null!;

    public string UnitName { get; private set; } = "";

    public string? SiteName { get; private set; }

    public string? ColumnName { get; private set; }

    public string? SupersededByTitle { get; private set; }

    public string BodyHtml { get; private set; } = "";

    public IReadOnlyList<WordingFinding> Findings { get; private set; } = [];

    /// <summary>The wording check of a pending correction's text, shown at its sign-off.</summary>
    public IReadOnlyList<WordingFinding> CorrectionFindings { get; private set; } = [];

    /// <summary>The signed-in user prepared the pending correction (职责分离: they do not review or sign it off).</summary>
    public bool IsCorrectionPreparer { get; private set; }

    public DateOnly Today { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    /// <summary>The disclosure office of the unit: records the 备案 of withheld policy documents.</summary>
    public bool CanSupervise { get; private set; }

    /// <summary>The user wrote this document, so 职责分离 keeps them from reviewing or signing it off.</summary>
    public bool IsDrafter { get; private set; }

    /// <summary>The site lets the drafter act with a reason (<see cref="Zwgk.Web.Sites.Site.RelaxSeparationOfDuties"/>).</summary>
    public bool DutiesRelaxed { get; private set; }

    /// <summary>The steps the document's state allows (<see cref="Document.AvailableSteps"/>); the page shows those the user may take.</summary>
    public IReadOnlySet<DocumentStep> Steps => Document.AvailableSteps();

    public IReadOnlyList<DocumentAttachment> Attachments { get; private set; } = [];

    /// <summary>Who may change attachments now: the editor while a draft; nobody once submitted (<see cref="Document.AttachmentsFrozen"/>).</summary>
    public bool CanChangeFiles => Document.AttachmentsFrozen is null && CanEdit;

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return await FailAsync(id, "请选择要上传的附件。");
        }

        await using var stream = file.OpenReadStream();
        return Files(id, await files.AddAsync(id, stream, file.FileName), "附件已上传。");
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int attachmentId) =>
        Files(id, await files.RemoveAsync(id, attachmentId), "附件已删除。");

    // A refused file goes back to the document with the reason in the flash: the upload form has nothing to show again.
    private IActionResult Files(int id, StepResult<DocumentAttachment> outcome, string done)
    {
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Forbidden)
        {
            return Forbid();
        }

        Flash = outcome.Ok ? done : "附件未保存：" + outcome.Error;
        return Redirect($"/admin/documents/{id}");
    }

    /// <summary>People on the page by name and unit ("姓名（单位）").</summary>
    public Zwgk.Web.Platform.Display.People People => people;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostSubmitAsync(int id) =>
        FinishAsync(id, documents.SubmitAsync(id), "已提交保密审查。");

    public async Task<IActionResult> OnPostReviewAsync(int id, string? opinion, string? sameActorReason)
    {
        var outcome = await documents.PassConfidentialityReviewAsync(id, opinion ?? "", sameActorReason);
        return await FinishAsync(id, Task.FromResult(outcome),
            outcome.Value?.State == DocumentState.AwaitingFiling ? "保密审查已通过，待政务公开工作机构备案后审签。" : "保密审查已通过，转入审签。");
    }

    public Task<IActionResult> OnPostFilingAsync(int id, string? filingNote) =>
        FinishAsync(id, documents.RecordFilingAsync(id, filingNote), "已备案，转入审签。");

    public async Task<IActionResult> OnPostSignOffAsync(int id, string? overrideReason, string? publishAt, string? sameActorReason)
    {
        DateTime? at = null;
        if (!string.IsNullOrWhiteSpace(publishAt))
        {
            if (!DateTime.TryParseExact(publishAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return await FailAsync(id, "定时发布时间格式不正确。");
            }

            // The form's time is China time; instants are kept in UTC.
            at = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaTime.Zone);
            if (at <= clock.GetUtcNow().UtcDateTime)
            {
                return await FailAsync(id, "定时发布时间须晚于当前时间；立即发布请留空。");
            }
        }

        var outcome = await documents.SignOffAsync(id, string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason, at, sameActorReason);
        var done = outcome.Value?.State switch
        {
            DocumentState.Scheduled => $"已审签，将于 {DocumentConsole.Time(at!.Value)} 发布。",
            DocumentState.Filed => "已审签并归档（不主动公开）。",
            _ => $"已审签发布，索引号 {outcome.Value?.IndexNumber}。",
        };
        return await FinishAsync(id, Task.FromResult(outcome), done);
    }

    public Task<IActionResult> OnPostReturnAsync(int id, string? reason) =>
        FinishAsync(id, documents.ReturnAsync(id, reason ?? ""), "已退回起草人修改。");

    public Task<IActionResult> OnPostCorrectionSubmitAsync(int id) =>
        FinishAsync(id, documents.SubmitCorrectionAsync(id), "更正稿已提交保密审查；审签前公众看到的仍是已发布的版本。");

    public Task<IActionResult> OnPostCorrectionReviewAsync(int id, string? opinion, string? sameActorReason) =>
        FinishAsync(id, documents.PassCorrectionReviewAsync(id, opinion ?? "", sameActorReason), "更正稿保密审查已通过，转入审签。");

    public async Task<IActionResult> OnPostCorrectionSignOffAsync(int id, string? overrideReason, string? sameActorReason)
    {
        var outcome = await documents.SignOffCorrectionAsync(id, string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason, sameActorReason);
        return await FinishAsync(id, Task.FromResult(outcome), $"更正已审签，发布第 {outcome.Value?.CurrentVersion} 版。");
    }

    public Task<IActionResult> OnPostCorrectionReturnAsync(int id, string? reason) =>
        FinishAsync(id, documents.ReturnCorrectionAsync(id, reason ?? ""), "更正稿已退回修改。");

    public Task<IActionResult> OnPostWithdrawAsync(int id, string? reason) =>
        FinishAsync(id, documents.WithdrawAsync(id, reason ?? ""), "已撤稿，门户、订阅和搜索中不再显示。");

    public Task<IActionResult> OnPostConvertAsync(int id, string? reason) =>
        FinishAsync(id, documents.ConvertToProactiveAsync(id, reason ?? ""), "已转为主动公开并发布。");

    public async Task<IActionResult> OnPostValidityAsync(int id, Validity validity, DateOnly? on, string? reason, int? byDocumentId)
    {
        if (!ModelState.IsValid || on is null)
        {
            ModelState.Clear();
            return await FailAsync(id, "请填写有效性变化的日期；关联文件请填写其编号（数字）。");
        }

        return await FinishAsync(id, documents.DeclareValidityAsync(id, validity, on.Value, reason ?? "", byDocumentId), $"已声明“{validity.DisplayName()}”。");
    }

    /// <summary>What the user typed into a form, kept when the same form comes back with an error.</summary>
    public string? Posted(string handler, string field) =>
        HttpMethods.IsPost(Request.Method) && string.Equals(Request.Query["handler"], handler, StringComparison.OrdinalIgnoreCase) && Request.HasFormContentType
            ? Request.Form[field].ToString()
            : null;

    private async Task<IActionResult> FinishAsync(int id, Task<StepResult<Document>> step, string done) =>
        await (await step).ToPageAsync(this, () =>
        {
            Flash = done;
            return Redirect($"/admin/documents/{id}");
        }, async () => await LoadAsync(id) ?? Page());

    private async Task<IActionResult> FailAsync(int id, string message)
    {
        ModelState.AddModelError("", message);
        return await LoadAsync(id) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var document = await db.Documents.AsNoTracking().Include(d => d.Events).Include(d => d.Versions).AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return NotFound();
        }

        var unit = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == document.UnitId);
        CanEdit = Access.Has(Permission.EditContent, unit.UnitPath);
        CanReview = Access.Has(Permission.ReviewContent, unit.UnitPath);
        CanSupervise = Access.Has(Permission.SuperviseDisclosure, unit.UnitPath);
        if (!CanEdit && !CanReview)
        {
            return Forbid();
        }

        Document = document;
        Title = document.Title.Length == 0 ? "（无标题）" : document.Title;
        UnitName = unit.Name;
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == document.SiteId).Select(s => new { s.Name, s.RelaxSeparationOfDuties }).SingleOrDefaultAsync();
        SiteName = site?.Name;
        DutiesRelaxed = site?.RelaxSeparationOfDuties ?? false;
        IsDrafter = User.Identity?.Name is { } me && document.IsDrafter(me);
        IsCorrectionPreparer = User.Identity?.Name is { } preparer && document.CorrectionPreparers.Contains(preparer);
        if (document.PendingCorrection is { } pending)
        {
            CorrectionFindings = await documents.WordingFindingsAsync(pending.Title, pending.BodyHtml);
        }
        ColumnName = document.ColumnId is int c ? await db.Columns.Where(x => x.Id == c).Select(x => x.Name).SingleOrDefaultAsync() : null;
        SupersededByTitle = document.SupersededById is int s2 ? await db.Documents.Where(x => x.Id == s2).Select(x => x.Title).SingleOrDefaultAsync() : null;
        BodyHtml = html.Sanitize(document.BodyHtml);
        Findings = await documents.WordingFindingsAsync(id);
        Today = ChinaTime.Today(clock);
        Attachments = await db.DocumentAttachments.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync();
        await people.LoadAsync(Document.Events.Select(e => e.Actor).Concat(Document.Versions.Select(v => v.Actor))
            .Concat([Document.ConfidentialityReviewer, Document.SignedOffBy]).Concat(Attachments.Select(a => a.UploadedBy)));
        return null;
    }
}
