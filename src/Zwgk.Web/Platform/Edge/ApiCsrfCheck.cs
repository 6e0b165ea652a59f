using Microsoft.AspNetCore.Antiforgery;

namespace Zwgk.Web.Platform.Edge;

/// <summary>
/// A write to the API that rides on the browser's cookies must come from the site's own pages: the request says it is
/// same-origin (Sec-Fetch-Site, else Origin) or carries the antiforgery token in the "RequestVerificationToken" header.
/// Bearer-token calls and calls without cookies hold no ambient credential and pass. Uploads are included: their
/// endpoints turn off form antiforgery only because this check covers them.
/// </summary>
public sealed class ApiCsrfCheck(RequestDelegate next)
{
    public const string HeaderName = "RequestVerificationToken";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api")
            || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || request.Cookies.Count == 0
            || IsSameOrigin(request)
            || await antiforgery.IsRequestValidAsync(context))
        {
            await next(context);
            return;
        }

        await Results.Problem(
            title: "跨站请求被拒绝",
            detail: "使用登录 Cookie 的写操作须来自本站页面（同源请求或携带防伪令牌）；集成系统请使用访问令牌（Authorization: Bearer）。",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }

    private static bool IsSameOrigin(HttpRequest request)
    {
        // Fetch metadata is the browser's own word; Origin is the fallback for browsers that do not send it.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
