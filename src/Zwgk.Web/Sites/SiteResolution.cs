using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Sites;

/// <summary>The site a portal request is for, with the unit that owns it.</summary>
public sealed record CurrentSite(Site Site)
{
    public string? PathPrefix { get; init; }
}

/// <summary>
/// Resolves the site of the cluster a request is for: a path prefix "/{prefix}/{code}/…" first
/// (the prefix moves into PathBase so every generated link keeps it), then the host name, then the default site.
/// </summary>
public sealed class SiteResolutionMiddleware(RequestDelegate next, IConfiguration config)
{
    private readonly string _prefix = "/" + (config["Sites:PathPrefix"] ?? "s").Trim('/');

    public async Task InvokeAsync(HttpContext context, ZwgkDbContext db)
    {
        var path = context.Request.Path;
        // The console, the API and static files are not pages of a site.
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/admin") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/css"))
        {
            await next(context);
            return;
        }

        Site? site = null;
        string? pathPrefix = null;
        if (path.StartsWithSegments(_prefix, StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue)
        {
            var code = rest.Value!.TrimStart('/').Split('/', 2)[0];
            site = await db.Sites.AsNoTracking().Include(s => s.Organization).SingleOrDefaultAsync(s => s.Code == code);
            if (site is not null)
            {
                pathPrefix = $"{_prefix}/{code}";
                context.Request.PathBase = context.Request.PathBase.Add(pathPrefix);
                context.Request.Path = rest.Value![(code.Length + 1)..] is { Length: > 0 } remaining ? remaining : "/";
            }
        }

        if (site is null)
        {
            var host = context.Request.Host.Host;
            site = await db.Sites.AsNoTracking().Include(s => s.Organization).SingleOrDefaultAsync(s => s.Domain == host)
                ?? await db.Sites.AsNoTracking().Include(s => s.Organization).OrderByDescending(s => s.IsDefault).ThenBy(s => s.Id).FirstOrDefaultAsync();
        }

        if (site is not null)
        {
            context.Features.Set(new CurrentSite(site) { PathPrefix = pathPrefix });
        }

        await next(context);
    }
}

public static class SiteHttpContextExtensions
{
    public static CurrentSite? CurrentSite(this HttpContext context) => context.Features.Get<CurrentSite>();
}
