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

/// <summary>试点领域与标准指引: the domains with their other names and the city's responsible departments; the guideline editions and their import.</summary>
public sealed class CatalogStandardsPageModel(ZwgkDbContext db, CatalogStandards standards) : AdminPageModel
{
    public IReadOnlyList<PilotDomain> Domains { get; private set; } = [];

    public Organization? City { get; private set; }

    public Dictionary<int, string> Departments { get; private set; } = [];

    public bool CanManage { get; private set; }

    public List<(Guideline Guideline, int Items, bool Current)> Guidelines { get; private set; } = [];

    public IReadOnlyList<SheetError>? SheetErrors { get; private set; }

    public int ErrorTotal { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostResponsibilityAsync(int domainId, string? department)
    {
        await LoadAsync();
        var outcome = City is null ? StepResult.Denied<DomainResponsibility>() : await standards.SetResponsibilityAsync(City.Id, domainId, department ?? "");
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = "已保存责任单位。";
            return Redirect("/admin/catalogs/standards");
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostImportAsync(int domainId, string? title, string? issuedBy, IFormFile? file)
    {
        if (file is null)
        {
            ModelState.AddModelError("", "请选择标准指引文件（.xlsx）。");
            await LoadAsync();
            return Page();
        }

        await using var stream = await CatalogsApi.Buffer(file, HttpContext.RequestAborted);
        var o = await standards.ImportGuidelineAsync(domainId, title ?? "", issuedBy ?? "", stream);
        SheetErrors = o.SheetErrors;
        ErrorTotal = o.SheetErrorTotal;
        return await o.ToPageAsync(this, () =>
        {
            Flash = "已导入标准指引（新版本）。";
            return Redirect("/admin/catalogs/standards");
        }, async () =>
        {
            await LoadAsync();
            return Page();
        });
    }

    private async Task LoadAsync()
    {
        Title = "试点领域与标准指引";
        Domains = await db.Set<PilotDomain>().AsNoTracking().OrderBy(d => d.Number).ToListAsync();
        // The city of the current unit (its top ancestor at city level).
        var ids = Unit?.UnitPath.Ids ?? [];
        City = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Level == AdministrativeLevel.City).OrderBy(o => o.Path.Length).FirstOrDefaultAsync();
        if (City is not null)
        {
            Departments = await db.Set<DomainResponsibility>().Where(r => r.CityUnitId == City.Id).ToDictionaryAsync(r => r.DomainId, r => r.Department);
        }

        CanManage = City is not null && Access.Has(Permission.ManageCatalogStandards, City.UnitPath);
        var list = await db.Set<Guideline>().AsNoTracking().Select(g => new { Guideline = g, Items = g.Items.Count }).OrderBy(g => g.Guideline.DomainId).ThenByDescending(g => g.Guideline.Id).ToListAsync();
        var newest = list.GroupBy(g => g.Guideline.DomainId).Select(g => g.Max(x => x.Guideline.Id)).ToHashSet();
        Guidelines = list.Select(g => (g.Guideline, g.Items, newest.Contains(g.Guideline.Id))).ToList();
    }
}
