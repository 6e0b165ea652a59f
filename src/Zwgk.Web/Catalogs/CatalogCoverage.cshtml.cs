using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Admin;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Catalogs;

/// <summary>覆盖情况 for the 主管部门: units × 26 domains of each county in the current unit's subtree, with catalog states.</summary>
public sealed class CatalogCoverageModel(ZwgkDbContext db, CurrentUnit current, CatalogViews views) : AdminPageModel
{
    public IReadOnlyList<PilotDomain> Domains { get; private set; } = [];

    public List<(Organization County, IReadOnlyList<CoverageRow> Rows)> Counties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Access.HasAnywhere(Permission.ReviewContent) && !Access.HasAnywhere(Permission.ViewAudit))
        {
            return Forbid();
        }

        Title = "标准目录覆盖情况";
        Domains = await views.DomainsAsync();
        var unit = await current.GetAsync();
        if (unit is null)
        {
            return Page();
        }

        var counties = await db.Organizations.AsNoTracking()
            .Where(o => o.Level == AdministrativeLevel.County && o.Kind == OrganizationKind.Government && (o.Path.StartsWith(unit.Path) || unit.Path.StartsWith(o.Path)))
            .OrderBy(o => o.SortOrder).ToListAsync();
        foreach (var county in counties.Where(c => Access.Has(Permission.ReviewContent, c.UnitPath) || Access.Has(Permission.ViewAudit, c.UnitPath)))
        {
            Counties.Add((county, await views.CoverageAsync(await views.UnitsOfAsync(county))));
        }

        return Page();
    }
}
