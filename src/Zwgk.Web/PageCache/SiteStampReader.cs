using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;

namespace Zwgk.Web.PageCache;

/// <summary>
/// Reads the site a request is for and its content version: one indexed query per public request, on every
/// instance, so a change committed anywhere is seen by the very next request. It runs on every cached page, so it
/// is plain ADO.NET on the provider's pooled connections (same database as the context), with no EF pipeline.
/// </summary>
public sealed class SiteStampReader
{
    private const string Select = """SELECT s."Id", COALESCE((SELECT v."Version" FROM "PortalVersions" v WHERE v."SiteId" = s."Id"), 0) FROM "Sites" s""";

    private const string ByCodeSql = Select + """ WHERE s."Code" = @key""";

    // The site of this host name, else the default site (or the first one), in one round trip.
    private const string ByHostSql = Select + """
         WHERE s."Domain" = @key OR s."Id" = (SELECT d."Id" FROM "Sites" d ORDER BY d."IsDefault" DESC, d."Id" LIMIT 1)
         ORDER BY CASE WHEN s."Domain" = @key THEN 0 ELSE 1 END LIMIT 1
        """;

    private (DbProviderFactory Factory, string ConnectionString)? _database;

    public Task<SiteStamp?> ByCodeAsync(HttpContext http, string code) => QueryAsync(http, ByCodeSql, code);

    public Task<SiteStamp?> ByHostAsync(HttpContext http, string host) => QueryAsync(http, ByHostSql, host);

    private async Task<SiteStamp?> QueryAsync(HttpContext http, string sql, string key)
    {
        var (factory, connectionString) = _database ??= Discover(http.RequestServices.GetRequiredService<ZwgkDbContext>());
        await using var connection = factory.CreateConnection()!;
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(http.RequestAborted);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        return await reader.ReadAsync(http.RequestAborted) ? new SiteStamp(reader.GetInt32(0), reader.GetInt64(1)) : null;
    }

    // The context's own provider and connection string, so tests and deployments configure one thing.
    private static (DbProviderFactory, string) Discover(ZwgkDbContext db) =>
        (DbProviderFactories.GetFactory(db.Database.GetDbConnection()) ?? throw new InvalidOperationException("数据库驱动不支持 DbProviderFactory。"),
         db.Database.GetConnectionString() ?? throw new InvalidOperationException("未配置数据库连接字符串。"));
}
