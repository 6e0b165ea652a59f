using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Documents;

namespace Zwgk.Web.Outbound;

/// <summary>What happened to a document that a channel is told of.</summary>
public enum OutboundEvent
{
    Published,
    Corrected,
    Withdrawn,
}

/// <summary>Where a delivery is: waiting (first attempt or a retry), delivered, or given up after the last attempt.</summary>
public enum DeliveryState
{
    Pending,
    Failing,
    Delivered,
    Abandoned,
}

public static class OutboundLabels
{
    public static string DisplayName(this OutboundEvent e) => e switch
    {
        OutboundEvent.Published => "发布",
        OutboundEvent.Corrected => "更正",
        OutboundEvent.Withdrawn => "撤稿",
        _ => e.ToString(),
    };

    /// <summary>The event's name in the payload and the X-Zwgk-Event header (README, 同源发布).</summary>
    public static string WireName(this OutboundEvent e) => e switch
    {
        OutboundEvent.Published => "document.published",
        OutboundEvent.Corrected => "document.corrected",
        OutboundEvent.Withdrawn => "document.withdrawn",
        _ => e.ToString(),
    };

    public static string DisplayName(this DeliveryState s) => s switch
    {
        DeliveryState.Pending => "待发送",
        DeliveryState.Failing => "发送失败，等待重试",
        DeliveryState.Delivered => "已送达",
        DeliveryState.Abandoned => "多次失败，已停止重试",
        _ => s.ToString(),
    };
}

/// <summary>
/// One message to one channel about one step of one document: the outbox row, written in the transaction of the
/// step itself, and then the record of its delivery. The payload is frozen when the row is written, so every attempt
/// sends the same body and the receiver can tell a retry by its delivery id.
/// </summary>
public sealed class OutboundDelivery
{
    private readonly List<OutboundAttempt> _attempts = [];

    public long Id { get; private set; }

    public int ChannelId { get; private set; }

    public int DocumentId { get; private set; }

    public OutboundEvent Event { get; private set; }

    public int DocumentVersion { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string Payload { get; private set; } = "";

    public DeliveryState State { get; private set; }

    public int AttemptCount { get; private set; }

    public DateTime? NextAttemptAt { get; private set; }

    /// <summary>While an instance is sending, it holds the row until this time (see <see cref="OutboundDispatcher"/>).</summary>
    public DateTime? LeaseUntil { get; private set; }

    public Guid? LeaseToken { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public IReadOnlyList<OutboundAttempt> Attempts => _attempts;

    private OutboundDelivery()
    {
    }

    public static OutboundDelivery Queue(int channelId, Document document, OutboundEvent e, string payload, DateTime now) => new()
    {
        ChannelId = channelId,
        DocumentId = document.Id,
        Event = e,
        DocumentVersion = document.CurrentVersion,
        CreatedAt = now,
        Payload = payload,
        State = DeliveryState.Pending,
        NextAttemptAt = now,
    };

    /// <summary>The receiver answered 2xx.</summary>
    public void Succeeded(DateTime startedAt, DateTime now, int status)
    {
        _attempts.Add(new OutboundAttempt(Id, ++AttemptCount, startedAt, now, status, null));
        State = DeliveryState.Delivered;
        DeliveredAt = now;
        LastAttemptAt = now;
        LastStatusCode = status;
        LastError = null;
        NextAttemptAt = null;
        Release();
    }

    /// <summary>A non-2xx answer, a timeout or a refused connection: retried at <paramref name="retryAt"/>, or given up when null.</summary>
    public void Failed(DateTime startedAt, DateTime now, int? status, string error, DateTime? retryAt)
    {
        var text = error.Length <= 500 ? error : error[..499] + "…";
        _attempts.Add(new OutboundAttempt(Id, ++AttemptCount, startedAt, now, status, text));
        State = retryAt is null ? DeliveryState.Abandoned : DeliveryState.Failing;
        LastAttemptAt = now;
        LastStatusCode = status;
        LastError = text;
        NextAttemptAt = retryAt;
        Release();
    }

    /// <summary>A person asks for another round of attempts after the channel was fixed.</summary>
    public void Retry(DateTime now)
    {
        Zwgk.Domain.Workflow.Guard.Require(State is DeliveryState.Failing or DeliveryState.Abandoned, "只有发送失败的消息可以重新发送。");
        State = DeliveryState.Failing;
        NextAttemptAt = now;
    }

    private void Release()
    {
        LeaseUntil = null;
        LeaseToken = null;
    }
}

/// <summary>One try at delivering: when, how long, the receiver's status code or the error.</summary>
public sealed class OutboundAttempt
{
    public long Id { get; private set; }

    public long DeliveryId { get; private set; }

    public int Number { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime FinishedAt { get; private set; }

    public int? StatusCode { get; private set; }

    public string? Error { get; private set; }

    private OutboundAttempt()
    {
    }

    public OutboundAttempt(long deliveryId, int number, DateTime startedAt, DateTime finishedAt, int? statusCode, string? error)
    {
        DeliveryId = deliveryId;
        Number = number;
        StartedAt = startedAt;
        FinishedAt = finishedAt;
        StatusCode = statusCode;
        Error = error;
    }
}

internal sealed class OutboundDeliveryConfiguration : IEntityTypeConfiguration<OutboundDelivery>
{
    public void Configure(EntityTypeBuilder<OutboundDelivery> b)
    {
        b.ToTable("OutboundDeliveries");
        b.Property(d => d.Event).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Payload).IsRequired();
        b.Property(d => d.LastError).HasMaxLength(500);
        b.HasOne<OutboundChannel>().WithMany().HasForeignKey(d => d.ChannelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(d => d.DocumentId).OnDelete(DeleteBehavior.Cascade);
        // The dispatcher's scan: what is due, oldest first.
        b.HasIndex(d => new { d.State, d.NextAttemptAt });
        b.HasIndex(d => new { d.DocumentId, d.ChannelId });
        b.HasIndex(d => new { d.ChannelId, d.CreatedAt });
        b.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Attempts).HasField("_attempts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OutboundAttemptConfiguration : IEntityTypeConfiguration<OutboundAttempt>
{
    public void Configure(EntityTypeBuilder<OutboundAttempt> b)
    {
        b.ToTable("OutboundAttempts");
        b.Property(a => a.Error).HasMaxLength(500);
        b.HasIndex(a => a.DeliveryId);
    }
}
