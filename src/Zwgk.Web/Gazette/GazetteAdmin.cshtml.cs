using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Gazette;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Gazette;

/// <summary>The gazette columns the user may edit, their issues, and a form to start the next issue of each.</summary>
public sealed class GazetteAdminModel(ZwgkDbContext db, GazetteService gazette, TimeProvider clock) : AdminPageModel
{
    public sealed record GazetteColumn(Column Column, string SiteName, IReadOnlyList<GazetteIssue> Issues);

    public IReadOnlyList<GazetteColumn> Columns { get; private set; } = [];

    public int Year { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The column whose new-issue form was posted (its values are kept when refused).</summary>
    public int? PostedColumn { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(int columnId, int year, DateOnly? issuedOn)
    {
        var column = await EditableColumnAsync(columnId);
        if (column is null)
        {
            return Forbid();
        }

        try
        {
            var issue = await gazette.CreateAsync(column.Value.Column, column.Value.UnitId, year, issuedOn ?? throw new GazetteException("请填写出版日期。"));
            Flash = $"已新建{issue.Label}，请收录文件。";
            return Redirect($"/admin/gazette/{issue.Id}");
        }
        catch (GazetteException e)
        {
            Error = e.Message;
            PostedColumn = columnId;
            await LoadAsync();
            return Page();
        }
    }

    private async Task<(Column Column, int UnitId)?> EditableColumnAsync(int columnId)
    {
        var column = await db.Columns.AsNoTracking().Include(c => c.Site!).ThenInclude(s => s.Organization).SingleOrDefaultAsync(c => c.Id == columnId);
        return column is not null && column.ColumnType == GazetteService.ColumnType && Access.Has(Permission.EditContent, column.Site!.Organization!.UnitPath)
            ? (column, column.Site.OrganizationId)
            : null;
    }

    private async Task LoadAsync()
    {
        Title = "政府公报";
        Today = ChinaTime.Today(clock);
        Year = Today.Year;
        var columns = await db.Columns.AsNoTracking().Include(c => c.Site!).ThenInclude(s => s.Organization)
            .Where(c => c.ColumnType == GazetteService.ColumnType).OrderBy(c => c.SiteId).ThenBy(c => c.SortOrder).ToListAsync();
        var visible = columns.Where(c => Access.Has(Permission.EditContent, c.Site!.Organization!.UnitPath) || Access.Has(Permission.ReviewContent, c.Site.Organization.UnitPath)).ToList();
        var ids = visible.Select(c => c.Id).ToList();
        var issues = await db.Set<GazetteIssue>().AsNoTracking().Where(i => ids.Contains(i.ColumnId))
            .OrderByDescending(i => i.Year).ThenByDescending(i => i.Number).ToListAsync();
        var result = new List<GazetteColumn>();
        foreach (var c in visible)
        {
            result.Add(new GazetteColumn(c, c.Site!.Name, issues.Where(i => i.ColumnId == c.Id).ToList()));
        }

        Columns = result;
    }
}
