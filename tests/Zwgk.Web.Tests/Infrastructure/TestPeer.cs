using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Zwgk.Web.Tests.Infrastructure;

/// <summary>
/// The test server has no socket, so no peer address: this gives a request the peer named in "X-Test-Peer", as if
/// that machine (a proxy, or a client) had connected. It runs before the app's own pipeline.
/// </summary>
public sealed class TestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public static void Register(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestPeer>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var peer))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>Facts that need several instances sharing PostgreSQL; SQLite runs one instance and keeps its counters in memory.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (ZwgkFactory.Provider != Zwgk.Web.Platform.DatabaseProvider.Postgres)
        {
            Skip = "只在 PostgreSQL 上运行：SQLite 安装只有一个实例，计数在进程内。";
        }
    }
}

/// <summary>Facts that start their own redis-server (installed by scripts/test.sh).</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    // No skip: scripts/test.sh installs redis-server, and a missing one fails the test (RedisServer says so) rather than
    // letting the Redis path go untested.
}

/// <summary>A throwaway redis-server on a free loopback port, without persistence; stopped on dispose.</summary>
public sealed class RedisServer : IDisposable
{
    private readonly System.Diagnostics.Process _process;

    private static readonly string[] Candidates = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];

    public static string? Executable => Candidates.FirstOrDefault(File.Exists);

    public RedisServer()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(Executable ?? throw new InvalidOperationException("redis-server 未安装（scripts/test.sh 会安装它）。"), $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException("redis-server 未能启动。");
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }
}
