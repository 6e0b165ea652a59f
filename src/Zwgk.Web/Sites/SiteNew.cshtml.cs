using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;

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

        Flash = $"已新建站点“{outcome.Site!.Name}”，并生成了标准栏目。";
        return Redirect($"/admin/sites/{outcome.Site.Id}/columns");
    }

    private async Task LoadAsync()
    {
        Title = "新建站点";
        var units = await (await current.SubtreeAsync(Permission.ManageSites)).AsNoTracking().ToListAsync();
        Units = UnitOptions.Items(units, Input.OrganizationId);
    }
}
