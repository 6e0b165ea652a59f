namespace Zwgk.Web.Platform.RateLimits;

/// <summary>
/// A limit on failures rather than on requests: each client address may fail <c>limit</c> times per window (counted in
/// the shared store, so across every instance); successes cost nothing, so a whole office behind one address signs in
/// every morning while a password-guessing client is stopped after a few tries across many accounts.
/// </summary>
public sealed class FailureBudget(IRateLimitCounter counter, TimeProvider clock)
{
    /// <summary>How long until <paramref name="client"/> may try again, or null while it still has failures to spend.</summary>
    public async Task<TimeSpan?> ExhaustedAsync(string name, string client, int limit, TimeSpan window, CancellationToken ct)
    {
        var (key, end) = Window(name, client, window);
        return await counter.CountAsync(key, ct) >= limit ? end - clock.GetUtcNow().UtcDateTime : null;
    }

    /// <summary>Counts one failure of <paramref name="client"/>.</summary>
    public Task SpendAsync(string name, string client, TimeSpan window, CancellationToken ct)
    {
        var (key, end) = Window(name, client, window);
        return counter.HitAsync(key, end, ct);
    }

    private (string Key, DateTime End) Window(string name, string client, TimeSpan window)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var start = now.Ticks - (now.Ticks % window.Ticks);
        return ($"{name}:{client}:{start}", new DateTime(start, DateTimeKind.Utc) + window);
    }
}
