using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Admin;

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
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome.Errors.Count > 0)
        {
            this.ShowErrors(outcome.Errors);
            await LoadAsync();
            return Page();
        }

        Flash = $"已新建用户“{outcome.User!.UserName}”。";
        return Redirect($"/admin/users/{outcome.User.Id}");
    }

    private async Task LoadAsync()
    {
        Title = "新建用户";
        var units = await (await current.SubtreeAsync(Permission.ManageUsers)).AsNoTracking().ToListAsync();
        Units = UnitOptions.Items(units, Input.HomeUnitId);
    }
}
