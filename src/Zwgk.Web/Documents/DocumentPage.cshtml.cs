using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Zwgk.Domain.Calendar;
using Zwgk.Web.PageCache;
using Zwgk.Web.Platform;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Documents;

/// <summary>
/// The public page of a document, laid out like the State Council policy library: metadata table, title, body,
/// attachments, validity. Anything not public on this site (draft, filed, withdrawn, another site's) is 404.
/// </summary>
[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class DocumentPageModel(ZwgkDbContext db, TimeProvider clock) : PortalPageModel
{
    public PublicDocumentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var view = await PublicDocumentView.LoadAsync(db, Site, SiteColumns, id, ChinaTime.Today(clock), HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Title = view.Document.Title;
        if (view.Column is { } column)
        {
            TrailThrough(column, "正文");
        }
        else
        {
            Breadcrumbs.Add(new Crumb("正文"));
        }

        view.ApplyTags(Tags, Request);
        return Page();
    }
}
