using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Sites;

/// <summary>What it takes to address a site: its code, host and whether it is the default one.</summary>
public sealed record SiteAddress(int Id, string Code, string Domain, bool IsDefault);

/// <summary>
/// Addresses of a site's pages as <see cref="SiteResolutionMiddleware"/> serves them to the client asking: a page of
/// the site the request's host resolves to is site-relative ("/doc/3"); on a host that is some site's own domain (a
/// deployment by host name) another site is linked by its host ("https://www.haiyang.gov.cn/doc/3"); on any other host
/// (localhost, an IP, a proxy name: the default site is served there) by the path prefix ("/s/haiyang/doc/3"). So every
/// URL the portal, the API or search returns works as given on the host it was asked on.
/// </summary>
public sealed class SiteLinks(IConfiguration config)
{
    private readonly string _prefix = "/" + (config["Sites:PathPrefix"] ?? "s").Trim('/');

    /// <summary>Every site's address (a few rows; one query).</summary>
    public static async Task<IReadOnlyList<SiteAddress>> AllAsync(ZwgkDbContext db, CancellationToken ct) =>
        await db.Sites.AsNoTracking().OrderBy(s => s.Id).Select(s => new SiteAddress(s.Id, s.Code, s.Domain, s.IsDefault)).ToListAsync(ct);

    /// <summary>
    /// The base to put before a site-relative path ("/doc/3") of <paramref name="target"/>: "", "/s/{code}" or
    /// "{scheme}://{domain}". The request's own path base (a site prefix) is not reused: the base is absolute from the host root.
    /// </summary>
    public string BaseOf(SiteAddress target, IReadOnlyList<SiteAddress> sites, HttpRequest request)
    {
        var host = request.Host.Host;
        var byHost = sites.FirstOrDefault(s => string.Equals(s.Domain, host, StringComparison.OrdinalIgnoreCase));
        var served = byHost ?? sites.OrderByDescending(s => s.IsDefault).ThenBy(s => s.Id).FirstOrDefault();
        if (served?.Id == target.Id)
        {
            return "";
        }

        return byHost is not null ? $"{request.Scheme}://{target.Domain}" : $"{_prefix}/{target.Code}";
    }

    /// <summary>Reads the sites once and answers the address of any site-relative path on any site, for this request.</summary>
    public async Task<Func<int, string, string>> ForRequestAsync(ZwgkDbContext db, HttpRequest request, CancellationToken ct)
    {
        var sites = await AllAsync(db, ct);
        return (siteId, path) => For(siteId, path, sites, request);
    }

    /// <summary>The address of <paramref name="path"/> (site-relative, starting with "/") on the site <paramref name="siteId"/>.</summary>
    public string For(int siteId, string path, IReadOnlyList<SiteAddress> sites, HttpRequest request) =>
        sites.FirstOrDefault(s => s.Id == siteId) is { } site ? BaseOf(site, sites, request) + path : path;
}
