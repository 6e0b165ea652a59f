using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>
/// Site search over what the site publishes so far: its columns' names, descriptions and texts.
/// Full-text search over government information replaces this with the documents index.
/// </summary>
public sealed class SearchModel(ZwgkDbContext db) : PortalPageModel
{
    public string Query { get; private set; } = "";

    public IReadOnlyList<Column> Results { get; private set; } = [];

    public async Task OnGetAsync(string? q)
    {
        Title = "搜索";
        Tags.VirtualColumn = ("站内搜索", "检索本站发布的信息。", "搜索,检索", "首页");
        Query = (q ?? "").Trim();
        if (Query.Length == 0)
        {
            return;
        }

        var term = Query.Length > 50 ? Query[..50] : Query;
        Results = await db.Columns.AsNoTracking()
            .Where(c => c.SiteId == Site.Id && (c.Name.Contains(term) || c.Description.Contains(term) || (c.Content != null && c.Content.Contains(term))))
            .OrderBy(c => c.SlugPath)
            .Take(50)
            .ToListAsync();
    }
}
