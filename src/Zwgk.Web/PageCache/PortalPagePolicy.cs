using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Display;
using Zwgk.Web.Sites;

namespace Zwgk.Web.PageCache;

/// <summary>
/// Output caching of the anonymous public pages of a site (docs/adr/0014). A cached page is keyed by method, scheme,
/// host, site prefix, path, every query value, the site's content version and the China date; so a change saved on
/// any instance (or a date-based expiry) makes the old page unreachable at once. Signed-in requests, requests with
/// an Authorization header and responses that set a cookie or are not 200 are never cached.
/// </summary>
public sealed class PortalPagePolicy(
    IOptionsMonitor<CookieAuthenticationOptions> cookies, IOptions<PageCacheOptions> options, IOutputCacheStore store, TimeProvider clock)
    : IOutputCachePolicy
{
    // The newest version seen per site on this instance: the first request that sees a newer one drops the pages
    // of older versions from memory. Only housekeeping; correctness comes from the version in the key.
    private readonly ConcurrentDictionary<int, long> _seen = new();

    public static string SiteTag(int siteId) => "site:" + siteId.ToString(CultureInfo.InvariantCulture);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (!options.Value.Enabled || http.CurrentSite() is not { } current || !IsAnonymousRead(http.Request))
        {
            context.EnableOutputCaching = false;
            return;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        var rules = context.CacheVaryByRules;
        rules.VaryByHost = true;
        // Every query value: the layout echoes ?q=, lists read ?page= and filters; nothing is guessed.
        rules.QueryKeys = "*";
        rules.VaryByValues["site"] = $"{current.Site.Id}.{current.Version}";
        // Validity turns on the China date (有效期至): a page rendered yesterday is not today's.
        rules.VaryByValues["day"] = ChinaTime.Today(clock).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        // The visitor's display mode (适老化, 专区) changes the markup: a page kept for one mode is never served in another.
        rules.VaryByValues["display"] = DisplayModes.Of(http).Key();
        context.Tags.Add(SiteTag(current.Site.Id));
        context.ResponseExpirationTimeSpan = options.Value.Duration;

        var id = current.Site.Id;
        var seen = _seen.GetOrAdd(id, current.Version);
        if (seen < current.Version && _seen.TryUpdate(id, current.Version, seen))
        {
            await store.EvictByTagAsync(SiteTag(id), cancellation);
        }
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        // A response that sets a cookie belongs to one visitor; one rendered for a signed-in user (however the
        // user was recognised) may show what the public must not see; anything but 200 is not worth keeping.
        if (!StringValues.IsNullOrEmpty(http.Response.Headers.SetCookie) || http.User.Identity?.IsAuthenticated == true
            || http.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private bool IsAnonymousRead(HttpRequest request)
    {
        if ((!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) || !StringValues.IsNullOrEmpty(request.Headers.Authorization))
        {
            return false;
        }

        // Authentication runs after the cache, so a console cookie (or one of its chunks) is recognised by name:
        // signed-in staff always get a freshly rendered page and never receive or leave a shared one.
        var name = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        return string.IsNullOrEmpty(name) || !request.Cookies.Keys.Any(k => k.StartsWith(name, StringComparison.Ordinal));
    }
}
