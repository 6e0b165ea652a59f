using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Sites;

/// <summary>站点与栏目: the sites of units in the current subtree where the user manages sites.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class SitesListModel(CurrentUnit current, ZwgkDbContext db) : AdminPageModel
{
    public List<Site> Sites { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "站点与栏目";
        var units = (await current.SubtreeAsync(Permission.ManageSites)).Select(o => o.Id);
        Sites = await db.Sites.AsNoTracking().Include(s => s.Organization)
            .Where(s => units.Contains(s.OrganizationId))
            .OrderBy(s => s.Organization!.Path).ThenBy(s => s.Code)
            .ToListAsync();
    }
}
