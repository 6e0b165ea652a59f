using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using Zwgk.Domain.Requests;
using Zwgk.Web.Requests.Reports;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Browser.Tests.Requests;

/// <summary>
/// The browser fixture with a year of request statistics for every unit (the cases themselves are the procedure's, so
/// the report journey reads them through <see cref="IRequestStatisticsSource"/> replaced by this fixed year).
/// </summary>
public sealed class ReportLetterBrowserFixture : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public ZwgkFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        Factory.ConfigureServices = s =>
        {
            s.RemoveAll<IRequestStatisticsSource>();
            s.AddSingleton<IRequestStatisticsSource, YearOfCases>();
        };
        Factory.UseKestrel(0);
        await ((IAsyncLifetime)Factory).InitializeAsync();
        var baseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ZWGK_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; private set; } = "";

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "zh-CN", AcceptDownloads = true, ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await ((IAsyncLifetime)Factory).DisposeAsync();
    }

    private sealed class YearOfCases : IRequestStatisticsSource
    {
        public Task<IReadOnlyList<RequestStatRecord>> RequestsAsync(int unitId, int year, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<RequestStatRecord>>(
            [
                new(ApplicantKind.NaturalPerson, new DateOnly(year, 3, 2), new DateOnly(year, 3, 27), RequestOutcome.Disclosed),
                new(ApplicantKind.NaturalPerson, new DateOnly(year, 5, 11), new DateOnly(year, 6, 5), RequestOutcome.PartlyDisclosed),
                new(ApplicantKind.CommercialEnterprise, new DateOnly(year - 1, 12, 28), new DateOnly(year, 1, 20), RequestOutcome.CannotProvideNotHeld),
                new(ApplicantKind.LegalServiceProvider, new DateOnly(year, 12, 30), null, null),
            ]);

        public Task<IReadOnlyList<RemedyStatRecord>> RemediesAsync(int unitId, int year, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<RemedyStatRecord>>([new(RemedyKind.Reconsideration, new DateOnly(year, 7, 1), RemedyResult.Upheld, new DateOnly(year, 9, 1))]);
    }
}
