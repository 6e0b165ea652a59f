using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Accounts;

/// <summary>用户与授权: the accounts the user manages whose home unit lies in the current unit's subtree.</summary>
[RequirePermission(Permission.ManageUsers)]
public sealed class UsersModel(UserAdministration admin, ZwgkDbContext db) : AdminPageModel
{
    public List<AppUser> Users { get; private set; } = [];

    public Dictionary<int, string> UnitNames { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "用户与授权";
        if (Unit is null)
        {
            return;
        }

        var path = Unit.Path;
        var subtree = db.Organizations.Where(o => o.Path.StartsWith(path)).Select(o => o.Id);
        Users = await (await admin.ManageableAsync())
            .Where(u => subtree.Contains(u.HomeUnitId))
            .Include(u => u.Grants).ThenInclude(g => g.Organization)
            .AsNoTracking()
            .OrderBy(u => u.UserName)
            .ToListAsync();
        var homeIds = Users.Select(u => u.HomeUnitId).Distinct().ToList();
        UnitNames = await db.Organizations.Where(o => homeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
    }
}
