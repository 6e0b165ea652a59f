using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Search;

namespace Zwgk.Web.Documents;

/// <summary>
/// Keeps a document's search entry in step with it, staged on the same DbContext so the change and the index
/// commit together: only a published, proactive document has an entry, so a withdrawn one disappears at once.
/// </summary>
public sealed class DocumentSearchSync(ZwgkDbContext db, SearchIndex index, DocumentHtml html, TimeProvider clock)
{
    public async Task SyncAsync(Document d, CancellationToken ct = default)
    {
        if (!d.IsPublic)
        {
            if (d.Id != 0)
            {
                await index.RemoveAsync(d.Id, ct);
            }

            return;
        }

        var unitPath = await db.Organizations.AsNoTracking().Where(o => o.Id == d.UnitId).Select(o => o.Path).SingleAsync(ct);
        var attachmentText = await db.DocumentAttachments.AsNoTracking()
            .Where(a => a.DocumentId == d.Id && a.ExtractedText != null && !a.PendingCorrection).Select(a => a.ExtractedText!).ToListAsync(ct);
        var body = string.Join("\n", new[] { html.ToText(d.BodyHtml) }.Concat(attachmentText).Append(d.Keywords ?? ""));
        var entry = new SearchEntry
        {
            DocumentId = d.Id,
            SiteId = d.SiteId,
            UnitId = d.UnitId,
            UnitPath = unitPath,
            Topic = d.Topics,
            Genre = d.Genre,
            Year = (d.WrittenOn ?? ChinaTime.DateOf(d.PublishedAt!.Value)).Year,
            Validity = d.ValidityOn(ChinaTime.Today(clock)).DisplayName(),
            PublishedAt = d.PublishedAt!.Value,
            Url = $"/doc/{d.Id}",
        }.SetContent(d.Title, body, d.DocumentNumber ?? d.ReprintOriginalNumber, d.IndexNumber); // a reprint is found by its original number
        await index.UpsertAsync(entry, ct);
    }
}
