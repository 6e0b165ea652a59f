using Zwgk.Web.Platform.Jobs;
using Zwgk.Web.Platform.Seeding;
using Zwgk.Web.Requests.Letters;
using Zwgk.Web.Platform.RateLimits;
using Zwgk.Web.Requests.Reports;

namespace Zwgk.Web.Requests;

public static class RequestServices
{
    /// <summary>
    /// Everything the request procedure needs: services, settings, the letters and the annual-report statistics, the
    /// reminder job, the public rate limits and the demo cases.
    /// </summary>
    public static IServiceCollection AddInformationRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RequestOptions>(configuration.GetSection("Requests"));
        services.AddScoped<RequestService>();
        services.AddScoped<RequestHandlers>();
        services.AddScoped<RequestLetters>();
        services.AddScoped<RequestFiles>();
        services.AddScoped<PublicTracking>();
        services.AddScoped<RequestReminders>();
        services.AddScoped<DisclosureSuggestions>();
        services.AddScoped<LetterTemplates>();
        services.AddScoped<ILetterService, LetterService>();
        services.AddScoped<RequestReports>();
        // The demo's letter templates come before its requests, whose letters use them.
        services.AddDemoData<DemoLetterTemplates>();
        services.AddDemoData<DemoRequests>();
        services.AddScoped<IRequestStatisticsSource, RequestStatisticsSource>();
        services.AddSingleton<IRequestMailer, SmtpRequestMailer>();
        services.AddJob<RequestReminderJob>();
        var options = configuration.GetSection("Requests").Get<RequestOptions>() ?? new RequestOptions();
        services.AddRateLimiter(o =>
        {
            // Guessing access codes: a few tries per client per window, for the page and the API alike.
            o.AddPerClientPolicy(RequestsApi.TrackingPolicy, options.TrackingPermitLimit, TimeSpan.FromMinutes(options.TrackingWindowMinutes));
            // Only submissions count: the policy sits on the whole form page, and reading the form is not filing.
            o.AddPerClientPolicy(RequestsApi.SubmissionPolicy, options.SubmissionPermitLimit, TimeSpan.FromHours(1), ctx => HttpMethods.IsPost(ctx.Request.Method));
        });
        return services;
    }
}
