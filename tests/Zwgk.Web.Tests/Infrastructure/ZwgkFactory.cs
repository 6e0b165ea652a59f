using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Tests.Infrastructure;

/// <summary>
/// The real host on a fresh database of the engine chosen by ZWGK_TEST_DB (Sqlite, the default, or Postgres with
/// ZWGK_TEST_PG naming a server where it may create databases). Migrations and demo data run as on a real start.
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
            var server = Environment.GetEnvironmentVariable("ZWGK_TEST_PG")
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
    public static ZwgkFactory OnSameDatabaseAs(ZwgkFactory first) => new(first._connection);

    public static DatabaseProvider Provider =>
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("ZWGK_TEST_DB"), true, out var p) ? p : DatabaseProvider.Sqlite;

    /// <summary>Configuration given to the app as if from its environment (e.g. a raised rate limit).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Extra service registrations applied after the app's own (e.g. a fake clock).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (ConfigureServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }

        builder.UseEnvironment("Development");
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
        if (_postgresDatabase is not null)
        {
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("ZWGK_TEST_PG"));
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase} ENCODING 'UTF8' TEMPLATE template0", admin);
            await cmd.ExecuteNonQueryAsync();
        }

        // Starting the server runs the migrations and seeds the demo region.
        StartServer();
    }

    /// <summary>A scope on the app's services, e.g. to read the database directly in an assertion.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("ZWGK_TEST_PG"));
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
    }
}
