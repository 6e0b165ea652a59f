using Microsoft.AspNetCore.OutputCaching;
using Zwgk.Web.PageCache;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>
/// A site's home page as a county 政府门户 lays it out: the latest 工作动态, 通知公告, 政策文件 and 政策解读, the public's
/// entries (依申请公开, 互动交流, 办事服务, 标准目录, 答复期限计算), the 政府信息公开 column, site search and the cluster: the
/// sites below this one and the departments and townships with their own 信息公开 pages. Only the three site tags
/// (page-tags.md). Three queries on a cache miss (<see cref="HomeContent"/>).
/// </summary>
[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class HomeModel(ZwgkDbContext db, SiteLinks links) : PortalPageModel
{
    public override bool IsHome => true;

    public HomeContent Lists { get; private set; } = null!;

    public Column? Disclosure { get; private set; }

    public IReadOnlyList<Column> DisclosureColumns { get; private set; } = [];

    /// <summary>The first shown top-level column of a type (互动交流 is 咨询投诉), if the site has one.</summary>
    public Column? ColumnOfType(string type) => SiteColumns.Where(c => c.ColumnType == type && c.ShowInNavigation)
        .OrderBy(c => c.ParentId is null ? 0 : 1).ThenBy(c => c.SortOrder).FirstOrDefault();

    public async Task OnGetAsync()
    {
        Disclosure = SiteColumns.SingleOrDefault(c => c.FixedKey == StandardColumns.Disclosure);
        DisclosureColumns = Disclosure is null ? [] : SiteColumns.Where(c => c.ParentId == Disclosure.Id && c.ShowInNavigation).OrderBy(c => c.SortOrder).ToList();
        Lists = await HomeContent.LoadAsync(db, links, Site, SiteColumns, Request, HttpContext.RequestAborted);
    }
}
