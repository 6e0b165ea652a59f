using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Requests;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Attachments;

/// <summary>
/// Deletes stored files that no document or request points to, once they are older than
/// <see cref="AttachmentOptions.OrphanGrace"/>: files of a refused online form that was never sent again (an identity
/// card photo must not stay on disk because someone gave up), files of removed document attachments, and temp files
/// of crashed saves. The grace is longer than a refused form keeps its files (RequestFiles), so nothing a form still
/// carries is touched; a removed request attachment keeps its row, so its file stays with the case record.
/// </summary>
public sealed class OrphanFileSweep(ZwgkDbContext db, AttachmentStore store, IOptions<AttachmentOptions> options, TimeProvider clock, ILogger<OrphanFileSweep> logger)
{
    private const int Batch = 500;

    /// <summary>Deletes what is abandoned and returns how many stored files went.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.OrphanGrace;
        var candidates = store.List().Where(f => f.StoredAtUtc < cutoff).Select(f => f.Sha256).ToList();
        var deleted = 0;
        foreach (var batch in candidates.Chunk(Batch))
        {
            var referenced = (await db.DocumentAttachments.AsNoTracking().Where(a => batch.Contains(a.Sha256)).Select(a => a.Sha256).ToListAsync(ct))
                .Concat(await db.Set<RequestAttachment>().AsNoTracking().Where(a => batch.Contains(a.Sha256)).Select(a => a.Sha256).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            deleted += batch.Where(sha => !referenced.Contains(sha)).Count(sha => store.DeleteIfStoredBefore(sha, cutoff));
        }

        var temps = store.DeleteTempFilesBefore(cutoff);
        if (deleted + temps > 0)
        {
            logger.LogInformation("清理了 {Count} 个无主附件文件和 {Temps} 个临时文件", deleted, temps);
        }

        return deleted;
    }
}

/// <summary>Runs <see cref="OrphanFileSweep"/> every hour. With several instances each may sweep; a delete is idempotent.</summary>
public sealed class OrphanFileSweeping(IServiceScopeFactory scopes, ILogger<OrphanFileSweeping> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OrphanFileSweep>().SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "清理无主附件文件失败，一小时后重试");
            }
        }
    }
}
