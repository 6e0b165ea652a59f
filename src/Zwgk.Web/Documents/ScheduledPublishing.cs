using Zwgk.Web.Platform.Jobs;

namespace Zwgk.Web.Documents;

/// <summary>
/// Publishes scheduled documents when their time comes, and refreshes the validity of expired ones in the search index, once a minute,
/// on one instance of the cluster at a time.
/// </summary>
public sealed class ScheduledPublishing(ILogger<ScheduledPublishing> logger) : IJob
{
    public string Name => "scheduled-publishing";

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var service = services.GetRequiredService<DocumentService>();
        var published = await service.PublishDueAsync(ct);
        await service.RefreshExpiredSearchEntriesAsync(ct);
        if (published > 0)
        {
            logger.LogInformation("定时发布了 {Count} 条信息", published);
        }
    }
}
