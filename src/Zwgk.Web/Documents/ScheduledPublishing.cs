namespace Zwgk.Web.Documents;

/// <summary>
/// Publishes scheduled documents when their time comes, and refreshes the validity of expired ones in the search index, once a minute. Safe with several instances: each
/// publication is one transaction, and a second instance finds the document no longer scheduled.
/// </summary>
public sealed class ScheduledPublishing(IServiceScopeFactory scopes, ILogger<ScheduledPublishing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var service = scope.ServiceProvider.GetRequiredService<DocumentService>();
                var published = await service.PublishDueAsync(stoppingToken);
                await service.RefreshExpiredSearchEntriesAsync(stoppingToken);
                if (published > 0)
                {
                    logger.LogInformation("定时发布了 {Count} 条信息", published);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "定时发布失败，下一分钟重试");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
