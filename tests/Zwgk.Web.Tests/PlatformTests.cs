using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

public sealed class PlatformTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Fact]
    public async Task Health_answers()
    {
        var body = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_document_lists_the_v1_endpoints_and_a_reference_page_exists()
    {
        var client = factory.CreateClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/v1/calendar/add-working-days", paths);
        Assert.Contains("/api/v1/units", paths);
        Assert.Contains("/api/v1/users/{id}/grants", paths);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs/v1")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_gives_each_request_step_the_schema_of_its_own_input()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        JsonElement Properties(string step)
        {
            var schema = doc.GetProperty("paths").GetProperty($"/api/v1/requests/{{id}}/{step}").GetProperty("post")
                .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            }

            return schema.GetProperty("properties");
        }

        Assert.True(Properties("assign").TryGetProperty("unitId", out _));
        Assert.True(Properties("extend").TryGetProperty("days", out _));
        Assert.False(Properties("extend").TryGetProperty("unitId", out _));
    }

    [Fact]
    public async Task Data_protection_keys_live_in_the_database()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);

        Assert.True(await factory.DbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task Demo_region_has_the_promised_shape()
    {
        var counts = await factory.DbAsync(async db => new
        {
            Counties = await db.Organizations.CountAsync(o => o.Level == Domain.Organizations.AdministrativeLevel.County && o.Kind == Domain.Organizations.OrganizationKind.Government),
            Townships = await db.Organizations.CountAsync(o => o.Level == Domain.Organizations.AdministrativeLevel.Township),
            Villages = await db.Organizations.CountAsync(o => o.Level == Domain.Organizations.AdministrativeLevel.Village),
            CountyDepartments = await db.Organizations.CountAsync(o => o.Level == Domain.Organizations.AdministrativeLevel.County && o.Kind == Domain.Organizations.OrganizationKind.Department),
            Sites = await db.Sites.CountAsync(),
            Roles = await db.RoleGrants.Select(g => g.Role).Distinct().CountAsync(),
        });

        Assert.Equal(2, counts.Counties);
        Assert.Equal(6, counts.Townships);
        Assert.Equal(12, counts.Villages);
        Assert.Equal(12, counts.CountyDepartments);
        Assert.Equal(3, counts.Sites);
        Assert.Equal(6, counts.Roles);
    }
}
