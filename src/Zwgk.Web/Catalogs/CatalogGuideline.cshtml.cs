using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Catalogs;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>从标准指引选取: the current guideline of every domain, with the rows already in the draft ticked off.</summary>
public sealed class CatalogGuidelineModel(ZwgkDbContext db, CatalogService catalogs) : AdminPageModel
{
    public sealed record Section(PilotDomain Domain, Guideline? Guideline, IReadOnlyList<(GuidelineItem Item, bool InCatalog)> Rows);

    public StandardCatalog Catalog { get; private set; } = null!;

    public List<Section> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, int[] rows)
    {
        if (rows.Length == 0)
        {
            ModelState.AddModelError("", "请至少勾选一个事项。");
            return await LoadAsync(id) ?? Page();
        }

        var o = await catalogs.AddFromGuidelineAsync(id, rows);
        return await o.ToPageAsync(this, () =>
        {
            Flash = "已加入所选事项，可逐项调整要素。";
            return Redirect($"/admin/catalogs/{id}");
        }, async () => await LoadAsync(id) ?? Page());
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var (c, missing) = await catalogs.LoadForEditAsync(id);
        if (c is null)
        {
            return missing ? NotFound() : Forbid();
        }

        Catalog = c;
        Title = "从标准指引选取事项";
        var domains = await db.Set<PilotDomain>().AsNoTracking().OrderBy(d => d.Number).ToListAsync();
        var newest = await db.Set<Guideline>().AsNoTracking().Include(g => g.Items)
            .Where(g => g.Id == db.Set<Guideline>().Where(x => x.DomainId == g.DomainId).Max(x => x.Id)).ToListAsync();
        var used = c.Items.Select(i => i.GuidelineItemId).OfType<int>().ToHashSet();
        Sections = domains.Select(d =>
        {
            var g = newest.SingleOrDefault(x => x.DomainId == d.Id);
            return new Section(d, g, g?.Items.OrderBy(i => i.Sequence).Select(i => (i, used.Contains(i.Id))).ToList() ?? []);
        }).ToList();
        return null;
    }
}
