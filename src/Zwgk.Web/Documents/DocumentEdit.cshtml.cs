using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;

namespace Zwgk.Web.Documents;

/// <summary>修改草稿: only a draft can be edited; a submitted one is returned first.</summary>
[RequirePermission(Permission.EditContent)]
public sealed class DocumentEditModel(ZwgkDbContext db, CurrentUnit current, DocumentService documents, DocumentHtml html)
    : DocumentFormPageModel(db, current), IRevisedPage
{
    public int Id { get; private set; }

    public int? Revision { get; private set; }

    public Type RevisedType => typeof(Zwgk.Domain.Documents.Document);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var (document, unit, refusal) = await LoadDocumentAsync(id);
        if (refusal is not null)
        {
            return refusal;
        }

        Input = DocumentForm.From(document!, html);
        Input.CatalogItemKeys = await HttpContext.RequestServices.GetRequiredService<Catalogs.CatalogLinks>().KeysOfAsync(id);
        await LoadAsync(id, unit!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? then)
    {
        var (document, unit, refusal) = await LoadDocumentAsync(id);
        if (refusal is not null)
        {
            return refusal;
        }

        TranslateBindingErrors();
        if (ModelState.IsValid && await CheckColumnAsync(document!.UnitId, Input.ColumnId) is { } columnError)
        {
            Fail(columnError);
        }

        var content = Input.ToContent();
        var submit = then == "submit";
        if (ModelState.IsValid && submit)
        {
            foreach (var problem in content.Problems())
            {
                Fail(problem);
            }
        }

        if (ModelState.IsValid)
        {
            var edited = await documents.EditAsync(id, content, Input.ColumnId);
            if (edited.Forbidden)
            {
                return Forbid();
            }

            if (edited.Ok)
            {
                var filing = await HttpContext.RequestServices.GetRequiredService<Catalogs.CatalogLinks>().SetAsync(id, Input.CatalogItemKeys);
                if (submit)
                {
                    var sent = await documents.SubmitAsync(id);
                    Flash = sent.Ok ? "已保存并提交保密审查。" : $"草稿已保存，但未能提交审查：{sent.Error}";
                }
                else
                {
                    var problems = content.Problems();
                    Flash = problems.Count == 0 ? "草稿已保存。" : "草稿已保存。提交审查前还需：" + string.Join("", problems);
                }

                Flash += FilingNote(filing);
                return Redirect($"/admin/documents/{id}");
            }

            Fail(edited.Error ?? "信息不存在。");
        }

        await LoadAsync(id, unit!);
        return Page();
    }

    private async Task LoadAsync(int id, Organization unit)
    {
        Id = id;
        Title = "修改草稿";
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

        if (document.State != DocumentState.Draft)
        {
            Flash = $"当前状态为“{document.State.DisplayName()}”，只有草稿可以修改。";
            return (null, null, Redirect($"/admin/documents/{id}"));
        }

        Revision = document.Revision;
        return (document, unit, null);
    }
}
