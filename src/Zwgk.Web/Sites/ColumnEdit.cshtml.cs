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
public sealed class ColumnEditModel(SiteAdministration sites, ColumnAdministration columns, ZwgkDbContext db) : AdminPageModel, IRevisedPage
{
    public int? Revision => Current?.Revision;

    public Type RevisedType => typeof(Column);

    [BindProperty]
    public ColumnInput Input { get; set; } = new();

    public Column Current { get; private set; } = null!;

    /// <summary>停用原因 (the retire form's one field).</summary>
    [BindProperty]
    public string? Reason { get; set; }

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

    // The column list's buttons post here (the form carries the column's revision), and come back to the list.
    public Task<IActionResult> OnPostMoveAsync(int id, ColumnMove direction) => StepAsync(id, () => columns.MoveAsync(id, direction), c => $"已调整栏目“{c.Name}”的顺序。");

    public Task<IActionResult> OnPostHideAsync(int id) => StepAsync(id, () => columns.SetShownAsync(id, false), c => $"已隐藏栏目“{c.Name}”：门户的导航和栏目列表中不再出现，地址仍可访问。");

    public Task<IActionResult> OnPostShowAsync(int id) => StepAsync(id, () => columns.SetShownAsync(id, true), c => $"栏目“{c.Name}”已在门户中显示。");

    public Task<IActionResult> OnPostRetireAsync(int id) => StepAsync(id, () => columns.RetireAsync(id, Reason), c => $"已停用栏目“{c.Name}”：其地址对公众不再可用，栏目中的信息仍保持发布。");

    public Task<IActionResult> OnPostRestoreAsync(int id) => StepAsync(id, () => columns.RestoreAsync(id), c => $"已恢复栏目“{c.Name}”。");

    private async Task<IActionResult> StepAsync(int id, Func<Task<StepResult<Column>>> step, Func<Column, string> done)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        // These forms carry no column fields: only the step's own messages belong on the page.
        ModelState.Clear();
        var outcome = await step();
        return await outcome.ToPageAsync(this, () =>
        {
            Flash = done(outcome.Value!);
            return Redirect($"/admin/sites/{Current.SiteId}/columns");
        }, async () => await OnGetAsync(id), null);
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
