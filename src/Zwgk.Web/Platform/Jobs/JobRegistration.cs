namespace Zwgk.Web.Platform.Jobs;

public static class JobRegistration
{
    /// <summary>Registers a scheduled job and its runner: one instance of the cluster runs each turn.</summary>
    public static IServiceCollection AddJob<TJob>(this IServiceCollection services)
        where TJob : class, IJob
    {
        services.TryAddClusterLocks();
        services.AddSingleton<TJob>();
        services.AddHostedService<JobRunner<TJob>>();
        return services;
    }

    public static IServiceCollection TryAddClusterLocks(this IServiceCollection services)
    {
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<ClusterLocks>(services);
        return services;
    }
}
