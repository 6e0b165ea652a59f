using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>One step of the breadcrumb trail: a name and its site-relative address ("col/xxgk"), null for the page itself.</summary>
public sealed record Crumb(string Name, string? Path = null);

/// <summary>Base of every public page: resolves the site, its navigation and the page tags before the handler runs.</summary>
public abstract class PortalPageModel : PageModel
{
    public Site Site { get; private set; } = null!;

    public PageTags Tags { get; private set; } = null!;

    public IReadOnlyList<Column> Navigation { get; private set; } = [];

    /// <summary>Every column of the site, from the site's snapshot (shared, read-only).</summary>
    public IReadOnlyList<Column> SiteColumns { get; private set; } = [];

    /// <summary>The page's own title (the site name is appended in the layout).</summary>
    public string Title { get; protected set; } = "";

    /// <summary>The RSS feed the page advertises in its head (site-relative): the site's, or the column's on a column page.</summary>
    public string FeedPath { get; protected set; } = "feed";

    public string FeedTitle { get; protected set; } = "";

    /// <summary>
    /// 当前位置 after 首页: set by the page, or the section of its address (<see cref="PortalSections"/>) and its title.
    /// The last step is the page itself. The home page has none.
    /// </summary>
    public List<Crumb> Breadcrumbs { get; } = [];

    /// <summary>The top-level column the page belongs to, marked in the main navigation.</summary>
    public Column? NavigationColumn { get; protected set; }

    /// <summary>True when the page is exactly <see cref="NavigationColumn"/>'s page (aria-current="page"), not a page inside it.</summary>
    public bool IsNavigationColumnPage { get; protected set; }

    public virtual bool IsHome => false;

    /// <summary>The trail as the layout shows it: the page's own, else its section's steps and its title.</summary>
    public IReadOnlyList<Crumb> Trail()
    {
        if (IsHome)
        {
            return [];
        }

        if (Breadcrumbs.Count > 0)
        {
            return Breadcrumbs;
        }

        var section = PortalSections.For(Request.Path, SiteColumns);
        return [.. section, new Crumb(string.IsNullOrEmpty(Title) ? Site.Name : Title)];
    }

    /// <summary>Sets the trail of a page inside a column: the column's ancestors, the column, then <paramref name="last"/> if given.</summary>
    protected void TrailThrough(Column column, string? last = null)
    {
        var chain = new List<Column>();
        for (Column? c = column; c is not null; c = SiteColumns.FirstOrDefault(p => p.Id == c.ParentId))
        {
            chain.Insert(0, c);
        }

        Breadcrumbs.Clear();
        Breadcrumbs.AddRange(chain.Select((c, i) => new Crumb(c.Name, i == chain.Count - 1 && last is null ? null : "col/" + c.SlugPath)));
        if (last is not null)
        {
            Breadcrumbs.Add(new Crumb(last));
        }

        NavigationColumn = chain[0];
        IsNavigationColumnPage = chain.Count == 1 && last is null;
    }

    /// <summary>An installation without a site tells its operator the next step, and nothing about the server.</summary>
    public const string NotConfigured = "站点尚未配置。\n\n网站管理员：请在服务器上运行初始化命令创建本市的单位、站点和第一个系统管理员：\n"
        + "dotnet Zwgk.Web.dll bootstrap --help\n详见 README“生产部署 · Production”。";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var current = HttpContext.CurrentSite();
        if (current is null)
        {
            context.Result = new ContentResult { StatusCode = 503, Content = NotConfigured, ContentType = "text/plain; charset=utf-8" };
            return;
        }

        Site = current.Site;
        Tags = new PageTags(Site);
        FeedTitle = $"{Site.Name} 最新信息";
        Navigation = current.Navigation;
        SiteColumns = current.Columns;
        NavigationColumn = PortalSections.NavigationColumnFor(Request.Path, SiteColumns);
        await next();
    }
}
