using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Admin;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Accounts;

/// <summary>新建用户 with a home unit in the current subtree and an optional first role there.</summary>
[RequirePermission(Permission.ManageUsers)]
public sealed class UserNewModel(UserAdministration admin, CurrentUnit current) : AdminPageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.HomeUnitId = Unit?.Id ?? 0;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await admin.CreateAsync(Input);
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = $"已新建用户“{outcome.Value!.UserName}”。";
            return Redirect($"/admin/users/{outcome.Value.Id}");
        }, async () =>
        {
            await LoadAsync();
            return Page();
        }, "Input");
    }

    private async Task LoadAsync()
    {
        Title = "新建用户";
        var units = await (await current.SubtreeAsync(Permission.ManageUsers)).AsNoTracking().ToListAsync();
        Units = UnitOptions.Items(units, Input.HomeUnitId);
    }
}
