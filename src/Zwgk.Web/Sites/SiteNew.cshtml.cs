using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Sites;

/// <summary>新建站点 for a unit of the current subtree; the standard columns are created with it.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class SiteNewModel(SiteAdministration sites, CurrentUnit current) : AdminPageModel
{
    [BindProperty]
    public SiteInput Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.OrganizationId = Unit?.Id ?? 0;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await sites.CreateAsync(Input);
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = $"已新建站点“{outcome.Value!.Name}”，并生成了标准栏目。";
            return Redirect($"/admin/sites/{outcome.Value.Id}/columns");
        }, async () =>
        {
            await LoadAsync();
            return Page();
        }, "Input");
    }

    private async Task LoadAsync()
    {
        Title = "新建站点";
        var units = await (await current.SubtreeAsync(Permission.ManageSites)).AsNoTracking().ToListAsync();
        Units = UnitOptions.Items(units, Input.OrganizationId);
    }
}
