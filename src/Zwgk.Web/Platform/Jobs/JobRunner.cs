namespace Zwgk.Web.Platform.Jobs;

/// <summary>
/// Runs one <see cref="IJob"/> at its aligned turns. The instance that takes the job's cluster lock runs the turn and
/// keeps the lock until just before the next turn, so an instance whose timer fires a little later skips it instead of
/// running it again. Scheduling uses the machine clock, not the app's <see cref="TimeProvider"/>, which tests move.
/// </summary>
public sealed class JobRunner<TJob>(TJob job, ClusterLocks locks, IServiceScopeFactory scopes, ILogger<JobRunner<TJob>> logger) : BackgroundService
    where TJob : class, IJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!job.RunsAtStart)
            {
                await Task.Delay(JobTurns.UntilNext(DateTimeOffset.UtcNow, job.Interval), stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                await TurnAsync(stoppingToken);
                await Task.Delay(JobTurns.UntilNext(DateTimeOffset.UtcNow, job.Interval), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task TurnAsync(CancellationToken ct)
    {
        var started = DateTimeOffset.UtcNow;
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
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await job.RunAsync(scope.ServiceProvider, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "任务 {Job} 运行失败，下一轮重试", job.Name);
            }

            var hold = JobTurns.HoldUntil(started, job.Interval) - DateTimeOffset.UtcNow;
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

    public static TimeSpan UntilNext(DateTimeOffset now, TimeSpan interval) => NextStart(now, interval) - now;

    /// <summary>The lock is released a little before the next turn, so the next turn is open to every instance.</summary>
    public static DateTimeOffset HoldUntil(DateTimeOffset started, TimeSpan interval) =>
        NextStart(started, interval) - TimeSpan.FromTicks(Math.Min(interval.Ticks / 10, TimeSpan.TicksPerSecond));
}
