using System.Collections.Concurrent;

namespace Zwgk.Web.Platform.RateLimits;

/// <summary>The SQLite installation's store: one instance, so the counters live in its memory.</summary>
public sealed class MemoryRateLimitCounter(TimeProvider clock) : IRateLimitCounter
{
    private readonly ConcurrentDictionary<string, Window> _windows = new();
    private long _nextSweepTicks;

    public Task<long> HitAsync(string key, DateTime windowEndsAt, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now.Ticks >= Interlocked.Read(ref _nextSweepTicks))
        {
            Interlocked.Exchange(ref _nextSweepTicks, now.AddMinutes(1).Ticks);
            foreach (var (k, w) in _windows)
            {
                if (w.EndsAt <= now)
                {
                    _windows.TryRemove(k, out _);
                }
            }
        }

        var window = _windows.GetOrAdd(key, _ => new Window(windowEndsAt));
        return Task.FromResult(Interlocked.Increment(ref window.Count));
    }

    public Task<long> CountAsync(string key, CancellationToken ct) =>
        Task.FromResult(_windows.TryGetValue(key, out var w) && w.EndsAt > clock.GetUtcNow().UtcDateTime ? Interlocked.Read(ref w.Count) : 0);

    private sealed class Window(DateTime endsAt)
    {
        public readonly DateTime EndsAt = endsAt;
        public long Count;
    }
}
