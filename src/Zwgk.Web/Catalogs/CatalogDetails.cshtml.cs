using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Catalogs;
using Zwgk.Web.Admin;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>One catalog version: its items with all elements, the reviewer's open comments, import/export, submission and history.</summary>
public sealed class CatalogDetailsModel(ZwgkDbContext db, CatalogService catalogs, CatalogViews views, Zwgk.Web.Platform.Display.People people) : AdminPageModel, IRevisedPage
{
    public int? Revision => Catalog?.Revision;

    public Type RevisedType => typeof(Zwgk.Domain.Catalogs.StandardCatalog);

    public StandardCatalog Catalog { get; private set; } = null!;

    public Organization CatalogUnit { get; private set; } = null!;

    public Organization? ReviewingUnit { get; private set; }

    public IReadOnlyList<ItemView> Items { get; private set; } = [];

    public IReadOnlyList<string> ServiceMismatches { get; private set; } = [];

    public int ServiceCount { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    /// <summary>The refused import's report, shown as a table.</summary>
    public IReadOnlyList<SheetError>? SheetErrors { get; private set; }

    public int ErrorTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>The domains to choose for a sheet of one domain without a 试点领域 column.</summary>
    public IReadOnlyList<PilotDomain> Domains { get; private set; } = [];

    public async Task<IActionResult> OnPostImportAsync(int id, IFormFile? file, int? domainId)
    {
        if (file is null)
        {
            ModelState.AddModelError("", "请选择要导入的 Excel 文件（.xlsx）。");
            return await LoadAsync(id) ?? Page();
        }

        await using var stream = await CatalogsApi.Buffer(file, HttpContext.RequestAborted);
        var o = await catalogs.ImportAsync(id, stream, file.FileName, domainId);
        return await Sheet(id, o, () => $"已从“{Path.GetFileName(file.FileName)}”导入 {o.Value!.Items.Count} 个事项。");
    }

    public async Task<IActionResult> OnPostImportServicesAsync(int id, IFormFile? file)
    {
        var c = await db.Set<StandardCatalog>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        if (c is null || file is null)
        {
            return c is null ? NotFound() : await FailAsync(id, "请选择政务服务事项清单文件（.xlsx）。");
        }

        await using var stream = await CatalogsApi.Buffer(file, HttpContext.RequestAborted);
        var o = await catalogs.ImportServicesAsync(c.UnitId, stream);
        return await Sheet(id, o, () => $"已导入政务服务事项 {o.Value} 项。");
    }

    public Task<IActionResult> OnPostSubmitAsync(int id) => RunAsync(id, catalogs.SubmitAsync(id), "已提交上一级政务公开主管部门审核。");

    public Task<IActionResult> OnPostRemoveAsync(int id, int itemId) => RunAsync(id, catalogs.RemoveItemAsync(id, itemId), "已删除该事项。");

    public Task<IActionResult> OnPostApplicabilityAsync(int id, int itemId, bool notApplicable, string? reason) =>
        RunAsync(id, catalogs.SetApplicabilityAsync(id, itemId, notApplicable, reason), notApplicable ? "已标记为不适用。" : "已恢复为适用。");

    public Task<IActionResult> OnPostReasonAsync(int id, string? reason) => RunAsync(id, catalogs.SetChangeReasonAsync(id, reason ?? ""), "已保存修订原因。");

    /// <summary>People on the page by name and unit ("姓名（单位）").</summary>
    public Zwgk.Web.Platform.Display.People People => people;

    public IReadOnlyList<CatalogReviewComment> CommentsOn(CatalogItem item) => Catalog.OpenComments.Where(c => c.ItemKey == item.Key).ToList();

    private async Task<IActionResult> RunAsync(int id, Task<StepResult<StandardCatalog>> step, string done) =>
        await (await step).ToPageAsync(this, () =>
        {
            Flash = done;
            return Redirect($"/admin/catalogs/{id}");
        }, async () => await LoadAsync(id) ?? Page());

    /// <summary>An import's answer: a refused sheet's rows are shown as a table above the catalog.</summary>
    private Task<IActionResult> Sheet(int id, StepResult o, Func<string> done)
    {
        SheetErrors = o.SheetErrors;
        ErrorTotal = o.SheetErrorTotal;
        return o.ToPageAsync(this, () =>
        {
            Flash = done();
            return Redirect($"/admin/catalogs/{id}");
        }, async () => await LoadAsync(id) ?? Page());
    }

    private async Task<IActionResult> FailAsync(int id, string message)
    {
        ModelState.AddModelError("", message);
        return await LoadAsync(id) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var c = await catalogs.LoadAsync(id);
        if (c is null)
        {
            return NotFound();
        }

        CanEdit = await catalogs.MayEditAsync(c);
        CanReview = await catalogs.MayReviewAsync(c);
        if (!CanEdit && !CanReview)
        {
            return Forbid();
        }

        Catalog = c;
        CatalogUnit = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == c.UnitId);
        ReviewingUnit = await catalogs.ReviewingUnitAsync(c.UnitId);
        Items = await views.ItemsAsync(c);
        ServiceMismatches = await catalogs.ServiceMismatchesAsync(id);
        ServiceCount = await db.Set<ServiceItem>().CountAsync(s => s.UnitId == c.UnitId);
        Domains = await views.DomainsAsync();
        Title = $"{CatalogUnit.Name} 标准目录第{c.Number}版";
        await people.LoadAsync(c.Events.Select(e => e.Actor).Concat(c.OpenComments.Select(m => m.Reviewer)).Append(c.ReviewedBy));
        return null;
    }
}
