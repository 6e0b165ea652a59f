using Zwgk.Web.Requests.Letters;
using Zwgk.Web.Requests.Reports;

namespace Zwgk.Web.Requests;

/// <summary>Registers the standard letters and the annual-report statistics (issue 5, R2). The statistics source is R1's.</summary>
public static class RequestLettersAndReports
{
    public static IServiceCollection AddRequestLettersAndReports(this IServiceCollection services)
    {
        services.AddScoped<LetterTemplates>();
        services.AddScoped<ILetterService, LetterService>();
        services.AddScoped<RequestReports>();
        services.AddScoped<DemoLetterTemplates>();
        return services;
    }
}
