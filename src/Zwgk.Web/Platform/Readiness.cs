using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Attachments;

namespace Zwgk.Web.Platform;

/// <summary>
/// <c>/health/ready</c>: whether this instance can serve — the database answers a query and the file store (shared by
/// every instance) can be written, read back and cleaned. A load balancer takes an instance out while it answers 503.
/// <c>/health</c> stays a liveness check that touches nothing.
/// </summary>
public static class Readiness
{
    public static IEndpointConventionBuilder MapReadiness(this IEndpointRouteBuilder app) =>
        app.MapGet("/health/ready", CheckAsync).WithTags("平台").AllowAnonymous().WithSummary("就绪检查：数据库可查询、文件存储可读写");

    private static async Task<IResult> CheckAsync(ZwgkDbContext db, AttachmentStore store, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(Readiness));
        var failed = new List<string>();
        try
        {
            await db.Sites.AsNoTracking().AnyAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "就绪检查：数据库查询失败");
            failed.Add("数据库");
        }

        try
        {
            await ProbeStoreAsync(store.Root, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.LogError(e, "就绪检查：文件存储 {Root} 不可读写", store.Root);
            failed.Add("文件存储");
        }

        var checks = new Dictionary<string, string>
        {
            ["database"] = failed.Contains("数据库") ? "failed" : "ok",
            ["storage"] = failed.Contains("文件存储") ? "failed" : "ok",
        };
        return failed.Count == 0
            ? TypedResults.Ok(new { status = "ready", checks })
            : TypedResults.Problem(
                detail: $"以下检查未通过：{string.Join("、", failed)}。",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "服务未就绪",
                extensions: new Dictionary<string, object?> { ["checks"] = checks });
    }

    // In the store's temp folder, which the orphan sweep cleans should a probe ever be left behind.
    private static async Task ProbeStoreAsync(string root, CancellationToken ct)
    {
        var folder = Path.Combine(root, ".tmp");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "ready-" + Guid.NewGuid().ToString("N"));
        var content = Guid.NewGuid().ToString("N");
        try
        {
            await File.WriteAllTextAsync(path, content, ct);
            if (await File.ReadAllTextAsync(path, ct) != content)
            {
                throw new InvalidDataException("读回的内容与写入的不同。");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
