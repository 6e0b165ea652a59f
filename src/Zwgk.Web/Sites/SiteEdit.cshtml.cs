using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Sites;

/// <summary>Edits a site's details; the owning unit stays fixed.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class SiteEditModel(SiteAdministration sites, ZwgkDbContext db) : AdminPageModel, IRevisedPage
{
    public int? Revision => Current?.Revision;

    public Type RevisedType => typeof(Site);

    [BindProperty]
    public SiteInput Input { get; set; } = new();

    public Site Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var s = Current;
        Input = new SiteInput
        {
            Code = s.Code, Name = s.Name, Domain = s.Domain, SiteIdCode = s.SiteIdCode, OrganizationId = s.OrganizationId,
            Sponsor = s.Sponsor, Operator = s.Operator, IcpNumber = s.IcpNumber, PoliceRecordNumber = s.PoliceRecordNumber,
            ContactPhone = s.ContactPhone, ContactEmail = s.ContactEmail, Address = s.Address,
            RelaxSeparationOfDuties = s.RelaxSeparationOfDuties,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        Input.OrganizationId = Current.OrganizationId;
        var outcome = await sites.UpdateAsync(id, Input);
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = $"已保存站点“{outcome.Value!.Name}”。";
            return Redirect("/admin/sites");
        }, () => Task.FromResult<IActionResult>(Page()), "Input");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Title = "编辑站点";
        var site = await db.Sites.AsNoTracking().Include(s => s.Organization).SingleOrDefaultAsync(s => s.Id == id);
        if (site is null)
        {
            return NotFound();
        }

        if (!Access.Has(Permission.ManageSites, site.Organization!.UnitPath))
        {
            return Forbid();
        }

        Current = site;
        return null;
    }
}
