using System.Collections.Concurrent;

namespace Zwgk.Web.Platform;

/// <summary>Named gates inside this process that let one holder through at a time; disposing the handle opens the gate.</summary>
internal static class ProcessGates
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>The gate's handle once the gate is free, within <paramref name="timeout"/>; otherwise null.</summary>
    public static async Task<IAsyncDisposable?> EnterAsync(string name, TimeSpan timeout, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(timeout, ct) ? new Handle(gate) : null;
    }

    private sealed class Handle(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
