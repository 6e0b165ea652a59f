using Medallion.Threading.Postgres;

namespace Zwgk.Web.Platform;

/// <summary>
/// Named locks held by one instance of the cluster at a time: PostgreSQL advisory locks when several instances share
/// one database; on SQLite (one instance by design) a lock inside the process, per database file.
/// Used by scheduled jobs (<see cref="Jobs.JobRunner{TJob}"/>) and by migrations on start.
/// </summary>
public sealed class ClusterLocks
{
    private readonly string? _postgres;
    private readonly string _localScope;

    public ClusterLocks(IConfiguration config, IHostEnvironment env)
    {
        var connection = config.GetConnectionString(Database.ConnectionName);
        if (Database.Provider(config) == DatabaseProvider.Postgres)
        {
            _postgres = connection;
            _localScope = "";
        }
        else
        {
            _localScope = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.SqliteConnectionString(connection, env.ContentRootPath)).DataSource;
        }
    }

    /// <summary>The lock if no other holder has it now, otherwise null; dispose the handle to release it.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct = default)
    {
        if (_postgres is not null)
        {
            return await Postgres(name).TryAcquireAsync(TimeSpan.Zero, ct);
        }

        return await ProcessGates.EnterAsync(LocalName(name), TimeSpan.Zero, ct);
    }

    /// <summary>Waits for the lock (at most <paramref name="timeout"/>, then throws <see cref="TimeoutException"/>).</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan timeout, CancellationToken ct = default)
    {
        if (_postgres is not null)
        {
            return await Postgres(name).AcquireAsync(timeout, ct);
        }

        return await ProcessGates.EnterAsync(LocalName(name), timeout, ct) ?? throw new TimeoutException($"等待锁 {name} 超时");
    }

    // Hashing maps any name onto the 64-bit advisory key space; names are ours, so collisions are not a concern.
    private PostgresDistributedLock Postgres(string name) => new(new PostgresAdvisoryLockKey("zwgk:" + name, allowHashing: true), _postgres!);

    private string LocalName(string name) => "lock|" + _localScope + "|" + name;
}
