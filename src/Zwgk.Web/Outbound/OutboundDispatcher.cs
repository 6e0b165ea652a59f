using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly.Contrib.WaitAndRetry;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Jobs;

namespace Zwgk.Web.Outbound;

/// <summary>
/// Sends due outbox rows. A row is claimed before it is sent: one conditional UPDATE sets a lease only where no
/// other instance holds one, so with two instances on one PostgreSQL each attempt is made by exactly one of them,
/// even if both scan at the same moment (the job's cluster lock already keeps turns apart; the claim also covers a
/// person's 重新发送 and a turn that outlives its lock). Messages of one document to one channel go in order:
/// a withdrawal waits for its publication.
/// </summary>
public sealed class OutboundDispatcher(
    ZwgkDbContext db, IHttpClientFactory clients, ChannelSecrets secrets, TimeProvider clock, IOptions<OutboundOptions> options, ILogger<OutboundDispatcher> logger)
{
    public const string ClientName = "outbound";

    private const int BatchSize = 50;

    private OutboundOptions Settings => options.Value;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>One round: every message due now, oldest first; returns how many were attempted by this instance.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct = default)
    {
        var now = Now;
        var deliveries = db.Set<OutboundDelivery>();
        var due = await deliveries.AsNoTracking()
            .Where(d => (d.State == DeliveryState.Pending || d.State == DeliveryState.Failing) && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .Where(d => !deliveries.Any(o => o.ChannelId == d.ChannelId && o.DocumentId == d.DocumentId && o.Id < d.Id
                && (o.State == DeliveryState.Pending || o.State == DeliveryState.Failing)))
            .OrderBy(d => d.Id).Select(d => d.Id).Take(BatchSize).ToListAsync(ct);
        var attempted = 0;
        foreach (var id in due)
        {
            var token = Guid.NewGuid();
            if (await ClaimAsync(id, token, ct))
            {
                await SendAsync(id, token, ct);
                attempted++;
            }
        }

        return attempted;
    }

    private async Task<bool> ClaimAsync(long id, Guid token, CancellationToken ct)
    {
        var now = Now;
        DateTime? until = now + Settings.Timeout + TimeSpan.FromMinutes(1);
        Guid? lease = token;
        var claimed = await db.Set<OutboundDelivery>()
            .Where(d => d.Id == id && (d.State == DeliveryState.Pending || d.State == DeliveryState.Failing) && d.NextAttemptAt <= now
                && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until).SetProperty(d => d.LeaseToken, lease), ct);
        return claimed == 1;
    }

    private async Task SendAsync(long id, Guid token, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var delivery = await db.Set<OutboundDelivery>().SingleAsync(d => d.Id == id && d.LeaseToken == token, ct);
        var channel = await db.Set<OutboundChannel>().AsNoTracking().SingleAsync(c => c.Id == delivery.ChannelId, ct);
        var started = Now;
        if (!channel.Enabled || channel.WebhookUrl is null || channel.ProtectedSecret is null)
        {
            delivery.Failed(started, Now, null, "渠道已停用或没有推送地址，不再发送。", null);
            await db.SaveChangesAsync(ct);
            return;
        }

        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, channel.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event.WireName());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secrets.Unprotect(channel.ProtectedSecret), timestamp, body));

        int? status = null;
        string? error = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Settings.Timeout);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = $"接收方答复 HTTP {status}";
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            error = $"接收方 {Settings.Timeout.TotalSeconds:0} 秒内没有答复";
        }
        catch (HttpRequestException e)
        {
            error = "无法连接接收方：" + (e.InnerException?.Message ?? e.Message);
        }

        if (error is null)
        {
            delivery.Succeeded(started, Now, status!.Value);
        }
        else
        {
            var retryAt = RetryDelay(delivery.AttemptCount + 1) is { } wait ? Now + wait : (DateTime?)null;
            delivery.Failed(started, Now, status, error, retryAt);
            // Information, not a warning: a receiver being down is the channel's business, shown in its delivery log.
            logger.LogInformation("同源发布消息 {Delivery} 发送到渠道 {Channel} 失败（第 {Attempt} 次）：{Error}", delivery.Id, channel.Id, delivery.AttemptCount, error);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based): exponential from Outbound:FirstRetryDelay; null when it was the last.</summary>
    public TimeSpan? RetryDelay(int attempt) =>
        attempt >= Settings.MaxAttempts ? null
            : Backoff.ExponentialBackoff(Settings.FirstRetryDelay, Settings.MaxAttempts - 1, factor: 2).ElementAt(attempt - 1);
}

/// <summary>The scheduled turn of <see cref="OutboundDispatcher"/>.</summary>
public sealed class OutboundDeliveryJob(IOptions<OutboundOptions> options) : IJob
{
    public string Name => "outbound-delivery";

    public TimeSpan Interval => options.Value.Interval;

    public Task RunAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<OutboundDispatcher>().DeliverDueAsync(ct);
}
