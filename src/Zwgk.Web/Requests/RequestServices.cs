using Zwgk.Web.Platform.Jobs;
using System.Threading.RateLimiting;
using Zwgk.Web.Requests.Reports;

namespace Zwgk.Web.Requests;

public static class RequestServices
{
    /// <summary>Everything the request procedure needs: services, settings, the reminder job and the public rate limits.</summary>
    public static IServiceCollection AddInformationRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RequestOptions>(configuration.GetSection("Requests"));
        services.AddScoped<RequestService>();
        services.AddScoped<RequestLetters>();
        services.AddScoped<RequestFiles>();
        services.AddScoped<PublicTracking>();
        services.AddScoped<RequestReminders>();
        services.AddScoped<DisclosureSuggestions>();
        services.AddScoped<DemoRequests>();
        services.AddScoped<IRequestStatisticsSource, RequestStatisticsSource>();
        services.AddSingleton<IRequestMailer, SmtpRequestMailer>();
        services.AddJob<RequestReminderJob>();
        var options = configuration.GetSection("Requests").Get<RequestOptions>() ?? new RequestOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("查询过于频繁，请稍后再试。", ct);
            };
            // Guessing access codes: a few tries per address per window, for the page and the API alike.
            o.AddPolicy(RequestsApi.TrackingPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.TrackingPermitLimit, Window = TimeSpan.FromMinutes(options.TrackingWindowMinutes), QueueLimit = 0 }));
            // Only submissions count: the policy sits on the whole form page, and reading the form is not filing.
            o.AddPolicy(RequestsApi.SubmissionPolicy, ctx => HttpMethods.IsPost(ctx.Request.Method) ? RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SubmissionPermitLimit, Window = TimeSpan.FromHours(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }
}
