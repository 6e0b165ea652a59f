using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Zwgk.Web.Accounts;

/// <summary>API callers get 401/403 problem+json, never a redirect to the sign-in page.</summary>
internal static class CookieApiEvents
{
    public static CookieAuthenticationEvents Create() => new()
    {
        OnRedirectToLogin = ctx => IsApi(ctx.Request) ? Status(ctx.HttpContext, 401) : Redirect(ctx),
        OnRedirectToAccessDenied = ctx => IsApi(ctx.Request) ? Status(ctx.HttpContext, 403) : Redirect(ctx),
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

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> ctx)
    {
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
