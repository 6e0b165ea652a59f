using System.Net;
using System.Text.Json;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Operations;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_when_database_and_file_store_work()
    {
        var host = new ZwgkFactory { Settings = { ["Demo:Seed"] = "false" } };
        try
        {
            await host.InitializeAsync();
            var ready = await host.CreateClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    [Fact]
    public async Task Not_ready_with_problem_json_naming_the_file_store_when_it_cannot_be_written()
    {
        // A file where the store's folder should be: nothing can be written under it, even as root.
        var blocked = Path.GetTempFileName();
        var host = new ZwgkFactory { Settings = { ["Demo:Seed"] = "false", ["Storage:Root"] = blocked } };
        host.ExpectLog("就绪检查");
        try
        {
            await host.InitializeAsync();
            var ready = await host.CreateClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("application/problem+json", ready.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Contains("文件存储", problem.RootElement.GetProperty("detail").GetString());
            Assert.DoesNotContain("数据库", problem.RootElement.GetProperty("detail").GetString());

            var live = await host.CreateClient().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
            File.Delete(blocked);
        }
    }
}
