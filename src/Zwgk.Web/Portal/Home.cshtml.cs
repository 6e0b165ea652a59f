using Microsoft.AspNetCore.OutputCaching;
using Zwgk.Web.PageCache;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>A site's home page: only the three site tags (page-tags.md).</summary>
[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class HomeModel : PortalPageModel
{
    public IReadOnlyList<Column> DisclosureColumns { get; private set; } = [];

    public Column? Disclosure { get; private set; }

    public void OnGet()
    {
        var columns = SiteColumns.Where(c => c.FixedKey != null).ToList();
        Disclosure = columns.SingleOrDefault(c => c.FixedKey == StandardColumns.Disclosure);
        DisclosureColumns = columns.Where(c => c.ParentId == Disclosure?.Id && Disclosure is not null).OrderBy(c => c.SortOrder).ToList();
    }
}
