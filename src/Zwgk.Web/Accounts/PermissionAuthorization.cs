using Microsoft.AspNetCore.Authorization;
using Zwgk.Domain.Access;

namespace Zwgk.Web.Accounts;

/// <summary>Policy "Permission:X" — the user holds permission X on at least one unit. Which unit is checked by the handler.</summary>
public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement
{
    public const string Prefix = "Permission:";

    public static string PolicyName(Permission permission) => Prefix + permission;
}

internal sealed class PermissionHandler(UserAccess access) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if ((await access.GetAsync()).HasAnywhere(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Shorthand for <c>[Authorize(Policy = "Permission:X")]</c> on pages.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(Permission permission) : AuthorizeAttribute(PermissionRequirement.PolicyName(permission))
{
    public Permission Permission { get; } = permission;
}

internal static class PermissionPolicies
{
    public static void AddPermissionPolicies(this AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            options.AddPolicy(PermissionRequirement.PolicyName(permission), p => p
                .AddAuthenticationSchemes(AuthSchemes.Smart)
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(permission)));
        }
    }
}
