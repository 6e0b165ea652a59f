using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Zwgk.Web.Accounts;

/// <summary>
/// API callers get 401/403 problem+json, never a redirect to the sign-in page. A signed-in person refused a console page
/// gets 403 at the address they asked for, answered by the console's error page (ErrorResponses) with its navigation.
/// </summary>
internal static class CookieApiEvents
{
    public static CookieAuthenticationEvents Create() => new()
    {
        OnRedirectToLogin = ctx => IsApi(ctx.Request) ? Status(ctx.HttpContext, 401) : Redirect(ctx),
        OnRedirectToAccessDenied = ctx => IsApi(ctx.Request) ? Status(ctx.HttpContext, 403) : Refuse(ctx.HttpContext),
        OnSigningIn = Sessions.UserSessionEvents.SigningInAsync,
        OnValidatePrincipal = Sessions.UserSessionEvents.ValidatePrincipalAsync,
        OnSigningOut = Sessions.UserSessionEvents.SigningOutAsync,
    };

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Results.Problem(statusCode: status).ExecuteAsync(context);
    }

    // An empty 403: the status-code pages render the Chinese page in the console's (or the portal's) layout.
    private static Task Refuse(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> ctx)
    {
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
