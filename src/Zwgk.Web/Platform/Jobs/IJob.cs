namespace Zwgk.Web.Platform.Jobs;

/// <summary>
/// A scheduled job: one class and one <c>services.AddJob&lt;T&gt;()</c> line. The runner calls it once per
/// <see cref="Interval"/> on one instance of the cluster; an instance that does not get the job's lock skips that turn.
/// </summary>
public interface IJob
{
    /// <summary>Names the job's lock and its log lines; unique and stable across releases.</summary>
    string Name { get; }

    /// <summary>How often it runs. Turns are aligned to the clock (every :00, :15, … for 15 minutes) on every instance.</summary>
    TimeSpan Interval { get; }

    /// <summary>Whether the first turn is right at start rather than at the next aligned time.</summary>
    bool RunsAtStart => true;

    /// <summary>One turn, with a service scope of its own.</summary>
    Task RunAsync(IServiceProvider services, CancellationToken ct);
}
