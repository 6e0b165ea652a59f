using StackExchange.Redis;

namespace Zwgk.Web.Platform.RateLimits;

/// <summary>INCR and, on a window's first hit, an expiry at the window's end: one atomic script per hit.</summary>
public sealed class RedisRateLimitCounter(string configuration) : IRateLimitCounter, IDisposable
{
    private const string Script = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIREAT', KEYS[1], ARGV[1]) end
        return n
        """;

    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectionMultiplexer.ConnectAsync(configuration));

    public async Task<long> HitAsync(string key, DateTime windowEndsAt, CancellationToken ct)
    {
        var redis = (await _connection.Value).GetDatabase();
        var expiresAt = new DateTimeOffset(windowEndsAt, TimeSpan.Zero).ToUnixTimeMilliseconds();
        return (long)await redis.ScriptEvaluateAsync(Script, [new RedisKey("zwgk:rl:" + key)], [expiresAt]);
    }

    public async Task<long> CountAsync(string key, CancellationToken ct)
    {
        var value = await (await _connection.Value).GetDatabase().StringGetAsync(new RedisKey("zwgk:rl:" + key));
        return value.IsNull ? 0 : (long)value;
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }
}
