using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Gazette;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Gazette;

/// <summary>
/// One issue in the console: its contents in order; while a draft, editors add published documents of the site, move
/// and remove them; a reviewer publishes it (audited). Published contents are fixed.
/// </summary>
public sealed class GazetteIssueAdminModel(ZwgkDbContext db, GazetteService gazette) : AdminPageModel
{
    public GazetteIssueView View { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Title, DateTime? PublishedAt)> Candidates { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanPublish { get; private set; }

    public string? Error { get; private set; }

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public Task<IActionResult> OnPostAddAsync(int id, int documentId) =>
        StepAsync(id, Permission.EditContent, (issue, column) => gazette.AddAsync(issue, column, documentId), "已收录。");

    public Task<IActionResult> OnPostRemoveAsync(int id, int documentId) =>
        StepAsync(id, Permission.EditContent, (issue, _) => gazette.RemoveAsync(issue, documentId), "已移出本期目录。");

    public Task<IActionResult> OnPostMoveAsync(int id, int documentId, bool up) =>
        StepAsync(id, Permission.EditContent, (issue, _) => gazette.MoveAsync(issue, documentId, up), "已调整顺序。");

    public Task<IActionResult> OnPostPublishAsync(int id) =>
        StepAsync(id, Permission.ReviewContent, (issue, _) => gazette.PublishAsync(issue), "本期已发布，门户网站已可查看和下载 PDF。");

    private async Task<IActionResult> StepAsync(int id, Permission permission, Func<GazetteIssue, Column, Task> step, string done)
    {
        var issue = await gazette.LoadAsync(id);
        var column = issue is null ? null : await ColumnAsync(issue.ColumnId);
        if (issue is null || column is null)
        {
            return NotFound();
        }

        if (!Access.Has(permission, column.Site!.Organization!.UnitPath))
        {
            return Forbid();
        }

        try
        {
            await step(issue, column);
            Flash = done;
            return Redirect($"/admin/gazette/{id}");
        }
        catch (GazetteException e)
        {
            db.ChangeTracker.Clear();
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync(id);
        }
    }

    private Task<Column?> ColumnAsync(int columnId) =>
        db.Columns.AsNoTracking().Include(c => c.Site!).ThenInclude(s => s.Organization).SingleOrDefaultAsync(c => c.Id == columnId);

    private async Task<IActionResult> ShowAsync(int id)
    {
        var view = await gazette.IssueForStaffAsync(id);
        var column = view is null ? null : await ColumnAsync(view.Column.Id);
        if (view is null || column is null)
        {
            return NotFound();
        }

        var unit = column.Site!.Organization!.UnitPath;
        if (!Access.Has(Permission.EditContent, unit) && !Access.Has(Permission.ReviewContent, unit))
        {
            return Forbid();
        }

        View = view;
        Title = $"{view.Column.Name} {view.Issue.Label}";
        var draft = view.Issue.State == GazetteIssueState.Draft;
        CanEdit = draft && Access.Has(Permission.EditContent, unit);
        CanPublish = draft && Access.Has(Permission.ReviewContent, unit);
        Candidates = CanEdit ? await gazette.CandidatesAsync(view.Column, view.Issue) : [];
        return Page();
    }
}
