using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>Every console page and every protected API endpoint refuses the anonymous and users of other units.</summary>
public sealed class AuthorizationTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    // The console error page answers anyone (an anonymous visitor of a missing console address sees it too).
    private static readonly string[] PublicAdminPages = ["admin/login", "admin/denied", "admin/logout", "admin/error/{code:int?}"];

    private List<RouteEndpoint> Endpoints()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    private static string Fill(RouteEndpoint e) =>
        "/" + string.Join("/", e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            _ => "1",
        }))));

    [Fact]
    public async Task Every_console_page_sends_the_anonymous_to_sign_in()
    {
        var pages = Endpoints()
            .Where(e => e.RoutePattern.RawText?.StartsWith("admin", StringComparison.Ordinal) == true && !PublicAdminPages.Contains(e.RoutePattern.RawText))
            .Select(Fill).Distinct().ToList();
        Assert.True(pages.Count >= 2, "expected console pages");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {response.StatusCode}");
            Assert.Contains("/admin/login", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task Every_protected_api_endpoint_answers_401_problem_to_the_anonymous()
    {
        var endpoints = Endpoints()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0)
            .ToList();
        Assert.True(endpoints.Count >= 10, $"expected protected API endpoints, found {endpoints.Count}");
        var client = factory.CreateClient();

        foreach (var e in endpoints)
        {
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            var method = methods is { Count: > 0 } ? methods[0] : "GET";
            var request = new HttpRequestMessage(new HttpMethod(method), Fill(e));
            var accepts = e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes ?? [];
            if (accepts.Any(t => t.StartsWith("multipart/", StringComparison.Ordinal)))
            {
                request.Content = new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "a.pdf" } };
            }
            else if (method is "POST" or "PUT")
            {
                request.Content = JsonContent.Create(new { });
            }

            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {Fill(e)}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_invalid_or_revoked_token_is_refused()
    {
        var bogus = factory.WithToken("zwgk_0000000000000000000000000000000000000000");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bogus.GetAsync("/api/v1/units")).StatusCode);

        using var signedIn = new Browser(factory);
        await signedIn.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var created = await (await signedIn.Client.PostAsJsonAsync("/api/v1/tokens", new { name = "临时" })).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var temp = factory.WithToken(created.GetProperty("token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await temp.GetAsync("/api/v1/units")).StatusCode);

        var revoke = await temp.DeleteAsync($"/api/v1/tokens/{created.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await temp.GetAsync("/api/v1/units")).StatusCode);
    }

    [Fact]
    public async Task A_county_office_cannot_see_or_change_another_county()
    {
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var laiyang = await factory.UnitIdAsync("莱阳市");
        var haiyang = await factory.UnitIdAsync("海阳市");

        var units = await office.GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/v1/units");
        Assert.Contains(units!, u => u.GetProperty("id").GetInt32() == haiyang);
        Assert.DoesNotContain(units!, u => u.GetProperty("name").GetString()!.Contains("莱阳", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/units/{laiyang}")).StatusCode);

        var edit = await office.PutAsJsonAsync($"/api/v1/units/{laiyang}", new { name = "莱阳市人民政府", shortName = "改名" });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        var create = await office.PostAsJsonAsync("/api/v1/units", new { name = "某街道办事处", shortName = "某街道", level = "Township", kind = "Government", parentId = laiyang });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task An_editor_has_no_unit_user_or_audit_management()
    {
        var editor = await factory.AsUserAsync(DemoAccounts.DongcunEditor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/v1/units", new { name = "x", shortName = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/v1/me")).StatusCode);
    }
}
