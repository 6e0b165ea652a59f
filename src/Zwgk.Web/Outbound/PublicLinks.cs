using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Outbound;

/// <summary>
/// Absolute public addresses for messages that leave the site (webhook payloads, channel feeds). The base is
/// Outbound:PortalUrl (the address the public reaches the portal at, e.g. https://www.yantai.gov.cn); without it, the
/// origin of the request that made the change, else the address the server listens on. A document of a site other than
/// the default one keeps the site's path prefix (/s/{code}/doc/{id}), which resolves on any host of the cluster.
/// </summary>
public sealed class PublicLinks(IConfiguration config, IHttpContextAccessor http, IServer server)
{
    private readonly string _prefix = (config["Sites:PathPrefix"] ?? "s").Trim('/');

    public string BaseUrl
    {
        get
        {
            if (config["Outbound:PortalUrl"] is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }

            if (http.HttpContext?.Request is { Host.HasValue: true } request)
            {
                return $"{request.Scheme}://{request.Host}";
            }

            var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            return (listening ?? "http://localhost").Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).TrimEnd('/');
        }
    }

    public string SiteRoot(Site site) => site.IsDefault ? BaseUrl : $"{BaseUrl}/{_prefix}/{site.Code}";

    public string Document(Site site, int documentId) => $"{SiteRoot(site)}/doc/{documentId}";

    public string Attachment(Site site, int documentId, int attachmentId) => $"{SiteRoot(site)}/doc/{documentId}/files/{attachmentId}";
}
