using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Outbound;

/// <summary>
/// Writes the outbox rows of a document step (同源发布, seed 000 §三(三)2): called by <see cref="Documents.DocumentService"/>
/// after a step and before its save, so the rows are committed with the publication, correction or withdrawal itself,
/// or not at all. One row per enabled webhook channel that carries the document's unit.
/// </summary>
public sealed class OutboundQueue(ZwgkDbContext db, PublicLinks links, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Queues a message per channel for each step the document has just taken (events not yet saved).</summary>
    public async Task QueueAsync(Document document, CancellationToken ct = default)
    {
        foreach (var step in document.Events.Where(e => e.Id == 0).ToList())
        {
            var e = step.Action switch
            {
                "Published" => OutboundEvent.Published,
                "Corrected" => OutboundEvent.Corrected,
                // Only what was public can be withdrawn from other channels; a scheduled document never left.
                "Withdrawn" when document.PublishedAt is not null => (OutboundEvent?)OutboundEvent.Withdrawn,
                _ => null,
            };
            if (e is { } kind)
            {
                await QueueAsync(document, kind, step.Note, ct);
            }
        }
    }

    private async Task QueueAsync(Document document, OutboundEvent e, string? reason, CancellationToken ct)
    {
        var unit = await db.Organizations.AsNoTracking().Where(o => o.Id == document.UnitId).Select(o => new { o.Name, o.Path }).SingleAsync(ct);
        var channels = await db.Set<OutboundChannel>().AsNoTracking()
            .Where(c => c.Enabled && c.WebhookUrl != null)
            .Where(c => c.UnitId == document.UnitId || (c.IncludeSubunits && db.Organizations.Any(o => o.Id == c.UnitId && unit.Path.StartsWith(o.Path))))
            .OrderBy(c => c.Id).ToListAsync(ct);
        if (e == OutboundEvent.Withdrawn)
        {
            // A withdrawal goes where the document went, and nowhere it never reached.
            var reached = await db.Set<OutboundDelivery>().Where(d => d.DocumentId == document.Id).Select(d => d.ChannelId).Distinct().ToListAsync(ct);
            channels = channels.Where(c => reached.Contains(c.Id)).ToList();
        }

        if (channels.Count == 0)
        {
            return;
        }

        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == document.SiteId, ct);
        var attachments = e == OutboundEvent.Withdrawn ? [] : await db.DocumentAttachments.AsNoTracking().Where(a => a.DocumentId == document.Id)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.FileName, a.Size }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var channel in channels)
        {
            var payload = new Payload(
                e.WireName(),
                now,
                new ChannelRef(channel.Id, channel.Name),
                new DocumentRef(
                    document.Id,
                    document.CurrentVersion,
                    document.Title,
                    document.DocumentNumber ?? document.ReprintOriginalNumber,
                    document.IndexNumber,
                    document.IssuingUnits.Split('、', StringSplitOptions.RemoveEmptyEntries),
                    unit.Name,
                    site.Name,
                    document.WrittenOn,
                    document.PublishedAt,
                    links.Document(site, document.Id),
                    e == OutboundEvent.Withdrawn ? null : document.Attribute.Label(),
                    e == OutboundEvent.Withdrawn ? null : document.Summary,
                    e == OutboundEvent.Withdrawn ? null : document.BodyHtml,
                    e == OutboundEvent.Withdrawn ? null : attachments.Select(a => new AttachmentRef(a.FileName, a.Size, links.Attachment(site, document.Id, a.Id))).ToList(),
                    // 转载: the other channels name the source as the portal does.
                    document.Reprint?.Line()),
                e == OutboundEvent.Published ? null : reason);
            db.Add(OutboundDelivery.Queue(channel.Id, document, e, JsonSerializer.Serialize(payload, Json), now));
        }
    }

    /// <summary>The body of every webhook (README, 同源发布).</summary>
    public sealed record Payload(string Event, DateTime OccurredAt, ChannelRef Channel, DocumentRef Document, string? Reason);

    public sealed record ChannelRef(int Id, string Name);

    public sealed record DocumentRef(int Id, int Version, string Title, string? DocumentNumber, string? IndexNumber, string[] IssuingUnits, string Unit,
        string Site, DateOnly? WrittenOn, DateTime? PublishedAt, string Url, string? AttributeLabel, string? Summary, string? BodyHtml, IReadOnlyList<AttachmentRef>? Attachments,
        string? ReprintSource = null);

    public sealed record AttachmentRef(string FileName, long Size, string Url);
}
