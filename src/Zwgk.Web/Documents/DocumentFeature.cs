using Zwgk.Web.Platform.Jobs;

namespace Zwgk.Web.Documents;

/// <summary>The documents feature's services, registered by one call from Program.cs.</summary>
public static class DocumentFeature
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<DocumentHtml>();
        services.AddScoped<DocumentService>();
        services.AddScoped<DocumentSearchSync>();
        services.AddScoped<NormativeCleanup>();
        services.AddScoped<DocumentFiles>();
        services.AddScoped<Search.SearchIndex>();
        services.AddJob<ScheduledPublishing>();
        return services;
    }
}
