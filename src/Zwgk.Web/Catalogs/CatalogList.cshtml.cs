using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Admin;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>标准目录: the catalogs of the current unit's subtree (to build, revise, submit), and those waiting for my review.</summary>
public sealed class CatalogListModel(ZwgkDbContext db, CurrentUnit current, CatalogService catalogs) : AdminPageModel
{
    public sealed record UnitRow(Organization Unit, int Depth, StandardCatalog? Current, StandardCatalog? Open, bool CanEdit);

    public List<UnitRow> Units { get; private set; } = [];

    public List<(StandardCatalog Catalog, Organization Unit)> ToReview { get; private set; } = [];

    [BindProperty]
    public int UnitId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Access.HasAnywhere(Permission.EditContent) && !Access.HasAnywhere(Permission.ReviewContent))
        {
            return Forbid();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        var o = await catalogs.StartAsync(UnitId, Reason);
        // The unit was picked from this page's list: a vanished one is said on the page, not with the 404 page.
        var answer = o.NotFound ? StepResult.Refused<StandardCatalog>("单位不存在。") : o;
        return await answer.ToPageAsync(this, () =>
        {
            Flash = o.Value!.Number == 1 ? "已新建目录草稿。可从标准指引选取事项，或从 Excel 导入。" : $"已创建第{o.Value.Number}版修订草稿。";
            return Redirect($"/admin/catalogs/{o.Value.Id}");
        }, async () =>
        {
            await LoadAsync();
            return Page();
        });
    }

    private async Task LoadAsync()
    {
        Title = "政务公开事项标准目录";
        var editable = await (await current.SubtreeAsync(Permission.EditContent)).AsNoTracking().Where(o => o.Kind != OrganizationKind.Committee).ToListAsync();
        var ids = editable.Select(u => u.Id).ToList();
        var versions = await db.Set<StandardCatalog>().AsNoTracking().Where(c => ids.Contains(c.UnitId)).Where(StandardCatalog.Open).ToListAsync();
        Units = UnitOptions.Ordered(editable).Select(x => new UnitRow(x.Unit, x.Depth,
            versions.FirstOrDefault(c => c.UnitId == x.Unit.Id && c.State == CatalogState.Published),
            versions.Where(c => c.UnitId == x.Unit.Id && c.State != CatalogState.Published).MaxBy(c => c.Number),
            true)).ToList();

        // Review queue: submitted catalogs of units below a government where I hold the review permission.
        var reviewable = await (await current.SubtreeAsync(Permission.ReviewContent)).AsNoTracking().ToListAsync();
        var reviewIds = reviewable.Select(u => u.Id).ToList();
        var submitted = await db.Set<StandardCatalog>().AsNoTracking().Where(c => c.State == CatalogState.Submitted && reviewIds.Contains(c.UnitId)).ToListAsync();
        foreach (var c in submitted)
        {
            var reviewing = await catalogs.ReviewingUnitAsync(c.UnitId);
            if (reviewing is not null && CatalogReview.MayReview(Access, reviewing.UnitPath))
            {
                ToReview.Add((c, reviewable.Single(u => u.Id == c.UnitId)));
            }
        }
    }
}
