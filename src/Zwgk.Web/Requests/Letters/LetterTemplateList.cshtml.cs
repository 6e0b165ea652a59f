using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Requests.Reports;

namespace Zwgk.Web.Requests.Letters;

/// <summary>The standard texts of one unit: which are the default and which the unit has edited.</summary>
[RequirePermission(Permission.HandleRequests)]
public sealed class LetterTemplateListModel(LetterTemplates templates, RequestReports reports) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    public List<SelectListItem> UnitItems { get; private set; } = [];

    public IReadOnlyList<TemplateListItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Title = "依申请公开文书模板";
        var units = await reports.UnitsAsync(HttpContext.RequestAborted);
        UnitId ??= units.Any(u => u.Id == Unit?.Id) ? Unit!.Id : (units.Count > 0 ? units[0].Id : (int?)null);
        UnitItems = UnitOptions.Items(units, UnitId);
        if (UnitId is null)
        {
            return Page();
        }

        switch (await templates.MayEditAsync(UnitId.Value, HttpContext.RequestAborted))
        {
            case null:
                return NotFound();
            case false:
                return Forbid();
        }

        Items = await templates.ListAsync(UnitId.Value, HttpContext.RequestAborted);
        return Page();
    }
}
