using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Web.Admin;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Documents;

/// <summary>信息发布: the documents of the current unit's subtree, filtered by state and text.</summary>
public sealed class DocumentListModel(ZwgkDbContext db, CurrentUnit current, CalendarService calendars, TimeProvider clock) : AdminPageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"returned": only my drafts that a reviewer sent back (the 工作台's 待办).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Mine { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<DocumentRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public bool CanEdit => Access.HasAnywhere(Permission.EditContent);

    public bool CanReview => Access.HasAnywhere(Permission.ReviewContent);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!CanEdit && !CanReview)
        {
            return Forbid();
        }

        Title = "信息发布";
        var query = await DocumentConsole.InSubtreeAsync(db, current);
        if (Enum.TryParse<DocumentState>(State, out var state) && Enum.IsDefined(state))
        {
            query = query.Where(d => d.State == state);
        }
        else
        {
            State = null;
        }

        if (Mine == "returned")
        {
            query = Admin.WorkQueue.ReturnedTo(query, User.Identity?.Name ?? "");
        }
        else
        {
            Mine = null;
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(d => d.Title.Contains(q) || (d.DocumentNumber != null && d.DocumentNumber.Contains(q)) || (d.IndexNumber != null && d.IndexNumber.Contains(q)));
        }

        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await DocumentConsole.RowsAsync(db, query, await calendars.ForDeadlinesAsync(), ChinaTime.Today(clock), (PageNumber - 1) * PageSize, PageSize);
        return Page();
    }

    public string PageLink(int page) =>
        $"/admin/documents?state={Uri.EscapeDataString(State ?? "")}&q={Uri.EscapeDataString(Q ?? "")}{(Mine is null ? "" : "&mine=" + Mine)}&p={page}";
}
