using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

public sealed class AccountsTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Fact]
    public async Task A_user_with_a_role_on_a_township_sees_only_that_subtree()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var fangyuan = await factory.UnitIdAsync("方圆街道");
        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "fy.editor", displayName = "方圆街道信息员", password = "Fangyuan2026x", homeUnitId = fangyuan, role = "Editor",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var user = await factory.AsUserAsync(("fy.editor", "Fangyuan2026x"));
        var units = await user.GetFromJsonAsync<JsonElement[]>("/api/v1/units");

        var names = units!.Select(u => u.GetProperty("shortName").GetString()).ToList();
        Assert.Equal(3, names.Count);
        Assert.Contains("方圆社区", names);
        Assert.DoesNotContain("东村街道", names);
    }

    [Fact]
    public async Task No_one_grants_more_than_they_hold()
    {
        var reviewerUnit = await factory.UnitIdAsync("海阳市");
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var laiyang = await factory.UnitIdAsync("莱阳市");

        // The Haiyang office may appoint an editor inside Haiyang …
        var ok = await office.PostAsJsonAsync("/api/v1/users", new { userName = "hy.new", displayName = "新信息员", password = "Haiyang2026x", homeUnitId = reviewerUnit, role = "Editor" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var id = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        // … but not a system admin, and nothing in Laiyang.
        var tooMuch = await office.PostAsJsonAsync($"/api/v1/users/{id}/grants", new { role = "SystemAdmin", unitId = reviewerUnit });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("不能授予他人", await tooMuch.Content.ReadAsStringAsync());
        var elsewhere = await office.PostAsJsonAsync($"/api/v1/users/{id}/grants", new { role = "Editor", unitId = laiyang });
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);

        // An editor manages no one.
        var editor = await factory.AsUserAsync(DemoAccounts.DongcunEditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync($"/api/v1/users/{id}/grants", new { role = "Editor", unitId = reviewerUnit })).StatusCode);
    }

    [Fact]
    public async Task Weak_passwords_and_duplicate_names_are_refused_in_chinese()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var unit = await factory.UnitIdAsync("海阳市");

        var weak = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "weak", displayName = "弱", password = "abc", homeUnitId = unit });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var problem = await weak.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("密码至少需要10位", string.Join("", problem.GetProperty("errors").GetProperty("Password").EnumerateArray().Select(e => e.GetString())));

        var duplicate = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "office", displayName = "重名", password = "Duplicate2026x", homeUnitId = unit });
        Assert.Contains("已被使用", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_every_attempt_is_audited()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var unit = await factory.UnitIdAsync("莱阳市");
        await admin.PostAsJsonAsync("/api/v1/users", new { userName = "lock.me", displayName = "锁定测试", password = "LockMe2026xx", homeUnitId = unit, role = "Reviewer" });
        using var browser = new Browser(factory);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await browser.SubmitAsync("/admin/login", new Dictionary<string, string> { ["UserName"] = "lock.me", ["Password"] = "Wrong2026xxx" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await browser.SubmitAsync("/admin/login", new Dictionary<string, string> { ["UserName"] = "lock.me", ["Password"] = "LockMe2026xx" });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        // Locked, the right password gets the words of a wrong one: the answer never tells an account exists.
        Assert.Contains(Zwgk.Web.Admin.LoginModel.Failed, await right.Content.ReadAsStringAsync());

        var actions = await factory.DbAsync(db => db.AuditEntries.Where(e => e.Actor == "lock.me").Select(e => e.Action).ToListAsync());
        Assert.Equal(4, actions.Count(a => a == "SignInFailed"));
        Assert.Equal(2, actions.Count(a => a == "SignInLockedOut"));
    }

    [Fact]
    public async Task A_disabled_account_loses_access_at_once()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var unit = await factory.UnitIdAsync("古柳街道");
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "soon.gone", displayName = "将停用", password = "SoonGone2026x", homeUnitId = unit, role = "Editor" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var user = await factory.AsUserAsync(("soon.gone", "SoonGone2026x"));
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/units")).StatusCode);

        await using (var scope = factory.Scope())
        {
            var admin2 = scope.ServiceProvider.GetRequiredService<Zwgk.Web.Platform.ZwgkDbContext>();
            var account = await admin2.Users.SingleAsync(u => u.Id == id);
            account.IsDisabled = true;
            await admin2.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/units")).StatusCode);
    }
}
