namespace Zwgk.Web.Platform.Seeding;

/// <summary>Data a feature puts into the database at start; it must be safe to run on every start (it checks first).</summary>
public interface IDataSeed
{
    Task SeedAsync(CancellationToken ct = default);
}

/// <summary>
/// The seeds the features registered, in their order: shipped data (calendar, wordings, standards) on every installation,
/// demo data only where <see cref="Demo.DemoData.ShouldSeed"/> allows. A feature adds its own with one call from its AddX.
/// </summary>
public static class DataSeeds
{
    private sealed record Registration(Type Seed, bool Demo);

    /// <summary>Data every installation needs, run on each start after the migrations.</summary>
    public static IServiceCollection AddShippedData<TSeed>(this IServiceCollection services)
        where TSeed : class, IDataSeed => services.AddScoped<TSeed>().AddSingleton(new Registration(typeof(TSeed), Demo: false));

    /// <summary>The demo region's data (Development, or Demo:Seed=true outside Production), run after every shipped seed.</summary>
    public static IServiceCollection AddDemoData<TSeed>(this IServiceCollection services)
        where TSeed : class, IDataSeed => services.AddScoped<TSeed>().AddSingleton(new Registration(typeof(TSeed), Demo: true));

    public static async Task RunAsync(IServiceProvider services, bool demo, CancellationToken ct = default)
    {
        var all = services.GetServices<Registration>().ToList();
        await using var scope = services.CreateAsyncScope();
        foreach (var seed in all.Where(r => !r.Demo).Concat(demo ? all.Where(r => r.Demo) : []))
        {
            await ((IDataSeed)scope.ServiceProvider.GetRequiredService(seed.Seed)).SeedAsync(ct);
        }
    }
}
