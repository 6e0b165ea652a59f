using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Zwgk.Web.Accounts.Sessions;

/// <summary>The auth cookie's hooks that tie it to a <see cref="UserSession"/> row.</summary>
internal static class UserSessionEvents
{
    /// <summary>Every sign-in opens a new session, and ends the one the request came with (a refresh after a password change).</summary>
    public static async Task SigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        if (UserSessions.IdOf(context.HttpContext.User) is { } previous)
        {
            await sessions.EndAsync(previous);
        }

        identity.AddClaim(new Claim(UserSessions.ClaimType, await sessions.StartAsync(userId, context.Options.ExpireTimeSpan)));
    }

    /// <summary>A cookie whose session has ended (signed out, disabled, grants changed) is refused, on any instance.</summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        if (UserSessions.IdOf(context.Principal) is not { } id || !await sessions.IsLiveAsync(id, context.Options.ExpireTimeSpan))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public static async Task SigningOutAsync(CookieSigningOutContext context)
    {
        if (UserSessions.IdOf(context.HttpContext.User) is { } id)
        {
            await context.HttpContext.RequestServices.GetRequiredService<UserSessions>().EndAsync(id);
        }
    }

    /// <summary>The periodic security-stamp refresh rebuilds the principal; the session claim must survive it.</summary>
    public static Task CarryOverAsync(SecurityStampRefreshingPrincipalContext context)
    {
        if (UserSessions.IdOf(context.CurrentPrincipal) is { } id && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(UserSessions.ClaimType, id));
        }

        return Task.CompletedTask;
    }
}
