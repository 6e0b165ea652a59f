using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Zwgk.Domain.Calendar;
using Zwgk.Web.PageCache;
using Zwgk.Web.Platform;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Documents;

/// <summary>The print view of a public document: the same content and page tags without navigation.</summary>
[OutputCache(PolicyName = PageCacheSetup.Policy)]
public sealed class DocumentPrintModel(ZwgkDbContext db, TimeProvider clock) : PortalPageModel
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
        view.ApplyTags(Tags, Request);
        return Page();
    }
}
