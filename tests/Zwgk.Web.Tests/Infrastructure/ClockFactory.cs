using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Zwgk.Web.Tests.Infrastructure;

/// <summary>The real host with a clock the test moves, for rules that turn on a date (validity, schedules, deadlines).</summary>
public sealed class ClockFactory : IAsyncLifetime
{
    public ZwgkFactory Factory { get; } = new();

    /// <summary>Starts at 2026-03-02 09:00 China time (a Monday working day).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        Factory.ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock);
        await ((IAsyncLifetime)Factory).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();
}
