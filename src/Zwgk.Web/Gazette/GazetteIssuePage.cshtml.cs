using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Zwgk.Web.PageCache;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Gazette;

/// <summary>One issue of a gazette on the portal: its date, its contents (the documents it carries, in order) and its PDF.</summary>
[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class GazetteIssuePageModel(GazetteService gazette) : PortalPageModel
{
    public GazetteIssueView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await gazette.PublicIssueAsync(Site.Id, id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Title = $"{view.Column.Name} {view.Issue.Label}";
        return Page();
    }
}
