using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Catalogs;
using Zwgk.Web.Admin;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// 上级审核: every item side by side with its guideline row and with the previous version, a comment box per item, and
/// approve (which publishes, 先审后发) or return with the comments.
/// </summary>
public sealed class CatalogReviewModel(ZwgkDbContext db, CatalogService catalogs, CatalogReviewViews diffs) : AdminPageModel
{
    public StandardCatalog Catalog { get; private set; } = null!;

    public Organization CatalogUnit { get; private set; } = null!;

    public ReviewDiff Diff { get; private set; } = null!;

    public IReadOnlyList<string> ServiceMismatches { get; private set; } = [];

    [BindProperty]
    public Dictionary<int, string> Comments { get; set; } = [];

    [BindProperty]
    public string? Opinion { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, string? decision)
    {
        var o = decision == "approve"
            ? await catalogs.ApproveAsync(id, Opinion)
            : await catalogs.ReturnAsync(id, Opinion, Comments.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value));
        return await o.ToPageAsync(this, () =>
        {
            Flash = decision == "approve" ? "已审核通过，目录已在县级政府门户网站发布。" : "已退回修改，意见已送达编制单位。";
            return Redirect(decision == "approve" ? $"/admin/catalogs/{id}" : "/admin/catalogs");
        }, async () => await LoadAsync(id) ?? Page());
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var c = await catalogs.LoadAsync(id);
        if (c is null)
        {
            return NotFound();
        }

        if (!await catalogs.MayReviewAsync(c))
        {
            return Forbid();
        }

        Catalog = c;
        CatalogUnit = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == c.UnitId);
        Diff = await diffs.LoadAsync(c);
        ServiceMismatches = await catalogs.ServiceMismatchesAsync(id);
        Title = $"审核：{CatalogUnit.Name} 标准目录第{c.Number}版";
        return null;
    }
}
