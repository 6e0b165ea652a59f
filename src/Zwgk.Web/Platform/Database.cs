using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zwgk.Web.Platform;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Chooses the provider from configuration (Database:Provider) and registers the matching context.</summary>
public static class Database
{
    public const string ConnectionName = "Zwgk";

    public static DatabaseProvider Provider(IConfiguration config) =>
        Enum.TryParse<DatabaseProvider>(config["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    public static IServiceCollection AddZwgkDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<Sequences.SequenceService>();
        var provider = Provider(config);
        var connection = config.GetConnectionString(ConnectionName);
        if (provider == DatabaseProvider.Sqlite)
        {
            connection = SqliteConnectionString(connection, env.ContentRootPath);
            // Single queries stay the default, said once here; a query that wants split loading asks with AsSplitQuery().
            services.AddDbContext<ZwgkDbContext, SqliteZwgkDbContext>(o => Configure(o.UseSqlite(connection, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)), env));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("Database:Provider=Postgres 需要配置 ConnectionStrings:Zwgk。");
            }

            connection = PostgresConnectionString(connection);
            services.AddDbContext<ZwgkDbContext, PostgresZwgkDbContext>(o => Configure(o.UseNpgsql(connection, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)), env));
        }

        return services;
    }

    /// <summary>
    /// In Development (and so in every test) a query taking First without an order fails where it is written, since which
    /// row it gets depends on the engine's plan; elsewhere EF only logs it.
    /// A failed save or command is logged where it is handled, not by EF as an error: some are expected answers (a
    /// duplicate form key is refused by its unique index), and the rest reach the error handler, which logs them.
    /// </summary>
    private static DbContextOptionsBuilder Configure(DbContextOptionsBuilder o, IHostEnvironment env) =>
        o.ConfigureWarnings(w =>
        {
            w.Log((Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug));
            if (env.IsDevelopment())
            {
                w.Throw(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.FirstWithoutOrderByAndFilterWarning);
            }
        });

    /// <summary>
    /// The configured connection string with automatic preparation on unless it says otherwise: every request runs the
    /// same few dozen statements, and unprepared each is parsed and planned again (an online filing spent about as much
    /// CPU in PostgreSQL's planner as in the app). Plans are per connection and re-made by the server after DDL.
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 128;
        }

        return builder.ToString();
    }

    /// <summary>Default "Data Source=data/zwgk.db" under the content root; relative paths are made absolute there and the folder created.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=data/zwgk.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // Writers wait for each other instead of failing at once.
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
        // EF reads the history table before it creates it and logs the failed read of a fresh database as an error
        // (dotnet/efcore#37328); an operator's first start should not begin with one.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}

/// <summary>Lets the EF tools build the SQLite context without starting the host (scripts/add-migration.sh).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteZwgkDbContext>
{
    public SqliteZwgkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteZwgkDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets the EF tools build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresZwgkDbContext>
{
    public PostgresZwgkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresZwgkDbContext>().UseNpgsql("Host=localhost;Database=zwgk_design").Options);
}
