using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Organizations;

/// <summary>Edits a unit's details, or deletes it with a reason. Level, kind and parent stay fixed.</summary>
[RequirePermission(Permission.ManageUnits)]
public sealed class UnitEditModel(OrganizationTree tree, ZwgkDbContext db) : AdminPageModel, IRevisedPage
{
    public int? Revision => Current?.Revision;

    public Type RevisedType => typeof(Organization);

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public Organization Current { get; private set; } = null!;

    public string? ParentName { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        Input = new UnitInput
        {
            Name = Current.Name,
            ShortName = Current.ShortName,
            CreditCode = Current.CreditCode,
            Address = Current.Address,
            Phone = Current.Phone,
            Email = Current.Email,
            OfficeHours = Current.OfficeHours,
            SortOrder = Current.SortOrder,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var outcome = await tree.UpdateAsync(id, Input);
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = $"已保存单位“{outcome.Value!.Name}”。";
            return Redirect("/admin/units");
        }, () => Task.FromResult<IActionResult>(Page()), "Input");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, string? reason)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var outcome = await tree.DeleteAsync(id, reason ?? "");
        // The delete form posts no unit fields: drop their binding errors; a refusal shows the stored values again.
        ModelState.Clear();
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = $"已删除单位“{Current.Name}”。";
            return Redirect("/admin/units");
        }, () => OnGetAsync(id), "Delete");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Title = "编辑单位";
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        if (!Access.Has(Permission.ManageUnits, unit.UnitPath))
        {
            return Forbid();
        }

        Current = unit;
        ParentName = unit.ParentId is int p ? await db.Organizations.Where(o => o.Id == p).Select(o => o.Name).SingleAsync() : null;
        return null;
    }
}
