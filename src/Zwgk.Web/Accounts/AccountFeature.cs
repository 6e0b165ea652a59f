using Microsoft.AspNetCore.Authorization;

namespace Zwgk.Web.Accounts;

/// <summary>Who the caller is and what they may do, and the administration of users and tokens: one call from Program.cs.</summary>
public static class AccountFeature
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ApiTokenOptions>().Bind(config.GetSection(ApiTokenOptions.Section))
            .Validate(o => o.DefaultLifetimeDays >= 1 && o.DefaultLifetimeDays <= o.MaxLifetimeDays, "ApiTokens:DefaultLifetimeDays 须为1至 MaxLifetimeDays 之间。")
            .ValidateOnStart();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<UserAccess>();
        services.AddScoped<Admin.CurrentUnit>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ApiTokenService>();
        return services;
    }
}
