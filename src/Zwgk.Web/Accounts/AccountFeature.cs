using Microsoft.AspNetCore.Authorization;

namespace Zwgk.Web.Accounts;

/// <summary>Who the caller is and what they may do, and the administration of users and tokens: one call from Program.cs.</summary>
public static class AccountFeature
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<UserAccess>();
        services.AddScoped<Admin.CurrentUnit>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ApiTokenService>();
        return services;
    }
}
