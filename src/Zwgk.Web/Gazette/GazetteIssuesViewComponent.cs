using Microsoft.AspNetCore.Mvc;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Gazette;

/// <summary>The published issues of a gazette column, newest first, grouped by year: shown on the column's page.</summary>
public sealed class GazetteIssuesViewComponent(GazetteService gazette) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Column column) =>
        View("~/Gazette/_GazetteIssues.cshtml", await gazette.PublishedIssuesAsync(column.Id, HttpContext.RequestAborted));
}
