using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Catalogs;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// 政务公开事项标准目录 on a county site: the published catalogs of the county, its departments and townships, by unit and by
/// domain, with the public summary of the coverage matrix (seed 004 §二(三): 在县级政府门户网站集中发布).
/// </summary>
public sealed class PortalCatalogsModel(ZwgkDbContext db, CatalogViews views) : PortalPageModel
{
    public IReadOnlyList<PilotDomain> Domains { get; private set; } = [];

    public IReadOnlyList<CoverageRow> Coverage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Title = "政务公开事项标准目录";
        var owner = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == Site.OrganizationId);
        Domains = await views.DomainsAsync();
        Coverage = await views.CoverageAsync(await views.UnitsOfAsync(owner));
        return Page();
    }
}

/// <summary>One unit's current catalog: every item with all elements, its status and documents; a domain filter, XLSX export and the change history.</summary>
public sealed class PortalUnitCatalogModel(ZwgkDbContext db, CatalogViews views, Zwgk.Web.Platform.Display.People people) : PortalPageModel
{
    public Organization CatalogUnit { get; private set; } = null!;

    public StandardCatalog Catalog { get; private set; } = null!;

    public IReadOnlyList<ItemView> Items { get; private set; } = [];

    public IReadOnlyList<PilotDomain> Domains { get; private set; } = [];

    public int? DomainId { get; private set; }

    public IReadOnlyList<(StandardCatalog Version, IReadOnlyList<ItemChange> Changes)> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int unitId, int? domain)
    {
        var owner = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == Site.OrganizationId);
        var unit = (await views.UnitsOfAsync(owner)).SingleOrDefault(u => u.Id == unitId);
        var catalog = unit is null ? null : await db.Set<StandardCatalog>().AsNoTracking().Include(c => c.Items)
            .SingleOrDefaultAsync(c => c.UnitId == unitId && c.State == CatalogState.Published);
        if (unit is null || catalog is null)
        {
            return NotFound();
        }

        CatalogUnit = unit;
        Catalog = catalog;
        Title = $"{unit.Name}政务公开事项标准目录";
        Breadcrumbs.AddRange([.. PortalSections.For(Request.Path, SiteColumns), new Crumb("政务公开事项标准目录", "catalog"), new Crumb(unit.Name)]);
        Domains = (await views.DomainsAsync()).Where(d => catalog.Items.Any(i => i.DomainId == d.Id)).ToList();
        DomainId = domain;
        var items = await views.ItemsAsync(catalog);
        Items = domain is int d ? items.Where(i => i.Item.DomainId == d).ToList() : items;
        History = await views.HistoryAsync(unitId);
        await people.LoadAsync([catalog.ReviewedBy]);
        ReviewedByUnit = people.UnitOf(catalog.ReviewedBy);
        return Page();
    }

    /// <summary>The body that reviewed it (逐级审核): the public is told the reviewing government, not the reviewer's account.</summary>
    public string? ReviewedByUnit { get; private set; }
}

/// <summary>One domain across the site's units: the items every unit publishes in it.</summary>
public sealed class PortalDomainCatalogModel(ZwgkDbContext db, CatalogViews views) : PortalPageModel
{
    public PilotDomain Domain { get; private set; } = null!;

    public List<(Organization Unit, StandardCatalog Catalog, IReadOnlyList<ItemView> Items)> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int domainId)
    {
        var domain = await db.Set<PilotDomain>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == domainId);
        if (domain is null)
        {
            return NotFound();
        }

        Domain = domain;
        Title = $"{domain.Name}领域政务公开事项";
        Breadcrumbs.AddRange([.. PortalSections.For(Request.Path, SiteColumns), new Crumb("政务公开事项标准目录", "catalog"), new Crumb(domain.Name)]);
        var owner = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == Site.OrganizationId);
        var units = await views.UnitsOfAsync(owner);
        var ids = units.Select(u => u.Id).ToList();
        var catalogs = await db.Set<StandardCatalog>().AsNoTracking().Include(c => c.Items)
            .Where(c => ids.Contains(c.UnitId)).Where(StandardCatalog.Current).ToListAsync();
        foreach (var u in units)
        {
            if (catalogs.SingleOrDefault(c => c.UnitId == u.Id) is { } c && c.Items.Any(i => i.DomainId == domainId))
            {
                Units.Add((u, c, (await views.ItemsAsync(c)).Where(i => i.Item.DomainId == domainId).ToList()));
            }
        }

        return Page();
    }
}
