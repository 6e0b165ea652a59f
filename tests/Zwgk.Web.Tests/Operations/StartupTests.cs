using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Platform;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Operations;

public sealed class StartupTests
{
    [Fact]
    public async Task Replicas_starting_together_on_an_empty_database_migrate_and_seed_it_once()
    {
        var first = new ZwgkFactory();
        await first.CreateDatabaseAsync();
        var second = ZwgkFactory.OnSameDatabaseAs(first);
        try
        {
            await Task.WhenAll(Task.Run(first.StartServer), Task.Run(second.StartServer));

            foreach (var host in new[] { first, second })
            {
                var ready = await host.CreateClient().GetAsync("/health/ready");
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }

            await using var scope = first.Scope();
            var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
            Assert.Equal(1, await db.Users.CountAsync(u => u.UserName == "admin"));
            Assert.Equal(1, await db.Organizations.CountAsync(o => o.ParentId == null));
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    [Fact]
    public void Command_line_passwords_never_reach_the_host_configuration()
    {
        var args = new[] { "bootstrap", "--admin", "root", "--password", "S3cretPassw0rd", "--ConnectionStrings:Zwgk=Host=db" };
        Assert.Equal(["--ConnectionStrings:Zwgk=Host=db"], Commands.HostArgs(args));
        Assert.Null(Commands.Parse(["--urls", "http://localhost:5000"]));
    }
}
