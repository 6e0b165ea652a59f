using Zwgk.Web.Platform.Seeding;

namespace Zwgk.Web.Organizations;

/// <summary>Units, sites and the working-day calendar, the ground every workflow stands on: one call from Program.cs.</summary>
public static class OrganizationFeature
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddScoped<Calendar.CalendarService>();
        services.AddScoped<Calendar.CalendarYearEntry>();
        services.AddScoped<OrganizationTree>();
        services.AddScoped<Sites.SiteAdministration>();
        services.AddSingleton<Sites.SiteLinks>();
        services.AddScoped<Sites.ColumnAdministration>();
        services.AddScoped<Audit.AuditQuery>();
        services.AddScoped<Audit.AuditLines>();
        services.AddShippedData<Calendar.CalendarService.Shipped>();
        services.AddDemoData<Demo.DemoData>();
        return services;
    }
}
