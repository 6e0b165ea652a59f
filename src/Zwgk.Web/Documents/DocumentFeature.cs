using Zwgk.Web.Platform.Jobs;
using Zwgk.Web.Platform.Seeding;

namespace Zwgk.Web.Documents;

/// <summary>The documents feature's services, registered by one call from Program.cs.</summary>
public static class DocumentFeature
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<DocumentHtml>();
        services.AddScoped<DocumentService>();
        services.AddScoped<Notices.DisclosureNoticeService>();
        services.AddScoped<DocumentSearchSync>();
        services.AddScoped<NormativeCleanup>();
        services.AddScoped<DocumentFiles>();
        services.AddScoped<Search.SearchIndex>();
        services.AddJob<ScheduledPublishing>();
        services.AddShippedData<WordingDefaults.Shipped>();
        services.AddDemoData<Demo.DemoDocuments>();
        services.AddDemoData<Demo.DemoPortal>();
        return services;
    }

    /// <summary>The documents API under /api/v1 and the public attachment downloads under /doc.</summary>
    public static void MapDocuments(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapDocumentsApi();
        Notices.DisclosureNoticesApi.MapDisclosureNoticesApi(api);
        app.MapDocumentFilesApi(api);
    }
}
