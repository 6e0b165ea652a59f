using System.Net;
using System.Net.Http.Json;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Edge;

/// <summary>Two instances spend one budget: the (N+1)st look-up is refused whichever instance takes it.</summary>
public sealed class SharedRateLimitTests
{
    private const int Limit = 4;

    [PostgresFact]
    public Task Two_instances_on_one_postgresql_share_the_tracking_limit() => TwoInstancesShareAsync(redis: null);

    [RedisFact]
    public async Task Two_instances_with_redis_share_the_tracking_limit()
    {
        using var redis = new RedisServer();
        await TwoInstancesShareAsync(redis.Configuration);
    }

    [RedisFact]
    public async Task A_failure_budget_reads_its_count_without_spending_in_redis_and_in_memory()
    {
        using var redis = new RedisServer();
        using var shared = new Zwgk.Web.Platform.RateLimits.RedisRateLimitCounter(redis.Configuration);
        foreach (var counter in new Zwgk.Web.Platform.RateLimits.IRateLimitCounter[] { shared, new Zwgk.Web.Platform.RateLimits.MemoryRateLimitCounter(TimeProvider.System) })
        {
            var budget = new Zwgk.Web.Platform.RateLimits.FailureBudget(counter, TimeProvider.System);
            var window = TimeSpan.FromMinutes(15);
            Assert.Null(await budget.ExhaustedAsync("signin", "203.0.113.5", 2, window, default));
            await budget.SpendAsync("signin", "203.0.113.5", window, default);
            Assert.Null(await budget.ExhaustedAsync("signin", "203.0.113.5", 2, window, default));
            await budget.SpendAsync("signin", "203.0.113.5", window, default);
            Assert.NotNull(await budget.ExhaustedAsync("signin", "203.0.113.5", 2, window, default));
            Assert.Null(await budget.ExhaustedAsync("signin", "203.0.113.6", 2, window, default));
        }
    }

    private static async Task TwoInstancesShareAsync(string? redis)
    {
        var first = Configure(new ZwgkFactory(), redis);
        await first.InitializeAsync();
        try
        {
            await using var second = Configure(ZwgkFactory.OnSameDatabaseAs(first), redis);
            using var a = first.CreateClient();
            using var b = second.CreateClient();

            // Parallel hits from both instances: exactly the limit gets through.
            var hits = Enumerable.Range(0, Limit + 2).Select(i => TrackAsync(i % 2 == 0 ? a : b, "203.0.113.7"));
            var statuses = await Task.WhenAll(hits);
            Assert.Equal(Limit, statuses.Count(s => s == HttpStatusCode.NotFound));
            Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));

            Assert.Equal(HttpStatusCode.TooManyRequests, await TrackAsync(a, "203.0.113.7"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await TrackAsync(b, "203.0.113.7"));
            Assert.Equal(HttpStatusCode.NotFound, await TrackAsync(b, "203.0.113.8"));
        }
        finally
        {
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    private static ZwgkFactory Configure(ZwgkFactory factory, string? redis)
    {
        factory.Settings["Requests:TrackingPermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (redis is not null)
        {
            factory.Settings["Redis:Configuration"] = redis;
        }

        factory.ConfigureServices = TestPeer.Register;
        return factory;
    }

    private static async Task<HttpStatusCode> TrackAsync(HttpClient client, string peer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests/status")
        {
            Content = JsonContent.Create(new { trackingNumber = "Y2026000001", accessCode = "WRONG1" }),
        };
        request.Headers.Add(TestPeer.Header, peer);
        return (await client.SendAsync(request)).StatusCode;
    }
}
