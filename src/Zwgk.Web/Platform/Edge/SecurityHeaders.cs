namespace Zwgk.Web.Platform.Edge;

/// <summary>
/// Headers every response carries, pages and API alike. The site has no inline script or style, so the policy allows
/// only its own files; the API reference (Scalar) configures itself with an inline module and injects its styles, so
/// its path alone may run inline code.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string SitePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public const string ApiReferencePath = "/api/docs";

    public Task InvokeAsync(HttpContext context)
    {
        // OnStarting, because the exception handler clears headers set before it ran.
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReferencePath) ? ApiReferencePolicy : SitePolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "SAMEORIGIN";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
