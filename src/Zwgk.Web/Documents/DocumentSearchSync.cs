using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Search;
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
            await index.RemoveAsync(d.Id, ct);
            return;
        }

        var unit = await db.Organizations.AsNoTracking().Where(o => o.Id == d.UnitId).Select(o => new { o.Path }).SingleAsync(ct);
        var attachmentText = d.Id == 0 ? [] : await db.DocumentAttachments.AsNoTracking()
            .Where(a => a.DocumentId == d.Id && a.ExtractedText != null).Select(a => a.ExtractedText!).ToListAsync(ct);
        var body = html.ToText(d.BodyHtml);
        var searchable = string.Join('\n', new[] { d.DocumentNumber ?? "", d.IndexNumber ?? "", d.Keywords ?? "", body }.Concat(attachmentText));
        await index.UpsertAsync(new SearchEntry
        {
            DocumentId = d.Id,
            SiteId = d.SiteId,
            UnitId = d.UnitId,
            UnitPath = unit.Path,
            Title = d.Title,
            DocumentNumber = d.DocumentNumber,
            IndexNumber = d.IndexNumber,
            Topic = d.Topics,
            Genre = d.Genre,
            Year = (d.WrittenOn ?? ChinaTime.DateOf(d.PublishedAt!.Value)).Year,
            Validity = d.ValidityOn(ChinaTime.Today(clock)).ToString(),
            PublishedAt = d.PublishedAt!.Value,
            Url = $"/doc/{d.Id}",
            TitleTokens = ChineseTokenizer.ToIndexText(d.Title),
            BodyTokens = ChineseTokenizer.ToIndexText(searchable),
            PlainText = Truncate(d.Title + "\n" + body + "\n" + string.Join('\n', attachmentText), 20_000),
        }, ct);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
