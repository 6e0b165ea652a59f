using System.Security.Claims;
using Zwgk.Web.Audit;

namespace Zwgk.Web.Platform;

/// <summary>Tells the audit trail who is acting in this request.</summary>
public sealed class RequestAuditMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, AuditContext audit)
    {
        audit.IpAddress = context.Connection.RemoteIpAddress?.ToString();
        if (context.User.Identity?.IsAuthenticated == true)
        {
            audit.UserId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            audit.Actor = context.User.Identity.Name ?? audit.UserId ?? "未知用户";
        }

        return next(context);
    }
}
