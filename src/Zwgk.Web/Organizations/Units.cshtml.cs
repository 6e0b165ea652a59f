using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;

namespace Zwgk.Web.Organizations;

/// <summary>组织机构: the current unit's subtree where the user manages units, as a tree.</summary>
[RequirePermission(Permission.ManageUnits)]
public sealed class UnitsModel(CurrentUnit current) : AdminPageModel
{
    public List<Organization> Roots { get; private set; } = [];

    public ILookup<int, Organization> Children { get; private set; } = Array.Empty<Organization>().ToLookup(o => o.Id);

    public async Task OnGetAsync()
    {
        Title = "组织机构";
        var units = await (await current.SubtreeAsync(Permission.ManageUnits)).AsNoTracking().ToListAsync();
        var ordered = UnitOptions.Ordered(units);
        Roots = ordered.Where(x => x.Depth == 0).Select(x => x.Unit).ToList();
        Children = ordered.Where(x => x.Depth > 0).Select(x => x.Unit).ToLookup(u => u.ParentId!.Value);
    }
}
