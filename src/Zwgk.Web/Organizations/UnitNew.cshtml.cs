using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Organizations;

/// <summary>新建下级单位 under a government unit of the current subtree.</summary>
[RequirePermission(Permission.ManageUnits)]
public sealed class UnitNewModel(OrganizationTree tree, ZwgkDbContext db) : AdminPageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public Organization? Parent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? parentId)
    {
        Input.ParentId = parentId;
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // Only a root needs the system admin; the service decides again when the form is sent.
        var allowed = Parent is null ? Access.IsSystemAdmin : Access.Has(Permission.ManageUnits, Parent.UnitPath);
        return allowed ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var outcome = await tree.CreateAsync(Input);
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = $"已新建单位“{outcome.Value!.Name}”。";
            return Redirect("/admin/units");
        }, () => Task.FromResult<IActionResult>(Page()), "Input");
    }

    private async Task<bool> LoadAsync()
    {
        Title = "新建单位";
        if (Input.ParentId is int id)
        {
            Parent = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
            return Parent is not null;
        }

        return true;
    }
}
