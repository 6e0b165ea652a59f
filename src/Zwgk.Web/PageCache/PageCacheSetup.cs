namespace Zwgk.Web.PageCache;

/// <summary>PageCache:* settings. The cache keeps correctness by version, so these only trade memory for hits.</summary>
public sealed class PageCacheOptions
{
    /// <summary>Off switch for troubleshooting: every page is rendered afresh.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a rendered page is kept at most.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Memory for cached pages per instance, in megabytes.</summary>
    public int SizeLimitMegabytes { get; set; } = 100;
}

public static class PageCacheSetup
{
    /// <summary>The output-cache policy of the public pages, feeds and sitemap.</summary>
    public const string Policy = "portal";

    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection("PageCache");
        services.Configure<PageCacheOptions>(section);
        services.AddMemoryCache();
        services.AddSingleton<SiteSnapshots>();
        services.AddSingleton<SiteStampReader>();
        services.AddSingleton<PortalPagePolicy>();
        services.AddOutputCache(o =>
        {
            // Column slugs and site codes are matched exactly; /col/XXGK is not /col/xxgk.
            o.UseCaseSensitivePaths = true;
            o.SizeLimit = (section.Get<PageCacheOptions>() ?? new PageCacheOptions()).SizeLimitMegabytes * 1024L * 1024L;
            o.AddPolicy(Policy, b => b.AddPolicy<PortalPagePolicy>(), excludeDefaultPolicy: true);
        });
        return services;
    }
}
