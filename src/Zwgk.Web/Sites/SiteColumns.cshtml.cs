using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Sites;

/// <summary>A site's column tree with links to edit each column.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class SiteColumnsModel(ZwgkDbContext db) : AdminPageModel
{
    public Site Site { get; private set; } = null!;

    public ILookup<int?, Column> Children { get; private set; } = Array.Empty<Column>().ToLookup(c => c.ParentId);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var site = await db.Sites.AsNoTracking().Include(s => s.Organization).SingleOrDefaultAsync(s => s.Id == id);
        if (site is null)
        {
            return NotFound();
        }

        if (!Access.Has(Permission.ManageSites, site.Organization!.UnitPath))
        {
            return Forbid();
        }

        Site = site;
        Title = $"栏目管理：{site.Name}";
        var columns = await db.Columns.AsNoTracking().Where(c => c.SiteId == id).ToListAsync();
        Children = columns.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToLookup(c => c.ParentId);
        return Page();
    }
}
