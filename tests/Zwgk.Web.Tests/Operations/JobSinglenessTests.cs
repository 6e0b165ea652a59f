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
        /// <summary>When each run started (machine clock, as the runner schedules).</summary>
        public static readonly ConcurrentQueue<DateTimeOffset> Runs = new();
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

            Runs.Enqueue(DateTimeOffset.UtcNow);
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
            for (var i = 0; i < 200 && CountingJob.Runs.Count < 6; i++)
            {
                await Task.Delay(200);
            }

            var runs = CountingJob.Runs.ToList();
            Assert.True(runs.Count >= 4, $"the job ran {runs.Count} times");
            // A run starts inside its own turn (never before it, never after the holder's deadline), so two runs in one
            // turn are the same turn run twice: without the lock each host runs every turn and this fails at once.
            var turns = runs.GroupBy(r => JobTurns.Start(r, TimeSpan.FromSeconds(2))).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(turns.Count == 0, $"turns run more than once: {string.Join(", ", turns.Select(t => t.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)))}");
            Assert.Equal(0, CountingJob.Overlaps);
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }
}
