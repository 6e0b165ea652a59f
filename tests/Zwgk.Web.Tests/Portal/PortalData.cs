using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Portal;

/// <summary>Steps the portal tests take through the API, as an integrator or the console would.</summary>
internal static class PortalData
{
    private static readonly string[] Topics = ["综合政务"];

    /// <summary>The site's live columns by path ("xxgk/nb"), from the public API.</summary>
    public static async Task<Dictionary<string, int>> ColumnsAsync(HttpClient client, string site) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/sites/{site}/columns")).EnumerateArray()
            .ToDictionary(c => c.GetProperty("path").GetString()!, c => c.GetProperty("id").GetInt32());

    public static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Drafts (as <paramref name="admin"/>), then reviews and signs off as the city office, a public document of the unit in the column; returns its id.</summary>
    public static async Task<int> PublishAsync(ZwgkFactory factory, HttpClient admin, string site, string columnPath, string unitName, string title)
    {
        var unit = await factory.DbAsync(db => db.Organizations.Where(o => o.Name == unitName).Select(o => o.Id).SingleAsync());
        var column = (await ColumnsAsync(admin, site))[columnPath];
        var draft = await PostAsync(admin, "/api/v1/documents", new
        {
            unitId = unit,
            columnId = column,
            title,
            writtenOn = "2026-11-30",
            issuingUnits = new[] { unitName },
            genre = "通知",
            topics = Topics,
            bodyHtml = "<p>现将有关事项通知如下。</p>",
            attribute = "Proactive",
        });
        var id = draft.GetProperty("id").GetInt32();
        await PostAsync(admin, $"/api/v1/documents/{id}/submit", new { });
        // A second person reviews and signs off: the drafter may not (separation of duties).
        var signOff = await factory.ReviewAndSignOffAsync(id);
        Assert.True(signOff.IsSuccessStatusCode, await signOff.Content.ReadAsStringAsync());
        return id;
    }
}
