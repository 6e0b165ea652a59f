using Microsoft.AspNetCore.Mvc;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Platform;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Documents;

/// <summary>The print view of a public document: the same content and page tags without navigation.</summary>
public sealed class DocumentPrintModel(ZwgkDbContext db, TimeProvider clock) : PortalPageModel
{
    public PublicDocumentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var view = await PublicDocumentView.LoadAsync(db, Site, id, ChinaTime.Today(clock), HttpContext.RequestAborted);
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
