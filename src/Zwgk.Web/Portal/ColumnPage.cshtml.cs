using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>A column page: its text, its sub-columns and the path back to the home page.</summary>
public sealed class ColumnPageModel(ZwgkDbContext db) : PortalPageModel
{
    public Column Column { get; private set; } = null!;

    public IReadOnlyList<Column> Children { get; private set; } = [];

    public IReadOnlyList<Column> Trail { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? path)
    {
        var slugPath = (path ?? "").Trim('/');
        var columns = await db.Columns.AsNoTracking().Where(c => c.SiteId == Site.Id).ToListAsync();
        var column = columns.SingleOrDefault(c => c.SlugPath == slugPath);
        if (column is null)
        {
            return NotFound();
        }

        Column = column;
        Title = column.Name;
        Tags.Column = column;
        Children = columns.Where(c => c.ParentId == column.Id).OrderBy(c => c.SortOrder).ToList();
        var trail = new List<Column>();
        for (var c = column; c is not null; c = columns.SingleOrDefault(p => p.Id == c.ParentId))
        {
            trail.Insert(0, c);
        }

        Trail = trail;
        return Page();
    }
}
