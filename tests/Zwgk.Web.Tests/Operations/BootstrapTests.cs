using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Operations;

/// <summary>A new installation: an empty database is told how to start, and the bootstrap command creates the first unit, site and administrator once.</summary>
public sealed class BootstrapTests : IAsyncLifetime
{
    private const string Password = "Boot2026Strap";
    private readonly ZwgkFactory _host = new() { Settings = { ["Demo:Seed"] = "false" } };

    private static readonly string[] Args =
    [
        "bootstrap", "--unit-name", "威海市人民政府", "--credit-code", "11371000MB0000001X", "--site-code", "weihai", "--site-name", "威海市人民政府",
        "--host", "www.weihai.gov.cn", "--site-id-code", "3710000001", "--admin", "root",
    ];

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_host).DisposeAsync();

    [Fact]
    public async Task Empty_installation_tells_the_operator_which_command_to_run()
    {
        var page = await _host.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains("dotnet Zwgk.Web.dll bootstrap", text);
        Assert.DoesNotContain("Exception", text);
    }

    [Fact]
    public async Task Bootstrap_creates_unit_site_and_administrator_once_audited_and_a_second_run_changes_nothing()
    {
        var code = Zwgk.Domain.Organizations.CreditCode.FromBody("11371000MB0000001").Value;
        var args = Args.Select(a => a == "11371000MB0000001X" ? code : a).ToArray();

        var first = new StringWriter();
        Assert.Equal(0, await Commands.Parse(args)!.RunAsync(_host.Services, first, new StringReader(Password + "\n")));
        Assert.Contains("已创建", first.ToString());

        var second = new StringWriter();
        Assert.Equal(0, await Commands.Parse(args)!.RunAsync(_host.Services, second, new StringReader("Other2026Pass\n")));
        Assert.Contains("未作任何更改", second.ToString());

        await using var scope = _host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
        Assert.Equal(1, await db.Organizations.CountAsync());
        Assert.Equal(1, await db.Sites.CountAsync());
        var admin = await db.Users.SingleAsync();
        Assert.Equal("root", admin.UserName);
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CheckPasswordAsync(admin, Password));
        Assert.Equal(Role.SystemAdmin, (await db.RoleGrants.SingleAsync()).Role);

        var audit = await db.AuditEntries.Where(a => a.Actor == "初始化命令").ToListAsync();
        Assert.Contains(audit, a => a.EntityType == "Organization");
        Assert.Contains(audit, a => a.EntityType == "AppUser");
        Assert.DoesNotContain(audit, a => a.Summary.Contains(admin.PasswordHash!) || a.Summary.Contains(admin.SecurityStamp!));

        var portal = await _host.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
    }

    [Fact]
    public async Task Bootstrap_with_bad_input_says_what_is_wrong_and_creates_nothing()
    {
        var args = Args.Select(a => a == "11371000MB0000001X" ? "123" : a).ToArray();
        var output = new StringWriter();
        Assert.Equal(1, await Commands.Parse(args)!.RunAsync(_host.Services, output, new StringReader("short\n")));
        Assert.Contains("统一社会信用代码", output.ToString());
        await using var scope = _host.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ZwgkDbContext>().Organizations.AnyAsync());
    }
}
