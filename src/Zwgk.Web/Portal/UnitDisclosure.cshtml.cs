using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Organizations;
using Zwgk.Web.PageCache;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>
/// A department's or township's own 信息公开 page on its government's site (seed 004 §三(四)3, 集约化): its guide
/// (指南, with the items Art. 12 requires from its own details), its 法定主动公开内容 by category, and its
/// 主动公开基本目录 (the site's catalog filtered to the unit). A unit of another site, or with a site of its own, is 404 here.
/// </summary>
[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class UnitDisclosureModel(ZwgkDbContext db) : PortalPageModel
{
    public Organization Unit { get; private set; } = null!;

    public string Guide { get; private set; } = "";

    /// <summary>Whether the public may file a request with this unit online (committees are not agencies, 条例第二条).</summary>
    public bool TakesRequests { get; private set; }

    public IReadOnlyList<(string Code, string Name, int Count)> Categories { get; private set; } = [];

    public (string Code, string Name)? Category { get; private set; }

    public IReadOnlyList<DocumentListItem> Documents { get; private set; } = [];

    public Paging DocumentPaging { get; private set; } = new(1, 0);

    /// <summary>The units directly below (a township's villages and communities), each with its own page.</summary>
    public IReadOnlyList<(int Id, string Name)> Below { get; private set; } = [];

    /// <summary>The catalog column, to which the 目录 link goes with this unit as filter.</summary>
    public Column? CatalogColumn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        var sitePaths = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Organization!.Path }).ToListAsync(ct);
        // The unit's site is the nearest site above it (as for its documents, DocumentService.SiteForAsync).
        var nearest = unit is null ? null : sitePaths.Where(s => unit.Path.StartsWith(s.Path, StringComparison.Ordinal)).MaxBy(s => s.Path.Length);
        if (unit is null || nearest?.Id != Site.Id || unit.Id == Site.OrganizationId)
        {
            return NotFound();
        }

        Unit = unit;
        Title = $"{unit.Name}信息公开";
        Tags.VirtualColumn = (Title, $"{unit.Name}的政府信息公开指南、法定主动公开内容和主动公开基本目录。", "政府信息公开,信息公开指南,法定主动公开内容", "信息公开目录");
        Guide = StandardColumns.GuideText(unit);
        TakesRequests = unit.Kind != OrganizationKind.Committee;
        CatalogColumn = SiteColumns.FirstOrDefault(c => c.FixedKey == StandardColumns.BasicCatalog);
        Below = (await db.Organizations.AsNoTracking().Where(o => o.ParentId == id).OrderBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();

        // The unit's own disclosure: reprints (转载) are not part of it.
        var published = db.Documents.AsNoTracking().OwnDisclosureOn(Site.Id).Where(d => d.UnitId == id);
        var counts = await published.Where(d => d.StatutoryCategory != null).GroupBy(d => d.StatutoryCategory!)
            .Select(g => new { Code = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Code, x => x.Count, ct);
        Categories = StatutoryCategories.All.Select(c => (c.Code, c.Name, counts.GetValueOrDefault(c.Code))).ToList();
        var code = Request.Query["category"].ToString();
        if (StatutoryCategories.IsKnown(code))
        {
            Category = (code, StatutoryCategories.NameOf(code));
            published = published.Where(d => d.StatutoryCategory == code);
        }

        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        DocumentPaging = Paging.Of(page, await published.CountAsync(ct));
        Documents = await published.NewestFirst().Skip(DocumentPaging.Skip).Take(DocumentPaging.PageSize).AsListItems().ToListAsync(ct);

        var disclosure = SiteColumns.FirstOrDefault(c => c.FixedKey == StandardColumns.Disclosure);
        if (disclosure is not null)
        {
            TrailThrough(disclosure, Title);
        }

        return Page();
    }

    public string PageUrl(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Category is { } category)
        {
            query.Add(new("category", category.Code));
        }

        if (page > 1)
        {
            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return Url.Content($"~/unit/{Unit.Id}") + QueryString.Create(query);
    }
}
