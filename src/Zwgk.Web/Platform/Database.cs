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
            services.AddDbContext<ZwgkDbContext, SqliteZwgkDbContext>(o => Strict(o.UseSqlite(connection, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)), env));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("Database:Provider=Postgres 需要配置 ConnectionStrings:Zwgk。");
            }

            services.AddDbContext<ZwgkDbContext, PostgresZwgkDbContext>(o => Strict(o.UseNpgsql(connection, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)), env));
        }

        return services;
    }

    /// <summary>
    /// In Development (and so in every test) a query taking First without an order fails where it is written, since which
    /// row it gets depends on the engine's plan; elsewhere EF only logs it.
    /// </summary>
    private static DbContextOptionsBuilder Strict(DbContextOptionsBuilder o, IHostEnvironment env) =>
        env.IsDevelopment() ? o.ConfigureWarnings(w => w.Throw(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.FirstWithoutOrderByAndFilterWarning)) : o;

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
