using System.Threading.RateLimiting;

namespace Zwgk.Web.Platform.RateLimits;

/// <summary>
/// A fixed-window limit for one partition (policy and client) whose count lives in <see cref="IRateLimitCounter"/>,
/// so every instance spends the same budget. It has no state of its own: the middleware's synchronous attempt always
/// falls through to <see cref="AcquireAsyncCore"/>, which asks the store.
/// </summary>
public sealed class SharedWindowLimiter(IRateLimitCounter counter, TimeProvider clock, string partition, int permitLimit, TimeSpan window) : RateLimiter
{
    private long _lastUsedTicks = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Pending;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsedTicks, clock.GetTimestamp());
        var now = clock.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Ticks - (now.Ticks % window.Ticks), DateTimeKind.Utc);
        var end = start + window;
        var count = await counter.HitAsync($"{partition}:{start.Ticks}", end, cancellationToken);
        return count <= permitLimit ? Lease.Granted : new Lease(false, end - now);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease Pending = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
