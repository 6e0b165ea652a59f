using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Outbound;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Outbound;

/// <summary>Two instances on one PostgreSQL: each message is sent by exactly one of them, however their rounds overlap.</summary>
public sealed class OutboundClusterTests : IAsyncLifetime
{
    private readonly ZwgkFactory _first = new();

    public async Task InitializeAsync()
    {
        OutboundFactory.Configure(_first);
        await ((IAsyncLifetime)_first).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_first).DisposeAsync();

    [PostgresFact]
    public async Task Two_instances_delivering_at_once_send_each_message_once()
    {
        await using var second = ZwgkFactory.OnSameDatabaseAs(_first);
        OutboundFactory.Configure(second);
        await using var receiver = await WebhookReceiver.StartAsync();
        var office = await _first.AsUserAsync(DemoAccounts.HaiyangOffice);
        var haiyang = await _first.UnitIdAsync("海阳市");
        for (var i = 0; i < 3; i++)
        {
            await OutboundTests.CreateChannelAsync(office, haiyang, receiver.Url($"/c{i}"), $"渠道{i}");
        }

        var documents = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            documents.Add(await OutboundTests.PublishAsync(_first, $"关于第{i + 1}批惠民政策落实情况的公告"));
        }

        // Both instances run rounds at the same moment, several times over.
        _ = second.Server;
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(OutboundTests.DeliverAsync(_first), OutboundTests.DeliverAsync(second), OutboundTests.DeliverAsync(_first), OutboundTests.DeliverAsync(second));
        }

        Assert.Equal(12, receiver.Requests.Count);
        Assert.Equal(12, receiver.Requests.Select(r => r.Headers[WebhookSignature.DeliveryHeader]).Distinct().Count());
        var states = await _first.DbAsync(db => db.Set<OutboundDelivery>().Where(d => documents.Contains(d.DocumentId)).Select(d => new { d.State, d.AttemptCount }).ToListAsync());
        Assert.Equal(12, states.Count);
        Assert.All(states, s => Assert.Equal((DeliveryState.Delivered, 1), (s.State, s.AttemptCount)));
    }
}
