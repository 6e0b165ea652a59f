using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Tests.Infrastructure;

/// <summary>
/// The real host on a fresh database of the engine chosen by ZWGK_TEST_DB (Sqlite, the default, or Postgres with
/// ZWGK_TEST_PG naming a server where it may create databases). Migrations and demo data run as on a real start.
/// <para>
/// The server's log is captured (<see cref="Log"/>): when the fixture is disposed, every Warning, Error or Critical
/// the server logged must match a fragment a test declared, or the test class fails with the list of entries.
/// A test that provokes a genuine warning declares it, with a comment saying why it is expected:
/// <code>
/// // The store is emptied on purpose: the download must say so and log an error.
/// fx.ExpectLog("is missing from the store");
/// </code>
/// A fragment matches the message, the logger category or the exception text (ordinal, case-sensitive), and stays
/// declared for the rest of the fixture (xUnit shares a fixture per class). A test that wants to pin its own steps
/// calls <c>fx.Log.AssertClean("…")</c> at its end. Warnings every host logs belong in <see cref="ServerLog"/>'s
/// short list, each with its reason; fix the server rather than growing it.
/// </para>
/// </summary>
public sealed class ZwgkFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _connection;
    private readonly string? _postgresDatabase;
    private readonly string? _sqliteFile;

    public ZwgkFactory()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var server = System.Environment.GetEnvironmentVariable("ZWGK_TEST_PG")
                ?? throw new InvalidOperationException("ZWGK_TEST_DB=Postgres needs ZWGK_TEST_PG (see scripts/test.sh).");
            _postgresDatabase = "zwgk_t_" + Guid.NewGuid().ToString("N")[..12];
            _connection = new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase, Pooling = false }.ConnectionString;
        }
        else
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"zwgk-test-{Guid.NewGuid():N}.db");
            _connection = $"Data Source={_sqliteFile}";
        }
    }

    // xUnit wants one public constructor on a fixture.
    private ZwgkFactory(string connection) => _connection = connection;

    /// <summary>A second host on the same database, as a second instance behind a load balancer; it creates and drops nothing.</summary>
    public static ZwgkFactory OnSameDatabaseAs(ZwgkFactory first, string environment = "Development") => new(first._connection) { HostEnvironment = environment };

    /// <summary>The connection string of this host's database (for the backup scripts).</summary>
    public string ConnectionString => _connection;

    public static DatabaseProvider Provider =>
        Enum.TryParse<DatabaseProvider>(System.Environment.GetEnvironmentVariable("ZWGK_TEST_DB"), true, out var p) ? p : DatabaseProvider.Sqlite;

    /// <summary>Warnings and errors the server logged (see the class comment).</summary>
    public ServerLog Log { get; } = new();

    /// <summary>Declares a warning or error this fixture's tests provoke on purpose (a fragment of its message, category or exception).</summary>
    public ZwgkFactory ExpectLog(string fragment)
    {
        Log.Expect(fragment);
        return this;
    }

    /// <summary>The host environment (Development by default; "Production" for the production error pages — no demo data then).</summary>
    public string HostEnvironment { get; init; } = "Development";

    /// <summary>Extra service registrations applied after the app's own (e.g. a fake clock).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Extra configuration applied over the test defaults (e.g. ForwardedHeaders:KnownProxies:0, a raised rate limit, Storage:Root, Demo:Seed).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (ConfigureServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }

        builder.ConfigureLogging(l => l.AddProvider(Log).AddFilter<ServerLog>(null, LogLevel.Warning));
        builder.UseEnvironment(HostEnvironment);
        if (HostEnvironment == "Production")
        {
            foreach (var fragment in ServerLog.ProductionWithoutCertificate)
            {
                Log.Expect(fragment);
            }
        }

        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Zwgk", _connection);
        builder.UseSetting("Demo:Seed", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();

        // Starting the server runs the migrations and seeds the demo region.
        StartServer();
    }

    /// <summary>Creates the empty database (PostgreSQL) without starting the host, e.g. to start two replicas on it at once.</summary>
    public async Task CreateDatabaseAsync()
    {
        if (_postgresDatabase is not null)
        {
            await using var admin = new NpgsqlConnection(System.Environment.GetEnvironmentVariable("ZWGK_TEST_PG"));
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase} ENCODING 'UTF8' TEMPLATE template0", admin);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A scope on the app's services, e.g. to read the database directly in an assertion.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Clients of other demo accounts, made once per factory (Api.ReviewerAsync).</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, Task<HttpClient>> SecondPerson { get; } = new();

    /// <summary>A second host (<see cref="OnSameDatabaseAs"/>) checks its log when disposed; the first after dropping its database.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is null && _sqliteFile is null)
        {
            Log.AssertClean(GetType().Name + " (second host)");
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(System.Environment.GetEnvironmentVariable("ZWGK_TEST_PG"));
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", admin);
            await cmd.ExecuteNonQueryAsync();
        }

        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(f);
            }
        }

        Log.AssertClean(GetType().Name);
    }
}
