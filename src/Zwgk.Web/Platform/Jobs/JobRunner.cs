namespace Zwgk.Web.Platform.Jobs;

/// <summary>
/// Runs one <see cref="IJob"/> at its aligned turns. The instance that takes the job's cluster lock runs the turn and
/// keeps the lock until just before the next turn; an instance whose timer fires later finds it taken, or finds the turn
/// over once it is free, and skips it instead of running it again. Scheduling uses the machine clock, not the app's <see cref="TimeProvider"/>, which tests move.
/// </summary>
public sealed class JobRunner<TJob>(TJob job, ClusterLocks locks, IServiceScopeFactory scopes, ILogger<JobRunner<TJob>> logger) : BackgroundService
    where TJob : class, IJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var now = DateTimeOffset.UtcNow;
        var turn = job.RunsAtStart ? JobTurns.Start(now, job.Interval) : JobTurns.NextStart(now, job.Interval);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Timers may wake a millisecond early; a turn never starts before its time.
                for (var wait = turn - DateTimeOffset.UtcNow; wait > TimeSpan.Zero; wait = turn - DateTimeOffset.UtcNow)
                {
                    await Task.Delay(wait, stoppingToken);
                }

                await TurnAsync(turn, stoppingToken);
                var after = DateTimeOffset.UtcNow;
                turn = JobTurns.NextStart(after > turn ? after : turn, job.Interval);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task TurnAsync(DateTimeOffset turn, CancellationToken ct)
    {
        var deadline = JobTurns.HoldUntil(turn, job.Interval);
        IAsyncDisposable? held;
        try
        {
            held = await locks.TryAcquireAsync("job:" + job.Name, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "任务 {Job} 无法取得运行锁，本轮跳过", job.Name);
            return;
        }

        if (held is null)
        {
            logger.LogDebug("任务 {Job} 本轮由其他实例运行", job.Name);
            return;
        }

        await using (held)
        {
            // Woken so late that the turn's holder may already have run it and let go: leave it, the next turn is near.
            if (DateTimeOffset.UtcNow >= deadline)
            {
                logger.LogDebug("任务 {Job} 本轮已过，跳过", job.Name);
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await job.RunAsync(scope.ServiceProvider, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "任务 {Job} 运行失败，下一轮重试", job.Name);
            }

            var hold = deadline - DateTimeOffset.UtcNow;
            if (hold > TimeSpan.Zero)
            {
                await Task.Delay(hold, ct);
            }
        }
    }
}

/// <summary>Turn arithmetic: turns start at whole multiples of the interval since the Unix epoch.</summary>
public static class JobTurns
{
    public static DateTimeOffset NextStart(DateTimeOffset now, TimeSpan interval) =>
        DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(((now - DateTimeOffset.UnixEpoch).Ticks / interval.Ticks + 1) * interval.Ticks);

    public static DateTimeOffset Start(DateTimeOffset now, TimeSpan interval) => NextStart(now, interval) - interval;

    /// <summary>The lock is released a little before the next turn, so the next turn is open to every instance.</summary>
    public static DateTimeOffset HoldUntil(DateTimeOffset turn, TimeSpan interval) =>
        turn + interval - TimeSpan.FromTicks(Math.Min(interval.Ticks / 10, TimeSpan.TicksPerSecond));
}
