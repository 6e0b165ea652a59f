using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Zwgk.Web.Platform.Edge;

/// <summary>
/// Settings "ForwardedHeaders:KnownProxies" (addresses) and "ForwardedHeaders:KnownNetworks" (CIDR): the reverse proxies
/// whose X-Forwarded-For/Proto/Host are believed. Anyone else's are ignored, so a client cannot pick its own address.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // One proxy hop (nginx in front of the instances); the left-most entries are whatever the client sent.
            o.ForwardLimit = 1;
            if (proxies.Length > 0 || networks.Length > 0)
            {
                // Configured proxies replace the loopback defaults; an empty pair of lists would trust everyone.
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                foreach (var p in proxies)
                {
                    o.KnownProxies.Add(IPAddress.Parse(p));
                }

                foreach (var n in networks)
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n));
                }
            }
        });
        return services;
    }
}
