using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>
/// 更正: the editor prepares a correction (更正稿) of published content; it goes public as a new version only after
/// 保密审查 and 审签 on the detail page, and until then the published version stays.
/// </summary>
[RequirePermission(Permission.EditContent)]
public sealed class DocumentCorrectModel(ZwgkDbContext db, CurrentUnit current, DocumentService documents, DocumentHtml html)
    : DocumentFormPageModel(db, current), IRevisedPage
{
    public int Id { get; private set; }

    public int? Revision { get; private set; }

    public Type RevisedType => typeof(Zwgk.Domain.Documents.Document);

    [BindProperty]
    [StringLength(1000, ErrorMessage = "更正理由不超过1000字。")]
    public string? Reason { get; set; }

    /// <summary>The wording check of the corrected text, shown when the saved correction has flagged expressions.</summary>
    public IReadOnlyList<WordingFinding> Findings { get; private set; } = [];

    public override bool Correcting => true;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var (document, unit, refusal) = await LoadDocumentAsync(id);
        if (refusal is not null)
        {
            return refusal;
        }

        Input = DocumentForm.From(document!, html);
        if (document!.PendingCorrection is { } pending)
        {
            // Revising a correction starts from what was saved in it, not from the published text.
            Input = Input.WithContent(pending, html);
            Reason = document.CorrectionReason;
            Findings = await documents.WordingFindingsAsync(pending.Title, pending.BodyHtml);
        }

        await LoadAsync(id, unit!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var (_, unit, refusal) = await LoadDocumentAsync(id);
        if (refusal is not null)
        {
            return refusal;
        }

        TranslateBindingErrors();
        if (ModelState.IsValid)
        {
            var content = Input.ToContent();
            var corrected = await documents.PrepareCorrectionAsync(id, content, Reason ?? "");
            if (corrected.Forbidden)
            {
                return Forbid();
            }

            if (corrected.Ok)
            {
                Flash = "更正稿已保存，尚未公开；请在本页上传或删除附件，然后提交保密审查。";
                return Redirect($"/admin/documents/{id}");
            }

            Fail(corrected.Error ?? "信息不存在。");
        }

        await LoadAsync(id, unit!);
        return Page();
    }

    private async Task LoadAsync(int id, Organization unit)
    {
        Id = id;
        Title = "更正已发布信息";
        await LoadOptionsAsync(unit);
    }

    private async Task<(Document? Document, Organization? Unit, IActionResult? Refusal)> LoadDocumentAsync(int id)
    {
        var document = await Db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return (null, null, NotFound());
        }

        var unit = await Db.Organizations.AsNoTracking().SingleAsync(o => o.Id == document.UnitId);
        if (!Access.Has(Permission.EditContent, unit.UnitPath))
        {
            return (null, null, Forbid());
        }

        if (!document.AvailableSteps().Contains(DocumentStep.Correct))
        {
            Flash = document.State == DocumentState.Published ? "更正稿已提交审查，不能再修改；如需修改，请审查人退回。" : "只有已发布的信息可以更正。";
            return (null, null, Redirect($"/admin/documents/{id}"));
        }

        Revision = document.Revision;
        return (document, unit, null);
    }
}
