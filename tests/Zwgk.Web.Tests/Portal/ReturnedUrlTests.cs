using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Portal;

/// <summary>Every URL the search and documents API return opens as given, on the host it was asked on (issue 11, item 11).</summary>
public sealed class ReturnedUrlTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private static async Task<List<string>> UrlsAsync(HttpClient client, string api, string list)
    {
        var body = await client.GetFromJsonAsync<JsonElement>(api);
        return body.GetProperty(list).EnumerateArray().Select(i => i.GetProperty("url").GetString()!).ToList();
    }

    private static async Task AllOpenAsync(HttpClient client, IReadOnlyList<string> urls, string? host = null)
    {
        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (host is not null && !url.StartsWith("http", StringComparison.Ordinal))
            {
                request.Headers.Host = host;
            }

            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}（{host ?? "默认主机"}）答复 {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Search_results_of_every_site_open_on_the_default_host()
    {
        var client = factory.CreateClient();
        var urls = await UrlsAsync(client, "/api/v1/search?q=" + Uri.EscapeDataString("政务公开") + "&pageSize=50", "items");

        Assert.Contains(urls, u => u.StartsWith("/s/haiyang/doc/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("/doc/", StringComparison.Ordinal));
        await AllOpenAsync(client, urls);
        await AllOpenAsync(client, await UrlsAsync(client, "/api/v1/search?q=" + Uri.EscapeDataString("低保") + "&site=haiyang", "items"));
    }

    [Fact]
    public async Task Document_list_and_record_urls_open_and_a_draft_has_none()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var body = await admin.GetFromJsonAsync<JsonElement>("/api/v1/documents?pageSize=100");
        var items = body.GetProperty("items").EnumerateArray().ToList();
        var urls = items.Where(i => i.GetProperty("url").ValueKind == JsonValueKind.String).Select(i => i.GetProperty("url").GetString()!).ToList();

        Assert.Equal(items.Count(i => i.GetProperty("state").GetString() == "Published"), urls.Count);
        await AllOpenAsync(factory.CreateClient(), urls);
        var one = items.First(i => i.GetProperty("url").GetString()!.StartsWith("/s/laiyang/", StringComparison.Ordinal));
        var record = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/documents/{one.GetProperty("id").GetInt32()}");
        Assert.Equal(one.GetProperty("url").GetString(), record.GetProperty("url").GetString());

        var unit = await factory.UnitIdAsync("海阳市");
        var draft = await (await admin.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(unit, "尚未发布的通知"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task On_a_site_s_own_host_its_documents_are_site_relative_and_others_go_to_their_host()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?q=" + Uri.EscapeDataString("政务公开") + "&pageSize=50");
        request.Headers.Host = "www.haiyang.gov.cn";
        var body = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var urls = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!).ToList();

        Assert.Contains(urls, u => u.StartsWith("/doc/", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.StartsWith("http://www.yantai.gov.cn/doc/", StringComparison.Ordinal));
        await AllOpenAsync(client, urls.Where(u => u.StartsWith('/')).ToList(), "www.haiyang.gov.cn");
        foreach (var url in urls.Where(u => u.StartsWith("http", StringComparison.Ordinal)))
        {
            var uri = new Uri(url);
            var visit = new HttpRequestMessage(HttpMethod.Get, uri.PathAndQuery);
            visit.Headers.Host = uri.Host;
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(visit)).StatusCode);
        }
    }
}
