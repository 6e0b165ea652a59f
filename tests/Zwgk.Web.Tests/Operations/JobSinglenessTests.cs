using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Platform.Jobs;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Operations;

/// <summary>Two instances on one database: every turn of a scheduled job runs on one of them, once.</summary>
public sealed class JobSinglenessTests
{
    private sealed class CountingJob : IJob
    {
        public static readonly ConcurrentQueue<long> Turns = new();
        private static int _running;

        public static int Overlaps;

        public string Name => "test-counting";

        public TimeSpan Interval => TimeSpan.FromSeconds(2);

        public async Task RunAsync(IServiceProvider services, CancellationToken ct)
        {
            if (Interlocked.Increment(ref _running) > 1)
            {
                Interlocked.Increment(ref Overlaps);
            }

            Turns.Enqueue(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / (long)Interval.TotalMilliseconds);
            await Task.Delay(300, ct);
            Interlocked.Decrement(ref _running);
        }
    }

    [Fact]
    public async Task Two_hosts_on_one_database_run_each_turn_of_a_job_once()
    {
        var first = new ZwgkFactory { ConfigureServices = s => s.AddJob<CountingJob>() };
        await ((IAsyncLifetime)first).InitializeAsync();
        var second = ZwgkFactory.OnSameDatabaseAs(first);
        second.ConfigureServices = s => s.AddJob<CountingJob>();
        try
        {
            await ((IAsyncLifetime)second).InitializeAsync();
            for (var i = 0; i < 150 && CountingJob.Turns.Count < 5; i++)
            {
                await Task.Delay(200);
            }

            var turns = CountingJob.Turns.ToList();
            Assert.True(turns.Count >= 3, $"the job ran {turns.Count} times");
            // Without the lock each host runs every turn: twice as many runs as turns.
            Assert.True(turns.Count <= turns.Max() - turns.Min() + 1, $"{turns.Count} runs in {turns.Max() - turns.Min() + 1} turns");
            Assert.Equal(0, CountingJob.Overlaps);
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }
}
