using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Calendar;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Catalogs;

/// <summary>A public document filed under an item; late when published after the item's limit from its written date.</summary>
public sealed record LinkedDocument(int Id, string Title, DateTime? PublishedAt, bool Late);

/// <summary>An item as the portal and the console show it: its domain, its status on today's date and its documents.</summary>
public sealed record ItemView(CatalogItem Item, string Domain, ItemStatus Status, IReadOnlyList<LinkedDocument> Documents);

/// <summary>One cell of the coverage matrix: items, items with content, overdue items.</summary>
public sealed record CoverageCell(int Items, int WithContent, int Overdue);

/// <summary>A unit's row of the coverage matrix, with the state of its catalog.</summary>
public sealed record CoverageRow(Organization Unit, StandardCatalog? Current, StandardCatalog? Open, IReadOnlyDictionary<int, CoverageCell> ByDomain)
{
    public CoverageCell Total => new(ByDomain.Values.Sum(c => c.Items), ByDomain.Values.Sum(c => c.WithContent), ByDomain.Values.Sum(c => c.Overdue));
}

/// <summary>Reads catalogs for display: items with status and linked documents, the change history and the coverage matrix.</summary>
public sealed class CatalogViews(ZwgkDbContext db, CalendarService calendar, TimeProvider clock)
{
    public Task<List<PilotDomain>> DomainsAsync(CancellationToken ct = default) =>
        db.Set<PilotDomain>().AsNoTracking().OrderBy(d => d.Number).ToListAsync(ct);

    /// <summary>The items of a version with their status today and the public documents filed under each.</summary>
    public async Task<IReadOnlyList<ItemView>> ItemsAsync(StandardCatalog catalog, CancellationToken ct = default)
    {
        var items = catalog.Items.Count > 0 || catalog.Id == 0
            ? catalog.Items.ToList()
            : await db.Set<CatalogItem>().AsNoTracking().Where(i => i.CatalogId == catalog.Id).ToListAsync(ct);
        var domains = (await DomainsAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        var keys = items.Select(i => i.Key).ToList();
        var docs = await db.Set<DocumentCatalogLink>().AsNoTracking().Where(l => keys.Contains(l.ItemKey))
            .Join(db.Documents.Where(Document.OwnDisclosure), l => l.DocumentId, d => d.Id,
                (l, d) => new { l.ItemKey, d.Id, d.Title, d.PublishedAt, d.WrittenOn })
            .ToListAsync(ct);
        var byKey = docs.ToLookup(d => d.ItemKey);
        var cal = await calendar.GetAsync(ct);
        var today = ChinaTime.Today(clock);
        return items.OrderBy(i => i.Sequence).Select(i =>
        {
            var linked = byKey[i.Key].OrderByDescending(d => d.PublishedAt)
                .Select(d => new LinkedDocument(d.Id, d.Title, d.PublishedAt,
                    d.WrittenOn is { } w && d.PublishedAt is { } p && ItemStatusRules.IsLate(i.Elements.TimeLimit, w, ChinaTime.DateOf(p), cal)))
                .ToList();
            var status = StatusOf(i, linked, today, cal, catalog.PublishedAt);
            return new ItemView(i, domains.GetValueOrDefault(i.DomainId, ""), status, linked);
        }).ToList();
    }

    /// <summary>The published versions of a unit, newest first, each with what changed from the one before.</summary>
    public async Task<IReadOnlyList<(StandardCatalog Version, IReadOnlyList<ItemChange> Changes)>> HistoryAsync(int unitId, CancellationToken ct = default)
    {
        var versions = await db.Set<StandardCatalog>().AsNoTracking().Include(c => c.Items)
            .Where(c => c.UnitId == unitId).Where(StandardCatalog.Public)
            .OrderBy(c => c.Number).AsSplitQuery().ToListAsync(ct);
        var result = new List<(StandardCatalog, IReadOnlyList<ItemChange>)>();
        for (var i = 0; i < versions.Count; i++)
        {
            result.Add((versions[i], CatalogDiff.Between(i == 0 ? [] : versions[i - 1].Items, versions[i].Items)));
        }

        result.Reverse();
        return result;
    }

    /// <summary>
    /// The units whose catalogs a county site carries: the county government, its departments and its townships (and their
    /// departments) — every government or department in the subtree of the site's unit, not under a nested site.
    /// </summary>
    public async Task<List<Organization>> UnitsOfAsync(Organization root, CancellationToken ct = default)
    {
        var nested = await db.Sites.AsNoTracking().Where(s => s.OrganizationId != root.Id && s.Organization!.Path.StartsWith(root.Path))
            .Select(s => s.Organization!.Path).ToListAsync(ct);
        var units = await db.Organizations.AsNoTracking()
            .Where(o => o.Path.StartsWith(root.Path) && o.Kind != OrganizationKind.Committee).ToListAsync(ct);
        return units.Where(u => !nested.Any(n => u.Path.StartsWith(n, StringComparison.Ordinal))).OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ToList();
    }

    /// <summary>Units × domains of the given units' current (published) catalogs; the open version is shown alongside for the 主管部门.</summary>
    public async Task<IReadOnlyList<CoverageRow>> CoverageAsync(IReadOnlyList<Organization> units, CancellationToken ct = default)
    {
        var ids = units.Select(u => u.Id).ToList();
        var catalogs = await db.Set<StandardCatalog>().AsNoTracking()
            .Where(c => ids.Contains(c.UnitId)).Where(StandardCatalog.Open).ToListAsync(ct);
        var currentIds = catalogs.Where(c => c.State == CatalogState.Published).Select(c => c.Id).ToList();
        var items = await db.Set<CatalogItem>().AsNoTracking().Where(i => currentIds.Contains(i.CatalogId) && !i.NotApplicable).ToListAsync(ct);
        var keys = items.Select(i => i.Key).ToList();
        var published = await db.Set<DocumentCatalogLink>().AsNoTracking().Where(l => keys.Contains(l.ItemKey))
            .Join(db.Documents.Where(Document.OwnDisclosure), l => l.DocumentId, d => d.Id, (l, d) => new { l.ItemKey, d.PublishedAt })
            .ToListAsync(ct);
        var byKey = published.ToLookup(p => p.ItemKey, p => ChinaTime.DateOf(p.PublishedAt!.Value));
        var cal = await calendar.GetAsync(ct);
        var today = ChinaTime.Today(clock);
        var byCatalog = items.ToLookup(i => i.CatalogId);
        return units.Select(u =>
        {
            var current = catalogs.FirstOrDefault(c => c.UnitId == u.Id && c.State == CatalogState.Published);
            var open = catalogs.Where(c => c.UnitId == u.Id && c.State is CatalogState.Draft or CatalogState.Submitted or CatalogState.Approved).MaxBy(c => c.Number);
            var cells = current is null
                ? new Dictionary<int, CoverageCell>()
                : byCatalog[current.Id].GroupBy(i => i.DomainId).ToDictionary(g => g.Key, g =>
                {
                    var statuses = g.Select(i => Status(i, byKey[i.Key].ToList(), today, cal, current.PublishedAt)).ToList();
                    return new CoverageCell(statuses.Count, statuses.Count(s => s == ItemStatus.HasContent), statuses.Count(s => s == ItemStatus.Overdue));
                });
            return new CoverageRow(u, current, open, cells);
        }).ToList();
    }

    private static ItemStatus StatusOf(CatalogItem i, IReadOnlyList<LinkedDocument> docs, DateOnly today, WorkingDayCalendar cal, DateTime? catalogPublishedAt) =>
        Status(i, docs.Where(d => d.PublishedAt is not null).Select(d => ChinaTime.DateOf(d.PublishedAt!.Value)).ToList(), today, cal, catalogPublishedAt);

    private static ItemStatus Status(CatalogItem i, List<DateOnly> publishedOn, DateOnly today, WorkingDayCalendar cal, DateTime? catalogPublishedAt)
    {
        if (i.NotApplicable)
        {
            return ItemStatus.NotApplicable;
        }

        // An item of a draft has no obligation yet: it starts when the item goes public.
        var start = i.FirstPublishedAt ?? catalogPublishedAt;
        return start is null
            ? publishedOn.Count > 0 ? ItemStatus.HasContent : ItemStatus.Empty
            : ItemStatusRules.Evaluate(i.Elements.TimeLimit, ChinaTime.DateOf(start.Value), publishedOn, today, cal);
    }
}
