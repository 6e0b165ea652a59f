namespace Zwgk.Web.Platform.RateLimits;

/// <summary>
/// Counts hits in one fixed window, in a store every instance shares (PostgreSQL, or Redis when configured), or in
/// this process on SQLite, which runs one instance.
/// </summary>
public interface IRateLimitCounter
{
    /// <summary>Adds one hit to the window named by <paramref name="key"/> and returns the hits counted in it so far.</summary>
    Task<long> HitAsync(string key, DateTime windowEndsAt, CancellationToken ct);

    /// <summary>The hits counted so far in the window named by <paramref name="key"/>, without adding one.</summary>
    Task<long> CountAsync(string key, CancellationToken ct);
}
