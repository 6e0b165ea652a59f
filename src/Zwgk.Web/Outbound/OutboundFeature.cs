using Zwgk.Web.Platform.Jobs;

namespace Zwgk.Web.Outbound;

/// <summary>同源发布: channels, the outbox written with each document step, its delivery job, feeds and API.</summary>
public static class OutboundFeature
{
    public static IServiceCollection AddOutbound(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<OutboundOptions>(config.GetSection("Outbound"));
        services.AddSingleton<ChannelSecrets>();
        services.AddScoped<PublicLinks>();
        services.AddScoped<OutboundQueue>();
        services.AddScoped<OutboundChannels>();
        services.AddScoped<OutboundStatus>();
        services.AddScoped<OutboundDispatcher>();
        services.AddHttpClient(OutboundDispatcher.ClientName, c =>
            {
                c.Timeout = Timeout.InfiniteTimeSpan; // the dispatcher times each attempt itself (Outbound:Timeout)
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Zwgk-Outbound/1");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => SafeTargets.Handler(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboundOptions>>().Value.AllowPrivateNetworks));
        services.AddJob<OutboundDeliveryJob>();
        return services;
    }

    public static void MapOutbound(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapOutboundApi();
        app.MapChannelFeeds();
    }
}
