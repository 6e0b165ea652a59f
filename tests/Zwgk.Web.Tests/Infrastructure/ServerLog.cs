using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Zwgk.Web.Tests.Infrastructure;

/// <summary>
/// What the server logged at Warning or above while a test host ran, and the fragments the tests said to expect.
/// <see cref="ZwgkFactory"/> adds it as a logger provider and fails the fixture at dispose when an entry matches
/// no expectation (OrchardCore's functional tests fail the same way).
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    /// <summary>
    /// Warnings every host logs and that are genuine, each with why. Keep this list short: a new entry needs a reason a
    /// reviewer accepts, and anything a single test provokes belongs in that test's <see cref="ZwgkFactory.ExpectLog"/>.
    /// </summary>
    private static readonly string[] Always =
    [
    ];

    /// <summary>
    /// Hosts started as Production in tests have no certificate to encrypt the data-protection keys, and both the
    /// framework and Production's own start-up check say so; production installations configure one (README, 生产部署).
    /// Development hosts store their keys in plain text explicitly and must log neither.
    /// </summary>
    public static readonly string[] ProductionWithoutCertificate = ["No XML encryptor configured", "数据保护密钥以明文存放"];

    private readonly ConcurrentQueue<Entry> _entries = new();
    private readonly ConcurrentBag<string> _expected = [.. Always];

    public sealed record Entry(DateTime At, LogLevel Level, string Category, string Message, Exception? Exception)
    {
        public override string ToString() =>
            $"{At:HH:mm:ss.fff} {Level} {Category}: {Message}{(Exception is null ? "" : Environment.NewLine + "  " + Exception.GetType().FullName + ": " + Exception.Message)}";

        public bool Matches(string fragment) =>
            Message.Contains(fragment, StringComparison.Ordinal) || Category.Contains(fragment, StringComparison.Ordinal)
            || (Exception?.ToString().Contains(fragment, StringComparison.Ordinal) ?? false);
    }

    public IReadOnlyCollection<Entry> Entries => _entries;

    public void Expect(string fragment) => _expected.Add(fragment);

    /// <summary>Entries no expectation covers.</summary>
    public IReadOnlyList<Entry> Unexpected() => _entries.Where(e => !_expected.Any(e.Matches)).ToList();

    /// <summary>Throws listing every unexpected entry; called at fixture dispose, and by a test that wants to check its own steps.</summary>
    public void AssertClean(string who)
    {
        var unexpected = Unexpected();
        if (unexpected.Count > 0)
        {
            var report = $"{who}: the server logged {unexpected.Count} warning(s) or error(s) no test expected (declare genuine ones with factory.ExpectLog(\"…\")):"
                + Environment.NewLine + string.Join(Environment.NewLine, unexpected);
            // xUnit shows a fixture's cleanup failure by its type only: the entries go to a file beside the test assembly too.
            var folder = Path.Combine(AppContext.BaseDirectory, "server-logs");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{who}-{Guid.NewGuid():N}.txt");
            File.WriteAllText(file, report);
            Console.Error.WriteLine(report);
            throw new UnexpectedServerLogException(report + Environment.NewLine + "(also in " + file + ")");
        }
    }

    /// <summary>Forgets what was logged so far (the expectations stay).</summary>
    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log._entries.Enqueue(new Entry(DateTime.UtcNow, logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}

public sealed class UnexpectedServerLogException(string message) : Exception(message);
