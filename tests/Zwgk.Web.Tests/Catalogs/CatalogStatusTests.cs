using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Catalogs;

/// <summary>Item status on the working-day calendar with a clock the test moves (starts Monday 2026-03-02, 09:00 China time).</summary>
public sealed class CatalogStatusTests(ClockFactory host) : IClassFixture<ClockFactory>
{
    [Fact]
    public async Task An_item_without_documents_turns_overdue_after_twenty_working_days_and_a_filed_document_gives_content()
    {
        var factory = host.Factory;
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var reviewer = await factory.AsUserAsync(DemoAccounts.HaiyangReviewer);
        var office = (await factory.DbAsync(db => db.Organizations.Where(o => o.Name == "海阳市人民政府办公室").Select(o => o.Id).ToListAsync())).Single();
        var id = await admin.NewCatalogAsync(office);
        var rows = new List<Dictionary<string, object?>>
        {
            CatalogSheets.Row("工作要点", domain: "财政预决算", category: "综合业务").With("公开时限", "信息形成或者变更之日起20个工作日内").With("公开主体", "海阳市人民政府办公室").With("公开层级", "县级"),
            CatalogSheets.Row("监督检查", category: "综合业务").With("公开时限", "信息形成或者变更之日起20个工作日内").With("公开主体", "海阳市人民政府办公室").With("公开层级", "县级"),
        };
        Assert.Equal(HttpStatusCode.OK, (await admin.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(rows))).StatusCode);
        await admin.PostAsync($"/api/v1/catalogs/{id}/submit", null);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/api/v1/catalogs/{id}/approve", new { })).StatusCode);

        // The seed document 002 (海政办发〔2020〕9号) is the office's; file it under the first item.
        var catalog = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/catalogs/{id}");
        var first = catalog.GetProperty("items")[0].GetProperty("key").GetGuid();
        var document = (await factory.DbAsync(db => db.Documents.Where(d => d.UnitId == office).Select(d => d.Id).ToListAsync())).First();
        var editor = await factory.AsUserAsync(DemoAccounts.DongcunEditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsJsonAsync($"/api/v1/documents/{document}/catalog-items", new { itemKeys = new[] { first } })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PutAsJsonAsync($"/api/v1/documents/{document}/catalog-items", new { itemKeys = new[] { Guid.NewGuid() } })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/documents/{document}/catalog-items", new { itemKeys = new[] { first } })).StatusCode);

        // 2026-03-02 + 20 working days = 2026-03-30: still within the limit that day, overdue the next.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(["HasContent", "Empty"], await StatusesAsync(factory, id));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 31, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal(["HasContent", "Overdue"], await StatusesAsync(factory, id));
        var item = (await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/catalogs/{id}")).GetProperty("items")[0];
        Assert.Equal(document, Assert.Single(item.GetProperty("documents").EnumerateArray()).GetProperty("id").GetInt32());

        var county = await factory.UnitIdAsync("海阳市");
        var coverage = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/catalogs/coverage?unit={county}");
        var row = coverage.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == office);
        Assert.Equal((2, 1, 1), (row.GetProperty("total").GetProperty("items").GetInt32(), row.GetProperty("total").GetProperty("withContent").GetInt32(), row.GetProperty("total").GetProperty("overdue").GetInt32()));
        // Villages keep their own lists; they are not rows of the county's matrix.
        Assert.DoesNotContain(coverage.EnumerateArray(), r => r.GetProperty("unit").GetString()!.EndsWith("委员会", StringComparison.Ordinal));
    }

    private static async Task<List<string>> StatusesAsync(ZwgkFactory factory, int id) =>
        (await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/catalogs/{id}")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("status").GetString()!).ToList();
}
