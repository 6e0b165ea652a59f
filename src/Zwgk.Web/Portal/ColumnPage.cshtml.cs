using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Documents;
using Zwgk.Web.PageCache;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>
/// A column page: its text, its sub-columns, its public documents (newest first, paged) and the path back to the home
/// page. Two fixed columns list more than their own documents: 法定主动公开内容 by the statutory categories, and
/// 主动公开基本目录 as the filterable catalog of the whole site.
/// </summary>
[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class ColumnPageModel(ZwgkDbContext db, DocumentHtml html) : PortalPageModel
{
    public Column Column { get; private set; } = null!;

    public IReadOnlyList<Column> Children { get; private set; } = [];

    /// <summary>The documents listed on this page (the column's own, or a statutory category's).</summary>
    public IReadOnlyList<DocumentListItem> Documents { get; private set; } = [];

    public Paging DocumentPaging { get; private set; } = new(1, 0);

    /// <summary>法定主动公开内容: every category with its number of public documents.</summary>
    public IReadOnlyList<(string Code, string Name, int Count)>? Categories { get; private set; }

    /// <summary>The statutory category being listed (?category=20.1).</summary>
    public (string Code, string Name)? Category { get; private set; }

    public BasicCatalog? Catalog { get; private set; }

    /// <summary>The 政府信息公开 column, and a guide whose text says online application is possible, carry the 依申请公开 entry.</summary>
    public bool OffersOnlineRequest => Column.FixedKey == StandardColumns.Disclosure
        || (Column.FixedKey == StandardColumns.Guide && (Column.Content ?? "").Contains("在线申请", StringComparison.Ordinal));

    /// <summary>What 政府信息公开工作年度报告 lists besides its own documents: any public report of the site so titled, wherever it was filed.</summary>
    public const string AnnualReportTitle = "政府信息公开工作年度报告";

    public bool IsEmpty => Children.Count == 0 && string.IsNullOrWhiteSpace(Column.Content) && Documents.Count == 0 && Categories is null && Catalog is null;

    public async Task<IActionResult> OnGetAsync(string? path)
    {
        var ct = HttpContext.RequestAborted;
        var slugPath = (path ?? "").Trim('/');
        var columns = SiteColumns;
        var column = columns.SingleOrDefault(c => c.SlugPath == slugPath);
        if (column is null)
        {
            return NotFound();
        }

        Column = column;
        Title = column.Name;
        Tags.Column = column;
        FeedPath = "feed/" + column.SlugPath;
        FeedTitle = $"{Site.Name} {column.Name}";
        Children = columns.Where(c => c.ParentId == column.Id && c.ShowInNavigation).OrderBy(c => c.SortOrder).ToList();
        TrailThrough(column);

        // "page" is a reserved route value in Razor Pages, so the page number is read from the query string itself.
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        var published = db.Documents.AsNoTracking().PublicOn(Site.Id);
        if (column.FixedKey == StandardColumns.BasicCatalog)
        {
            Catalog = await BasicCatalog.LoadAsync(db, html, Site.Id, Request.Query, page, ct);
            return Page();
        }

        if (column.FixedKey == StandardColumns.StatutoryContent)
        {
            // The unit's own disclosure only: a reprint is never 法定主动公开内容 of this government.
            published = db.Documents.AsNoTracking().OwnDisclosureOn(Site.Id);
            var counts = await published.Where(d => d.StatutoryCategory != null)
                .GroupBy(d => d.StatutoryCategory!)
                .Select(g => new { Code = g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Code, x => x.Count, ct);
            Categories = StatutoryCategories.All.Select(c => (c.Code, c.Name, counts.GetValueOrDefault(c.Code))).ToList();
            var code = Request.Query["category"].ToString();
            if (!StatutoryCategories.IsKnown(code))
            {
                return Page();
            }

            Category = (code, StatutoryCategories.NameOf(code));
            published = published.Where(d => d.StatutoryCategory == code);
        }
        else if (column.FixedKey == StandardColumns.AnnualReport)
        {
            published = published.Where(d => d.ColumnId == column.Id || d.Title.Contains(AnnualReportTitle));
        }
        else
        {
            published = published.Where(d => d.ColumnId == column.Id);
        }

        DocumentPaging = Paging.Of(page, await published.CountAsync(ct));
        Documents = await published.NewestFirst().Skip(DocumentPaging.Skip).Take(DocumentPaging.PageSize).AsListItems().ToListAsync(ct);
        return Page();
    }

    /// <summary>The address of another page of this list, keeping the site prefix and the filters.</summary>
    public string PageUrl(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Catalog is not null)
        {
            query.AddRange(Catalog.FilterQuery());
        }

        if (Category is { } category)
        {
            query.Add(new("category", category.Code));
        }

        if (page > 1)
        {
            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return Url.Content("~/col/" + Column.SlugPath) + QueryString.Create(query);
    }
}
