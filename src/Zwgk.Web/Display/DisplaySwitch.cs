namespace Zwgk.Web.Display;

/// <summary>
/// GET /display/{mode}?back=/path switches the display mode without JavaScript: it sets the cookie and sends the
/// visitor back to the page they came from. Only a path on this host is followed back (no open redirect).
/// </summary>
public static class DisplaySwitch
{
    public const string Path = "/display";

    public static IEndpointRouteBuilder MapDisplaySwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "/{mode}", (HttpContext context, string mode, string? back) =>
        {
            if (DisplayModes.Parse(mode) is not { } chosen)
            {
                return Results.NotFound();
            }

            DisplayModes.Remember(context, chosen);
            context.Response.Headers.CacheControl = "no-store";
            // The site's own home when no safe address came back: /s/{code}/ keeps the prefix the switch was reached under.
            var target = IsLocalPath(back) ? back! : context.Request.PathBase + "/";
            return Results.Redirect(target, permanent: false, preserveMethod: false);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// True for a path on this host: "/…" but not "//host" or "/\host" (which browsers read as another host), and no
    /// control characters (a header split). The same test as ASP.NET Core's IsLocalUrl, without "~/".
    /// </summary>
    public static bool IsLocalPath(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return false;
        }

        return !url.Any(char.IsControl);
    }

    /// <summary>The switch address for the current page: back to where the visitor is (with the site prefix and query).</summary>
    public static string Link(HttpContext context, DisplayMode mode)
    {
        var here = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        // On an error page the address is the failed request's, which the visitor is looking at.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } failed)
        {
            here = failed.OriginalPathBase + failed.OriginalPath + failed.OriginalQueryString;
        }

        return context.Request.PathBase + Path + "/" + mode.Key() + "?back=" + Uri.EscapeDataString(here.ToString());
    }
}
