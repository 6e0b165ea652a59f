using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Outbound;

/// <summary>新建渠道; the signing secret is shown on the page that answers the form, once.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class ChannelNewModel(OutboundChannels channels, CurrentUnit current) : AdminPageModel
{
    [BindProperty]
    public ChannelInput Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public ChannelWithSecret? Created { get; private set; }

    public async Task OnGetAsync()
    {
        Input.UnitId = Unit?.Id ?? 0;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await channels.CreateAsync(Input);
        return await outcome.ToPageAsync(this, () =>
        {
            Title = "渠道已创建";
            Created = outcome.Value;
            return Page();
        }, async () =>
        {
            await LoadAsync();
            return Page();
        }, "Input");
    }

    private async Task LoadAsync()
    {
        Title = "新建同源发布渠道";
        var units = await (await current.SubtreeAsync(Permission.ManageSites)).AsNoTracking().ToListAsync();
        Units = UnitOptions.Items(units, Input.UnitId);
    }
}
