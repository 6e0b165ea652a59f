using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Sites;

/// <summary>Edits a column's name, page tags, body and navigation settings.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class ColumnEditModel(SiteAdministration sites, ZwgkDbContext db) : AdminPageModel, IRevisedPage
{
    public int? Revision => Current?.Revision;

    public Type RevisedType => typeof(Column);

    [BindProperty]
    public ColumnInput Input { get; set; } = new();

    public Column Current { get; private set; } = null!;

    public IReadOnlyList<string> Types => ColumnTypes.ChoicesFor(Input.ColumnType is { Length: > 0 } t ? t : Current.ColumnType);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var c = Current;
        Input = new ColumnInput
        {
            Name = c.Name, Description = c.Description, Keywords = c.Keywords, ColumnType = c.ColumnType,
            Content = c.Content, ShowInNavigation = c.ShowInNavigation, SortOrder = c.SortOrder,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var outcome = await sites.UpdateColumnAsync(id, Input);
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = $"已保存栏目“{outcome.Value!.Name}”。";
            return Redirect($"/admin/sites/{outcome.Value.SiteId}/columns");
        }, () => Task.FromResult<IActionResult>(Page()), "Input");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Title = "编辑栏目";
        var column = await db.Columns.AsNoTracking().Include(c => c.Site!).ThenInclude(s => s.Organization).SingleOrDefaultAsync(c => c.Id == id);
        if (column is null)
        {
            return NotFound();
        }

        if (!Access.Has(Permission.ManageSites, column.Site!.Organization!.UnitPath))
        {
            return Forbid();
        }

        Current = column;
        return null;
    }
}
