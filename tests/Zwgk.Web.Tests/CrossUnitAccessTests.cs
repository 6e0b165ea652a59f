using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests;
using Zwgk.Web.Accounts;
using Zwgk.Web.Requests;
using Zwgk.Web.Tests.Attachments;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>
/// Every route that takes an id (API and console pages, reads and writes), called by the 主管部门 of 莱阳市 with the ids
/// of 海阳市's objects, answers 403 or 404 (a page: the "no permission" page), shows none of their data and changes nothing.
/// </summary>
public sealed class CrossUnitAccessTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private static readonly (string User, string Password) LaiyangOffice = ("laiyang-office", "Zwgk2026Laiyang");

    // Routes whose id names something no unit owns, or that show only what is public anyway.
    private static readonly Dictionary<string, string> NotUnitOwned = new(StringComparer.Ordinal)
    {
        ["catalog/unit/{unitId:int}"] = "the portal's catalog of a unit: published catalogs only",
        ["catalog/domain/{domainId:int}"] = "the portal's catalog of a pilot domain: published catalogs only",
        ["/api/v1/guidelines/{id:int}"] = "the provincial standard guidelines are shared by every unit",
        ["/api/v1/guidelines/{id:int}/export"] = "the provincial standard guidelines are shared by every unit",
        ["/api/v1/units/{unitId:int}/service-items/"] = "a unit's service list is published (政务服务网)",
        ["/api/v1/units/{unitId:int}/service-items/template"] = "the empty import template",
        ["unit/{id:int}"] = "a unit's public 信息公开 page: published documents only",
        ["/channels/{id:int}/feed"] = "a channel's feed carries only public documents",
        ["/channels/{id:int}/feed.json"] = "a channel's feed carries only public documents",
    };

    // Step names for POST /api/v1/requests/{id}/{action}: every step of the procedure and one that does not exist.
    private static readonly string[] RequestSteps =
    [
        "assign", "clarify", "complete-clarification", "consult", "answer-consultation", "lapse-consultation", "extend", "fee-notice",
        "fee-paid", "decide", "approve", "return", "reply", "reply-on-the-spot", "deliver", "archive", "note", "link-document",
        "file-remedy", "decide-remedy", "no-such-step",
    ];

    private sealed record Haiyang(
        Dictionary<string, int> Ids, int AttachmentId, int ItemId, int RequestAttachment, int LetterId, string OfficeUserId, int GrantId,
        int TokenId, int DomainId, int CityId, string[] Secrets);

    [Fact]
    public async Task Another_countys_ids_answer_403_or_404_with_none_of_its_data_on_every_route()
    {
        var haiyang = await HaiyangObjectsAsync();
        var laiyangUserId = await CreateLaiyangOfficeAsync();
        var api = await factory.AsUserAsync(LaiyangOffice);
        using var browser = new Browser(factory);
        await browser.SignInAsync(LaiyangOffice.User, LaiyangOffice.Password);
        var antiforgery = (await browser.GetDocumentAsync("/admin/tokens")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await AuditCountAsync(laiyangUserId);

        var calls = 0;
        var leaks = new List<string>();
        foreach (var endpoint in await RoutesWithIdsAsync())
        {
            var raw = endpoint.Route.RoutePattern.RawText!;
            foreach (var url in Urls(endpoint.Route.RoutePattern, haiyang))
            {
                var target = endpoint.Handler is { } h ? $"{url}?handler={h}" : url;
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), target);
                if (endpoint.Method != "GET")
                {
                    request.Content = endpoint.IsPage
                        ? new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["Reason"] = "越权测试" })
                        : Body(endpoint.Route, haiyang);
                }

                var response = endpoint.IsPage ? await browser.Client.SendAsync(request) : await api.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                // An API body that does not bind is refused (400) before the handler looks the id up, so it says nothing either.
                var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || (!endpoint.IsPage && response.StatusCode == HttpStatusCode.BadRequest)
                    || (endpoint.IsPage && response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/admin/denied", StringComparison.Ordinal));
                if (!refused || haiyang.Secrets.Any(s => body.Contains(s, StringComparison.Ordinal)))
                {
                    leaks.Add($"{endpoint.Method} {target} ({raw}): {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
                }

                calls++;
            }
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.True(calls >= 80, $"expected every id route to be called, made {calls} calls");
        // Nothing was changed: no audited action by the 莱阳市 user beyond signing in and taking a token.
        Assert.Equal(before, await AuditCountAsync(laiyangUserId));
        var draft = await factory.DbAsync(db => db.Documents.SingleAsync(d => d.Id == haiyang.Ids["documents"]));
        Assert.Equal(DocumentState.Draft, draft.State);
    }

    [Fact]
    public async Task The_route_table_names_every_id_route_this_test_fills()
    {
        // A new route with an id parameter is either filled with a 海阳市 id above or listed with its reason.
        var haiyang = await HaiyangObjectsAsync();
        foreach (var endpoint in await RoutesWithIdsAsync())
        {
            Assert.NotEmpty(Urls(endpoint.Route.RoutePattern, haiyang));
        }
    }

    private static bool TakesId(RoutePattern p) =>
        p.Parameters.Any(x => x.Name.Contains("id", StringComparison.OrdinalIgnoreCase) || x.Name is "item" or "number");

    private async Task<List<(RouteEndpoint Route, string Method, string? Handler, bool IsPage)>> RoutesWithIdsAsync()
    {
        _ = factory.Server;
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var result = new List<(RouteEndpoint, string, string?, bool)>();
        foreach (var e in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var raw = e.RoutePattern.RawText ?? "";
            if (!TakesId(e.RoutePattern) || NotUnitOwned.ContainsKey(raw))
            {
                continue;
            }

            if (e.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, e.Metadata);
                // Only handlers a request can reach: GET and POST (a page model's filter methods are listed too).
                foreach (var h in compiled.HandlerMethods.Where(h => h.HttpMethod is "Get" or "Post"))
                {
                    result.Add((e, h.HttpMethod.ToUpperInvariant(), h.Name, true));
                }

                continue;
            }

            foreach (var method in e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                result.Add((e, method, null, false));
            }
        }

        Assert.True(result.Count >= 60, $"expected the id routes, found {result.Count}");
        return result;
    }

    /// <summary>The route filled with 海阳市's ids; a route with {action} once per request step.</summary>
    private static List<string> Urls(RoutePattern pattern, Haiyang h)
    {
        var raw = pattern.RawText!.TrimStart('/');
        var head = raw.StartsWith("api/v1/", StringComparison.Ordinal) ? raw["api/v1/".Length..] : raw.StartsWith("admin/", StringComparison.Ordinal) ? raw["admin/".Length..] : raw;
        var kind = head.StartsWith("outbound/deliveries/", StringComparison.Ordinal) ? "outbound-deliveries" : head.Split('/')[0];
        var actions = pattern.Parameters.Any(p => p.Name == "action") ? RequestSteps : [""];
        var urls = new List<string>();
        foreach (var action in actions)
        {
            var parts = new List<string>();
            foreach (var segment in pattern.PathSegments)
            {
                var text = "";
                foreach (var part in segment.Parts)
                {
                    text += part switch
                    {
                        RoutePatternLiteralPart l => l.Content,
                        RoutePatternParameterPart { Name: "action" } => action,
                        RoutePatternParameterPart p => Value(kind, p.Name, h)?.ToString(),
                        _ => "",
                    };
                }

                parts.Add(text);
            }

            if (parts.All(p => p.Length > 0))
            {
                urls.Add("/" + string.Join("/", parts));
            }
        }

        return urls;
    }

    private static object? Value(string kind, string parameter, Haiyang h) => parameter switch
    {
        "id" => kind == "doc" ? h.Ids["documents"] : kind == "users" ? h.OfficeUserId : kind == "tokens" ? h.TokenId
            : kind == "outbound-deliveries" ? h.Ids["deliveries"]
            : kind == "domains" ? h.DomainId : h.Ids.TryGetValue(kind, out var id) ? id : null,
        "attachmentId" => h.AttachmentId,
        "itemId" or "item" => h.ItemId,
        "number" => h.RequestAttachment,
        "letterId" => h.LetterId,
        "grantId" => h.GrantId,
        "unitId" => h.Ids["units"],
        _ => null,
    };

    private static HttpContent Body(RouteEndpoint e, Haiyang h)
    {
        var accepts = e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes ?? [];
        var raw = e.RoutePattern.RawText!;
        if (accepts.Any(t => t.StartsWith("multipart/", StringComparison.Ordinal)) || raw.EndsWith("/import", StringComparison.Ordinal))
        {
            var pdf = TestFiles.Pdf("cross", "越权");
            var content = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "a.pdf" } };
            return content;
        }

        // A valid-looking body, so a refusal comes from the unit check and not from validation.
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(DocumentsApiTests.Draft(h.Ids["units"], "越权改写"), JsonSerializerOptions.Web))!.AsObject();
        var draft = body.DeepClone();
        foreach (var (key, value) in new Dictionary<string, object?>
        {
            ["name"] = "越权", ["shortName"] = "越权", ["reason"] = "越权测试", ["opinion"] = "同意", ["note"] = "越权", ["cityUnitId"] = h.CityId,
            ["department"] = "越权局", ["role"] = "Editor", ["itemIds"] = Array.Empty<int>(), ["trackingNumber"] = "", ["accessCode"] = "",
            ["applicable"] = false, ["validity"] = "Repealed", ["on"] = "2026-03-01",
        })
        {
            body[key] = JsonSerializer.SerializeToNode(value);
        }

        body["content"] = draft;
        return JsonContent.Create(body);
    }

    private Task<int> AuditCountAsync(string userId) =>
        factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == userId && a.Action != "SignIn" && a.Action != "TokenCreated"));

    private async Task<string> CreateLaiyangOfficeAsync()
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(LaiyangOffice.User) is { } existing)
        {
            return existing.Id;
        }

        var db = scope.ServiceProvider.GetRequiredService<Platform.ZwgkDbContext>();
        var laiyang = await db.Organizations.SingleAsync(o => o.ShortName == "莱阳市");
        var user = new AppUser { UserName = LaiyangOffice.User, DisplayName = "莱阳市政务公开办", HomeUnitId = laiyang.Id, CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, LaiyangOffice.Password)).Succeeded);
        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.DisclosureOffice, OrganizationId = laiyang.Id, GrantedAt = DateTime.UtcNow, GrantedBy = "测试" });
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A 海阳市 draft with a 错敏词 and an attachment, and the demo data's 海阳市 catalog, request, site and people.</summary>
    private async Task<Haiyang> HaiyangObjectsAsync()
    {
        const string Title = "海阳市内部草稿HY7731";
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await factory.UnitIdAsync("海阳市");
        var draft = await factory.DbAsync(db => db.Documents.Where(d => d.Title == Title).Select(d => (int?)d.Id).SingleOrDefaultAsync());
        if (draft is null)
        {
            var created = await office.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(unit, Title, body: "<p>截止目前，HY7731正文尚未公开。</p>"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            draft = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            var upload = await office.PostAsync($"/api/v1/documents/{draft}/attachments",
                new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Pdf("HY7731", "海阳内部")), "file", "海阳内部附件HY7731.pdf" } });
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        // A 公开属性认定公函 of 海阳市 (Rules/DisclosureNoticeTests), issued once.
        var notice = await factory.DbAsync(db => db.DisclosureNotices.Where(n => n.UnitId == unit).Select(n => (int?)n.Id).FirstOrDefaultAsync());
        if (notice is null)
        {
            var old = await Rules.DisclosureNoticeTests.HistoricalAsync(office, unit, "海阳市人民政府关于HY7731历史事项的通知", "海政发〔2009〕77号");
            var issued = await office.PostAsJsonAsync("/api/v1/disclosure-notices", new { unitId = unit, addresseeUnitId = unit, items = new[] { new { documentId = old, attribute = "Proactive" } } });
            Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
            notice = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        }

        return await factory.DbAsync(async db =>
        {
            var haiyangPath = await db.Organizations.Where(o => o.Id == unit).Select(o => o.Path).SingleAsync();
            var units = db.Organizations.Where(o => o.Path.StartsWith(haiyangPath)).Select(o => o.Id);
            var attachment = await db.DocumentAttachments.Where(a => a.DocumentId == draft).Select(a => a.Id).FirstAsync();
            var catalog = await db.Set<StandardCatalog>().Include(c => c.Items).Where(c => units.Contains(c.UnitId) && c.Items.Any() && c.State != CatalogState.Published && c.State != CatalogState.Superseded).OrderBy(c => c.Id).FirstAsync();
            var request = await db.Set<InformationRequest>().Include(r => r.Attachments).Where(r => units.Contains(r.UnitId) && r.Attachments.Any()).OrderBy(r => r.Id).FirstAsync();
            var letter = await db.Set<RequestLetter>().Where(l => units.Contains(l.UnitId)).OrderBy(l => l.Id).Select(l => (int?)l.Id).FirstOrDefaultAsync();
            var site = await db.Sites.Where(s => s.OrganizationId == unit).Select(s => s.Id).FirstAsync();
            var column = await db.Columns.Where(c => c.SiteId == site).Select(c => c.Id).FirstAsync();
            // The demo 政府公报 issue of 海阳市 (console: /admin/gazette/{id}; portal: only on 海阳市's own site).
            var gazette = await db.Set<Zwgk.Domain.Gazette.GazetteIssue>().Where(i => i.UnitId == unit).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
            var (channel, delivery) = await OutboundOfAsync(db, unit, draft.Value);
            var officeUser = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.HaiyangOffice.User);
            var grant = await db.RoleGrants.Where(g => g.UserId == officeUser.Id).Select(g => g.Id).FirstAsync();
            var token = await db.ApiTokens.Where(t => t.UserId == officeUser.Id).Select(t => t.Id).FirstAsync();
            var domain = await db.Set<PilotDomain>().OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            var city = await db.Organizations.Where(o => o.ShortName == "烟台市").Select(o => o.Id).SingleAsync();
            return new Haiyang(
                new Dictionary<string, int>
                {
                    ["documents"] = draft.Value, ["catalogs"] = catalog.Id, ["requests"] = request.Id, ["units"] = unit, ["sites"] = site, ["columns"] = column,
                    ["gazette"] = gazette, ["outbound"] = channel, ["deliveries"] = (int)delivery, ["disclosure-notices"] = notice.Value,
                },
                attachment, catalog.Items[0].Id, request.Attachments[0].Number, letter ?? 999_999, officeUser.Id, grant, token, domain, city,
                [Title, "HY7731", request.Applicant.Name, officeUser.DisplayName]);
        });
    }

    /// <summary>A 海阳市 同源发布 channel (disabled, so nothing is sent) with one queued message of its draft.</summary>
    private static async Task<(int Channel, long Delivery)> OutboundOfAsync(Platform.ZwgkDbContext db, int unit, int documentId)
    {
        var existing = await db.Set<Zwgk.Web.Outbound.OutboundChannel>().Where(c => c.UnitId == unit && c.Name == "海阳市越权测试渠道").Select(c => (int?)c.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return (id, await db.Set<Zwgk.Web.Outbound.OutboundDelivery>().Where(d => d.ChannelId == id).Select(d => d.Id).FirstAsync());
        }

        var now = DateTime.UtcNow;
        var channel = new Zwgk.Web.Outbound.OutboundChannel
        {
            UnitId = unit, Name = "海阳市越权测试渠道", Kind = Zwgk.Web.Outbound.ChannelKind.NewMedia, WebhookUrl = "https://hy.example.gov.cn/hook",
            Enabled = false, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(channel);
        await db.SaveChangesAsync();
        var document = await db.Documents.SingleAsync(d => d.Id == documentId);
        var delivery = Zwgk.Web.Outbound.OutboundDelivery.Queue(channel.Id, document, Zwgk.Web.Outbound.OutboundEvent.Published, "{}", now);
        db.Add(delivery);
        await db.SaveChangesAsync();
        return (channel.Id, delivery.Id);
    }
}
