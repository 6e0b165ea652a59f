using Zwgk.Web.PageCache;

namespace Zwgk.Web.Sites;

/// <summary>The site a portal request is for, with the unit that owns it, its columns and its content version.</summary>
public sealed record CurrentSite(Site Site)
{
    public string? PathPrefix { get; init; }

    /// <summary>The site's content version (PortalVersions): part of the key of every cached page of the site.</summary>
    public long Version { get; init; }

    /// <summary>Every column of the site; shared, read-only.</summary>
    public IReadOnlyList<Column> Columns { get; init; } = [];

    /// <summary>The top-level columns of the main navigation, in order.</summary>
    public IReadOnlyList<Column> Navigation { get; init; } = [];
}

/// <summary>
/// Resolves the site of the cluster a request is for: a path prefix "/{prefix}/{code}/…" first
/// (the prefix moves into PathBase so every generated link keeps it), then the host name, then the default site.
/// One small query per request reads the site and its content version; the site itself and its columns come from
/// a snapshot kept under that version (<see cref="SiteSnapshots"/>).
/// </summary>
public sealed class SiteResolutionMiddleware(RequestDelegate next, IConfiguration config)
{
    private readonly string _prefix = "/" + (config["Sites:PathPrefix"] ?? "s").Trim('/');

    public async Task InvokeAsync(HttpContext context, SiteStampReader stamps, SiteSnapshots snapshots)
    {
        var path = context.Request.Path;
        // A re-executed request (an error page) keeps the site of the request that failed.
        if (context.CurrentSite() is not null)
        {
            await next(context);
            return;
        }

        // The console, the API, health checks and static files are not pages of a site.
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/admin") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/css")
            || path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        SiteStamp? stamp = null;
        string? pathPrefix = null;
        if (path.StartsWithSegments(_prefix, StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue)
        {
            var code = rest.Value!.TrimStart('/').Split('/', 2)[0];
            stamp = await stamps.ByCodeAsync(context, code);
            if (stamp is not null)
            {
                pathPrefix = $"{_prefix}/{code}";
                context.Request.PathBase = context.Request.PathBase.Add(pathPrefix);
                context.Request.Path = rest.Value![(code.Length + 1)..] is { Length: > 0 } remaining ? remaining : "/";
            }
        }

        stamp ??= await stamps.ByHostAsync(context, context.Request.Host.Host);
        if (stamp is not null && await snapshots.GetAsync(context, stamp) is { } snapshot)
        {
            context.Features.Set(new CurrentSite(snapshot.Site)
            {
                PathPrefix = pathPrefix,
                Version = stamp.Version,
                Columns = snapshot.Columns,
                Navigation = snapshot.Navigation,
            });
        }

        await next(context);
    }
}

public static class SiteHttpContextExtensions
{
    public static CurrentSite? CurrentSite(this HttpContext context) => context.Features.Get<CurrentSite>();
}
