using Zwgk.Web.Platform.Seeding;

namespace Zwgk.Web.Catalogs;

public static class CatalogServices
{
    public static IServiceCollection AddCatalogs(this IServiceCollection services) => services
        .AddScoped<CatalogService>()
        .AddScoped<CatalogViews>()
        .AddScoped<CatalogReviewViews>()
        .AddScoped<CatalogStandards>()
        .AddScoped<CatalogLinks>()
        .AddShippedData<CatalogDefaults.Shipped>()
        .AddDemoData<DemoCatalogs>();
}
