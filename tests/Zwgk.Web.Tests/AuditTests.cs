using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

public sealed class AuditTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Fact]
    public async Task Changing_a_unit_records_who_when_and_before_to_after()
    {
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await factory.UnitIdAsync("留格庄镇");

        var response = await office.PutAsJsonAsync($"/api/v1/units/{unit}", new { name = "海阳市留格庄镇人民政府", shortName = "留格庄镇", phone = "0535-3999999" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var entry = await factory.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Organization" && e.EntityId == unit.ToString()).OrderBy(e => e.Id).LastAsync());
        Assert.Equal("office", entry.Actor);
        Assert.Equal("Updated", entry.Action);
        Assert.Contains("Phone: 0535-", entry.Summary);
        Assert.Contains("→ 0535-3999999", entry.Summary);
        Assert.True(DateTime.UtcNow - entry.At < TimeSpan.FromMinutes(5));
        Assert.Equal(DateTimeKind.Utc, entry.At.Kind);
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_altered_even_in_sql()
    {
        await factory.DbAsync(db => db.AuditEntries.AnyAsync());
        // The refused statements are logged as failed commands: that is the trigger working.
        factory.ExpectLog("UPDATE \"AuditEntries\"").ExpectLog("DELETE FROM \"AuditEntries\"");
        await Assert.ThrowsAnyAsync<Exception>(() => factory.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Summary\" = 'x'")));
        await Assert.ThrowsAnyAsync<Exception>(() => factory.DbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));
    }

    [Fact]
    public async Task A_county_office_sees_only_its_own_subtree_in_the_audit()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var laiyangTown = await factory.UnitIdAsync("穴坊镇");
        var haiyangTown = await factory.UnitIdAsync("东村街道");
        await admin.PutAsJsonAsync($"/api/v1/units/{laiyangTown}", new { name = "莱阳市穴坊镇人民政府", shortName = "穴坊镇", phone = "0535-7000001" });
        await admin.PutAsJsonAsync($"/api/v1/units/{haiyangTown}", new { name = "海阳市东村街道办事处", shortName = "东村街道", phone = "0535-3000001" });

        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var page = await office.GetFromJsonAsync<JsonElement>("/api/v1/audit?entityType=Organization");

        var ids = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("entityId").GetString()).ToList();
        Assert.Contains(haiyangTown.ToString(), ids);
        Assert.DoesNotContain(laiyangTown.ToString(), ids);
    }
}
