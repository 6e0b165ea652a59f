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

/// <summary>更正: a new version of published content goes public with a recorded reason; earlier versions stay.</summary>
[RequirePermission(Permission.ReviewContent)]
public sealed class DocumentCorrectModel(ZwgkDbContext db, CurrentUnit current, DocumentService documents, DocumentHtml html)
    : DocumentFormPageModel(db, current), IRevisedPage
{
    public int Id { get; private set; }

    public int? Revision { get; private set; }

    public Type RevisedType => typeof(Zwgk.Domain.Documents.Document);

    [BindProperty]
    [StringLength(1000, ErrorMessage = "更正理由不超过1000字。")]
    public string? Reason { get; set; }

    /// <summary>Why the correction goes public although the wording check flags expressions in it.</summary>
    [BindProperty]
    [StringLength(1000, ErrorMessage = "仍予发布的理由不超过1000字。")]
    public string? WordingOverrideReason { get; set; }

    /// <summary>The wording check of the corrected text, shown once a correction was sent with flagged expressions.</summary>
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
            var corrected = await documents.CorrectAsync(id, content, Reason ?? "", WordingOverrideReason);
            if (corrected.Forbidden)
            {
                return Forbid();
            }

            if (corrected.Ok)
            {
                Flash = $"已更正，发布第 {corrected.Value!.CurrentVersion} 版。";
                return Redirect($"/admin/documents/{id}");
            }

            Fail(corrected.Error ?? "信息不存在。");
            Findings = await documents.WordingFindingsAsync(content.Title, content.BodyHtml);
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
        if (!Access.Has(Permission.ReviewContent, unit.UnitPath))
        {
            return (null, null, Forbid());
        }

        if (document.State != DocumentState.Published)
        {
            Flash = "只有已发布的信息可以更正。";
            return (null, null, Redirect($"/admin/documents/{id}"));
        }

        Revision = document.Revision;
        return (document, unit, null);
    }
}
