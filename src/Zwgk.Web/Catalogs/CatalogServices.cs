namespace Zwgk.Web.Catalogs;

public static class CatalogServices
{
    public static IServiceCollection AddCatalogs(this IServiceCollection services) => services
        .AddScoped<CatalogService>()
        .AddScoped<CatalogViews>()
        .AddScoped<CatalogReviewViews>()
        .AddScoped<CatalogStandards>()
        .AddScoped<CatalogLinks>()
        .AddScoped<DemoCatalogs>();
}
