using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

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
        await next();
    }
}
