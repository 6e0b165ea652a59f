using Microsoft.AspNetCore.OutputCaching;
using Zwgk.Web.PageCache;
using Zwgk.Web.Portal;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Display;

/// <summary>
/// 政务公开专区 start page (seeds 000, 003 §二(四), 004 §二(五)): the hall's touch screen opens /zhuanqu, which turns
/// the 专区 mode on for this browser (cookie) and shows tiles to tap: the 政府信息公开 column and its sub-columns,
/// every column of the site, the catalogs, the request form and tracking, and search.
/// </summary>
[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class ZhuanquModel : PortalPageModel
{
    public Column? Disclosure { get; private set; }

    public IReadOnlyList<Column> DisclosureColumns { get; private set; } = [];

    /// <summary>Top-level columns other than 政府信息公开, each with its visible sub-columns.</summary>
    public IReadOnlyList<(Column Column, IReadOnlyList<Column> Children)> OtherColumns { get; private set; } = [];

    public void OnGet()
    {
        // The response sets the cookie when the browser was in another mode; such a response is never cached (docs/adr/0014).
        DisplayModes.Enter(HttpContext, DisplayMode.Kiosk);
        Title = "政务公开专区";
        Disclosure = SiteColumns.SingleOrDefault(c => c.FixedKey == StandardColumns.Disclosure);
        DisclosureColumns = Children(Disclosure);
        OtherColumns = Navigation.Where(c => c.Id != Disclosure?.Id).Select(c => (c, (IReadOnlyList<Column>)Children(c))).ToList();
    }

    private List<Column> Children(Column? parent) =>
        parent is null ? [] : SiteColumns.Where(c => c.ParentId == parent.Id && c.ShowInNavigation).OrderBy(c => c.SortOrder).ToList();
}
