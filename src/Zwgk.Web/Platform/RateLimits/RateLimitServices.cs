using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Zwgk.Web.Platform.RateLimits;

/// <summary>
/// The platform's rate limits: ASP.NET Core's middleware with counters shared by every instance. A feature adds a
/// policy with <see cref="AddPerClientPolicy"/> and puts it on an endpoint with [EnableRateLimiting] or RequireRateLimiting.
/// </summary>
public static class RateLimitServices
{
    public static IServiceCollection AddSharedRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration["Redis:Configuration"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IRateLimitCounter>(new RedisRateLimitCounter(redis));
        }
        else if (Database.Provider(configuration) == DatabaseProvider.Postgres)
        {
            services.AddSingleton<IRateLimitCounter, PostgresRateLimitCounter>();
        }
        else
        {
            services.AddSingleton<IRateLimitCounter, MemoryRateLimitCounter>();
        }

        services.AddSingleton<FailureBudget>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => new ValueTask(RateLimitRejection.WriteAsync(context.HttpContext, context.Lease, ct));
        });
        return services;
    }

    /// <summary>
    /// At most <paramref name="permitLimit"/> requests per client address per window, counted across instances. The
    /// address is the forwarded one from a configured proxy (ForwardedHeaders), so citizens behind the proxy are not
    /// one bucket. Requests for which <paramref name="counts"/> is false pass uncounted.
    /// </summary>
    public static RateLimiterOptions AddPerClientPolicy(this RateLimiterOptions options, string policy, int permitLimit, TimeSpan window, Func<HttpContext, bool>? counts = null) =>
        options.AddPolicy(policy, ctx =>
        {
            if (counts is not null && !counts(ctx))
            {
                return RateLimitPartition.GetNoLimiter("uncounted");
            }

            var partition = $"{policy}:{ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
            var services = ctx.RequestServices;
            return RateLimitPartition.Get(partition, key => new SharedWindowLimiter(
                services.GetRequiredService<IRateLimitCounter>(), services.GetRequiredService<TimeProvider>(), key, permitLimit, window));
        });
}
