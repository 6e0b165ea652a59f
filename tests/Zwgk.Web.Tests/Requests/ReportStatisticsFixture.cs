using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zwgk.Domain.Requests;
using Zwgk.Web.Requests.Reports;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Requests;

/// <summary>
/// The real host with the request cases replaced by records the test sets per unit: the report page, export and API
/// read only through <see cref="IRequestStatisticsSource"/>, whose real implementation is the procedure's.
/// </summary>
public sealed class ReportStatisticsFixture : IAsyncLifetime
{
    public ZwgkFactory Factory { get; } = new();

    public FakeStatistics Statistics { get; } = new();

    public async Task InitializeAsync()
    {
        Factory.ConfigureServices = services =>
        {
            services.RemoveAll<IRequestStatisticsSource>();
            services.AddSingleton<IRequestStatisticsSource>(Statistics);
        };
        await ((IAsyncLifetime)Factory).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();

    public sealed class FakeStatistics : IRequestStatisticsSource
    {
        public ConcurrentDictionary<int, RequestStatRecord[]> Requests { get; } = new();

        public ConcurrentDictionary<int, RemedyStatRecord[]> Remedies { get; } = new();

        Task<IReadOnlyList<RequestStatRecord>> IRequestStatisticsSource.RequestsAsync(int unitId, int year, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<RequestStatRecord>>(Requests.GetValueOrDefault(unitId, []));

        Task<IReadOnlyList<RemedyStatRecord>> IRequestStatisticsSource.RemediesAsync(int unitId, int year, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<RemedyStatRecord>>(Remedies.GetValueOrDefault(unitId, []));
    }
}
