using Microsoft.EntityFrameworkCore;

namespace Zwgk.Web.Platform.RateLimits;

/// <summary>
/// One upsert per hit: the row lock makes parallel hits from every instance count one after another, so the
/// (N+1)st is refused whichever instance takes it. Expired windows are deleted at most once a minute per instance.
/// </summary>
public sealed class PostgresRateLimitCounter(IServiceScopeFactory scopes, TimeProvider clock) : IRateLimitCounter
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private long _nextSweepTicks;

    public async Task<long> HitAsync(string key, DateTime windowEndsAt, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (now.Ticks >= next && Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepEvery).Ticks, next) == next)
        {
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "RateLimitCounters" WHERE "ExpiresAt" < {now}""", ct);
        }

        var counts = await db.Database.SqlQuery<long>($"""
            INSERT INTO "RateLimitCounters" ("Key", "Count", "ExpiresAt") VALUES ({key}, 1, {windowEndsAt})
            ON CONFLICT ("Key") DO UPDATE SET "Count" = "RateLimitCounters"."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct);
        return counts[0];
    }

    public async Task<long> CountAsync(string key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await db.Database.SqlQuery<long>($"""
            SELECT "Count" AS "Value" FROM "RateLimitCounters" WHERE "Key" = {key} AND "ExpiresAt" > {now}
            """).ToListAsync(ct);
        return counts.Count == 0 ? 0 : counts[0];
    }
}
