using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Outbound;

public sealed record DeliveryRow(long Id, int DocumentId, int ChannelId, string Channel, OutboundEvent Event, int Version, DeliveryState State, DateTime CreatedAt,
    int Attempts, DateTime? LastAttemptAt, int? LastStatusCode, string? LastError, DateTime? NextAttemptAt, DateTime? DeliveredAt);

public sealed record AttemptRow(long DeliveryId, int Number, DateTime StartedAt, DateTime FinishedAt, int? StatusCode, string? Error);

/// <summary>Where and when a document went (its console page and API), and a channel's delivery log.</summary>
public sealed class OutboundStatus(ZwgkDbContext db)
{
    public Task<List<DeliveryRow>> ForDocumentAsync(int documentId, CancellationToken ct = default) =>
        Rows(db.Set<OutboundDelivery>().Where(d => d.DocumentId == documentId)).ToListAsync(ct);

    public Task<List<DeliveryRow>> ForChannelAsync(int channelId, int take, CancellationToken ct = default) =>
        Rows(db.Set<OutboundDelivery>().Where(d => d.ChannelId == channelId)).Take(take).ToListAsync(ct);

    public Task<List<AttemptRow>> AttemptsAsync(IReadOnlyCollection<long> deliveryIds, CancellationToken ct = default) =>
        db.Set<OutboundAttempt>().AsNoTracking().Where(a => deliveryIds.Contains(a.DeliveryId)).OrderBy(a => a.DeliveryId).ThenBy(a => a.Number)
            .Select(a => new AttemptRow(a.DeliveryId, a.Number, a.StartedAt, a.FinishedAt, a.StatusCode, a.Error)).ToListAsync(ct);

    private IQueryable<DeliveryRow> Rows(IQueryable<OutboundDelivery> deliveries) =>
        from d in deliveries.AsNoTracking()
        join c in db.Set<OutboundChannel>() on d.ChannelId equals c.Id
        orderby d.Id descending
        select new DeliveryRow(d.Id, d.DocumentId, c.Id, c.Name, d.Event, d.DocumentVersion, d.State, d.CreatedAt, d.AttemptCount, d.LastAttemptAt, d.LastStatusCode, d.LastError,
            d.NextAttemptAt, d.DeliveredAt);
}
