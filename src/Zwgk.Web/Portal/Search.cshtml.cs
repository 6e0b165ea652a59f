using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Search;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>
/// 站内搜索: full-text search over the site's published government information (title, 文号, 索引号, body and attachment
/// text), with filters, relevance or date order, highlighted snippets and paging; matching columns are listed too.
/// The simple form is the search box of every page; the same page with all filters open is the advanced search.
/// </summary>
public sealed class SearchModel(ZwgkDbContext db, SearchIndex index) : PortalPageModel
{
    public string Query { get; private set; } = "";

    public SearchResults? Results { get; private set; }

    public IReadOnlyList<Column> Columns { get; private set; } = [];

    public SearchForm Form { get; private set; } = new();

    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool Advanced { get; private set; }

    public sealed class SearchForm
    {
        public string? Q { get; set; }

        public int? Unit { get; set; }

        public string? Topic { get; set; }

        public string? Genre { get; set; }

        public int? Year { get; set; }

        public string? Validity { get; set; }

        public string? Number { get; set; }

        public string? Sort { get; set; }

        public int? Page { get; set; }
    }

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery] SearchForm form, bool advanced = false)
    {
        Title = "搜索";
        Tags.VirtualColumn = ("站内搜索", "检索本站发布的政府信息和栏目。", "搜索,检索,政府信息", "首页");
        Form = form;
        Advanced = advanced;
        Query = (form.Q ?? "").Trim();
        if (Query.Length > 100)
        {
            Query = Query[..100];
        }

        var publicDocs = db.Documents.AsNoTracking().PublicOn(Site.Id);
        Units = await db.Organizations.AsNoTracking().Where(o => publicDocs.Any(d => d.UnitId == o.Id)).OrderBy(o => o.Path).Select(o => new ValueTuple<int, string>(o.Id, o.Name)).ToListAsync();
        Years = (await publicDocs.Select(d => d.WrittenOn).Where(w => w != null).ToListAsync()).Select(w => w!.Value.Year).Distinct().OrderDescending().ToList();

        var anyFilter = form.Unit is not null || form.Topic is not null || form.Genre is not null || form.Year is not null || form.Validity is not null || !string.IsNullOrWhiteSpace(form.Number);
        if (Query.Length == 0 && !anyFilter)
        {
            return;
        }

        var unitPath = form.Unit is int u ? await db.Organizations.Where(o => o.Id == u).Select(o => o.Path).SingleOrDefaultAsync() : null;
        Results = await index.QueryAsync(new SearchQuery
        {
            Text = Query,
            SiteId = Site.Id,
            UnitPath = unitPath ?? (form.Unit is null ? null : "/none/"),
            Topic = Blank(form.Topic),
            Genre = Blank(form.Genre),
            Year = form.Year,
            Validity = Blank(form.Validity),
            DocumentNumber = Blank(form.Number),
            Sort = string.Equals(form.Sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance,
            Page = Math.Max(1, form.Page ?? 1),
        }, HttpContext.RequestAborted);

        if (Query.Length > 0)
        {
            Columns = await db.Columns.AsNoTracking()
                .Where(c => c.SiteId == Site.Id && c.RetiredAt == null && c.ShowInNavigation && (c.Name.Contains(Query) || c.Description.Contains(Query)))
                .OrderBy(c => c.SlugPath).Take(10).ToListAsync();
        }
    }

    /// <summary>The query string of this search with one value changed (for paging and sort links).</summary>
    public string With(string key, string? value)
    {
        var pairs = Request.Query.Where(p => !string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).SelectMany(p => p.Value.Select(v => (p.Key, v))).ToList();
        if (value is not null)
        {
            pairs.Add((key, value));
        }

        return "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Item2 ?? "")}"));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
