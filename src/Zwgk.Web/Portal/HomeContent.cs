using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>One latest-first list of the home page: the column it comes from (null when the site has none) and its newest items.</summary>
public sealed record HomeList(string Heading, Column? Column, IReadOnlyList<DocumentListItem> Items);

/// <summary>A site of the cluster linked from another site's home page, with its address as the site resolution serves it.</summary>
public sealed record ClusterSite(string Name, string Url);

/// <summary>A department or township of the site's own unit, linked to its 信息公开 page.</summary>
public sealed record ClusterUnit(int Id, string Name);

/// <summary>
/// What the home page reads besides the site snapshot, in three queries: the newest public documents of the four
/// list columns (top N per column in one statement), the cluster's sites, and the units directly under the site's unit.
/// </summary>
public sealed class HomeContent
{
    public const int ListLength = 6;

    /// <summary>The lists in display order: the column type they are read from, and the heading when the site has no such column.</summary>
    public static readonly (string Type, string Heading)[] ListTypes =
        [("工作动态", "工作动态"), (ColumnTypes.Notices, "通知公告"), ("政策文件", "政策文件"), ("政策解读", "政策解读")];

    public IReadOnlyList<HomeList> Lists { get; private init; } = [];

    /// <summary>The site this one belongs to (the city's, for a county site), if any.</summary>
    public ClusterSite? Parent { get; private init; }

    /// <summary>The sites directly below this one (the county sites, on the city's home page).</summary>
    public IReadOnlyList<ClusterSite> Sites { get; private init; } = [];

    public IReadOnlyList<ClusterUnit> Departments { get; private init; } = [];

    public IReadOnlyList<ClusterUnit> Townships { get; private init; } = [];

    /// <summary>"乡镇（街道）" under a county or city, "村（居）委会" under a township.</summary>
    public string TownshipHeading { get; private init; } = "乡镇（街道）";

    public static async Task<HomeContent> LoadAsync(ZwgkDbContext db, SiteLinks links, Site site, IReadOnlyList<Column> columns, HttpRequest request, CancellationToken ct)
    {
        var chosen = ListTypes.Select(t => (t.Heading, Column: First(columns, t.Type))).ToList();
        var subtrees = chosen.Where(c => c.Column is not null).ToDictionary(c => c.Column!.Id, c => Subtree(columns, c.Column!));
        var ids = subtrees.Values.SelectMany(s => s).Distinct().ToList();
        var newest = ids.Count == 0 ? [] : await db.Columns.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Items = db.Documents.Where(Document.Visible).Where(d => d.SiteId == site.Id && d.ColumnId == c.Id)
                    .OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id).Take(ListLength)
                    .Select(d => new DocumentListItem(d.Id, d.Title, d.DocumentNumber, d.PublishedAt)).ToList(),
            })
            .ToListAsync(ct);
        var lists = chosen.Select(c => new HomeList(c.Column?.Name ?? c.Heading, c.Column, c.Column is null ? [] : newest
                .Where(n => subtrees[c.Column.Id].Contains(n.Id)).SelectMany(n => n.Items)
                .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(ListLength).ToList()))
            .ToList();

        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { Address = new SiteAddress(s.Id, s.Code, s.Domain, s.IsDefault), s.Name, s.OrganizationId, s.Organization!.Path })
            .ToListAsync(ct);
        var addresses = sites.Select(s => s.Address).ToList();
        var own = sites.Single(s => s.Address.Id == site.Id);
        var below = sites.Where(s => s.Address.Id != site.Id && s.Path.StartsWith(own.Path, StringComparison.Ordinal)).ToList();
        // Only the nearest: a site under another site below this one is that site's to list.
        var children = below.Where(s => !below.Any(x => x != s && s.Path.StartsWith(x.Path, StringComparison.Ordinal))).ToList();
        var parent = sites.Where(s => s.Address.Id != site.Id && own.Path.StartsWith(s.Path, StringComparison.Ordinal)).MaxBy(s => s.Path.Length);
        string Url(SiteAddress a) => links.BaseOf(a, addresses, request) + "/";

        var siteUnits = sites.Select(s => s.OrganizationId).ToHashSet();
        var units = await db.Organizations.AsNoTracking().Where(o => o.ParentId == site.OrganizationId)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(ct);
        var ownUnits = units.Where(u => !siteUnits.Contains(u.Id)).ToList();

        return new HomeContent
        {
            Lists = lists,
            Parent = parent is null ? null : new ClusterSite(parent.Name, Url(parent.Address)),
            Sites = children.Select(s => new ClusterSite(s.Name, Url(s.Address))).ToList(),
            Departments = ownUnits.Where(u => u.Kind == OrganizationKind.Department).Select(u => new ClusterUnit(u.Id, u.Name)).ToList(),
            Townships = ownUnits.Where(u => u.Kind != OrganizationKind.Department).Select(u => new ClusterUnit(u.Id, u.Name)).ToList(),
            TownshipHeading = ownUnits.Any(u => u.Kind == OrganizationKind.Government) || ownUnits.Count == 0 ? "乡镇（街道）" : "村（居）委会",
        };
    }

    /// <summary>The column a list is read from: the first shown one of the type, top-level first.</summary>
    public static Column? First(IReadOnlyList<Column> columns, string type) =>
        columns.Where(c => c.ColumnType == type && c.ShowInNavigation).OrderBy(c => c.ParentId is null ? 0 : 1).ThenBy(c => c.SortOrder).ThenBy(c => c.Id).FirstOrDefault();

    private static HashSet<int> Subtree(IReadOnlyList<Column> columns, Column root)
    {
        var ids = new HashSet<int> { root.Id };
        for (var added = true; added;)
        {
            added = false;
            foreach (var c in columns.Where(c => c.ParentId is int p && ids.Contains(p) && !ids.Contains(c.Id)))
            {
                added |= ids.Add(c.Id);
            }
        }

        return ids;
    }
}
