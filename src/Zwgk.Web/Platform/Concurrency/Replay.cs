using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Zwgk.Web.Platform.Concurrency;

/// <summary>
/// Runs a whole unit of work again when PostgreSQL reports a transient failure (serialization failure 40001,
/// deadlock 40P01, a dropped connection), with Npgsql's own execution strategy. Only for work that can be replayed
/// from the start: the operation begins its own transaction and clears what an earlier attempt left tracked.
/// Not switched on for every context, because a retrying strategy refuses transactions it did not start.
/// SQLite has one writer and waits for it (busy timeout), so there the work runs once.
/// </summary>
public static class Replay
{
    private const int Attempts = 4;

    public static Task<T> ReplayableAsync<T>(this ZwgkDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        var strategy = db.Database.IsNpgsql() ? new NpgsqlRetryingExecutionStrategy(db, Attempts) : db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            return await work(token);
        }, ct);
    }
}
