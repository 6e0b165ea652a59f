using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>A site's home page: only the three site tags (page-tags.md).</summary>
public sealed class HomeModel(ZwgkDbContext db) : PortalPageModel
{
    public IReadOnlyList<Column> DisclosureColumns { get; private set; } = [];

    public Column? Disclosure { get; private set; }

    public async Task OnGetAsync()
    {
        var columns = await db.Columns.AsNoTracking().Where(c => c.SiteId == Site.Id && c.FixedKey != null).ToListAsync();
        Disclosure = columns.SingleOrDefault(c => c.FixedKey == StandardColumns.Disclosure);
        DisclosureColumns = columns.Where(c => c.ParentId == Disclosure?.Id && Disclosure is not null).OrderBy(c => c.SortOrder).ToList();
    }
}
