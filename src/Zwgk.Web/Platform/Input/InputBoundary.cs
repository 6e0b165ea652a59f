using Microsoft.AspNetCore.Mvc;

namespace Zwgk.Web.Platform.Input;

/// <summary>
/// Registers the input boundary: page binding (<see cref="InputBinderProvider"/>) and JSON bodies (<see cref="JsonInput"/>);
/// API groups add <see cref="ApiInputFilter.WithInputBoundary{TBuilder}"/> for query, route and form values and lengths.
/// </summary>
public static class InputBoundary
{
    public static IServiceCollection AddInputBoundary(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new InputBinderProvider()));
        services.ConfigureHttpJsonOptions(o => JsonInput.Configure(o.SerializerOptions));
        return services;
    }
}
