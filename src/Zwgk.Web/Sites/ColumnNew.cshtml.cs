using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Sites;

/// <summary>新建栏目 on a site: an ordinary or special column (重点领域, 公众参与 …) with its type and page tags; presets fill the form without script.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class ColumnNewModel(ColumnAdministration columns, ZwgkDbContext db) : AdminPageModel
{
    [BindProperty]
    public NewColumnInput Input { get; set; } = new();

    public Site Site { get; private set; } = null!;

    public string? Preset { get; private set; }

    /// <summary>Columns a new one may go under: live, and not yet at the deepest level.</summary>
    public IReadOnlyList<(int Id, string Name)> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? preset, int? parent)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        Input.ParentId = Parents.Any(p => p.Id == parent) ? parent : null;
        if (ColumnPreset.All.FirstOrDefault(p => p.Key == preset) is { } chosen)
        {
            Preset = chosen.Key;
            Input.Slug = chosen.Slug;
            Input.Name = chosen.Name;
            Input.ColumnType = chosen.ColumnType;
            Input.Description = chosen.Description;
            Input.Keywords = chosen.Keywords;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var outcome = await columns.CreateAsync(id, Input);
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = $"已新建栏目“{outcome.Value!.Name}”（/col/{outcome.Value.SlugPath}）。";
            return Redirect($"/admin/sites/{id}/columns");
        }, () => Task.FromResult<IActionResult>(Page()), "Input");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Title = "新建栏目";
        var site = await db.Sites.AsNoTracking().Include(s => s.Organization).SingleOrDefaultAsync(s => s.Id == id);
        if (site is null)
        {
            return NotFound();
        }

        if (!Access.Has(Permission.ManageSites, site.Organization!.UnitPath))
        {
            return Forbid();
        }

        Site = site;
        var all = await db.Columns.AsNoTracking().Where(c => c.SiteId == id && c.RetiredAt == null).OrderBy(c => c.SlugPath).ToListAsync();
        Parents = all.Where(c => c.SlugPath.Count(ch => ch == '/') + 1 < ColumnAdministration.MaxDepth)
            .Select(c => (c.Id, $"{new string('　', c.SlugPath.Count(ch => ch == '/'))}{c.Name}（/col/{c.SlugPath}）")).ToList();
        return null;
    }
}
