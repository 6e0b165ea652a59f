using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Catalogs;

public sealed class CatalogReviewTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Fact]
    public async Task Township_catalog_goes_up_to_the_county_is_returned_on_one_item_fixed_approved_and_published()
    {
        var editor = await factory.AsUserAsync(DemoAccounts.DongcunEditor);
        var reviewer = await factory.AsUserAsync(DemoAccounts.HaiyangReviewer);
        var anonymous = factory.CreateClient();
        var unit = await factory.UnitIdAsync("东村街道");
        var id = await editor.NewCatalogAsync(unit);
        Assert.Equal(HttpStatusCode.OK, (await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(CatalogSheets.Township()))).StatusCode);

        // A draft is no one's business but the unit's and its reviewers'.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/catalogs/{id}")).StatusCode);
        // Nothing is published without the county's approval.
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync($"/api/v1/catalogs/{id}/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await reviewer.PostAsJsonAsync($"/api/v1/catalogs/{id}/approve", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync($"/api/v1/catalogs/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await editor.PutAsJsonAsync($"/api/v1/catalogs/{id}/items/1", Input())).StatusCode);

        var catalog = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/catalogs/{id}");
        var audit = catalog.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("elements").GetProperty("name").GetString() == "审核信息");
        var itemId = audit.GetProperty("id").GetInt32();
        var returned = await reviewer.PostAsJsonAsync($"/api/v1/catalogs/{id}/return", new { items = new[] { new { itemId, comment = "公开主体应为街道社会事务办公室。" } } });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var back = await returned.JsonAsync();
        Assert.Equal("Draft", back.GetProperty("state").GetString());
        Assert.Equal(audit.GetProperty("key").GetGuid(), back.GetProperty("comments")[0].GetProperty("itemKey").GetGuid());

        var fixedItem = Input("审核信息") ;
        fixedItem.ResponsibleBody = "东村街道社会事务办公室";
        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync($"/api/v1/catalogs/{id}/items/{itemId}", fixedItem)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync($"/api/v1/catalogs/{id}/submit", null)).StatusCode);

        var diff = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/catalogs/{id}/diff");
        var adapted = diff.GetProperty("againstGuideline").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "审核信息");
        Assert.Contains(adapted.GetProperty("changes").EnumerateArray(), c => c.GetProperty("column").GetString() == "公开主体" && c.GetProperty("after").GetString() == "东村街道社会事务办公室");
        Assert.Contains(diff.GetProperty("againstGuideline").EnumerateArray(), r => r.GetProperty("local").GetBoolean());

        var approved = await reviewer.PostAsJsonAsync($"/api/v1/catalogs/{id}/approve", new { opinion = "同意发布。" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Published", (await approved.JsonAsync()).GetProperty("state").GetString());

        var published = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/catalogs?unit={unit}");
        Assert.Equal(id, Assert.Single(published.EnumerateArray()).GetProperty("id").GetInt32());
        var open = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/catalogs/{id}");
        Assert.Equal(JsonValueKind.Null, open.GetProperty("events").ValueKind);

        var actions = await factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == "StandardCatalog" && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("CatalogSubmitted", actions);
        Assert.Contains("CatalogReturned", actions);
        // The item edit's audit line says which item and which element changed.
        var edit = await factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == "StandardCatalog" && a.EntityId == id.ToString() && a.Action == "CatalogItemEdited").Select(a => a.Reason).SingleAsync());
        Assert.Equal("修改：审核信息（公开主体）", edit);
        Assert.Contains("CatalogPublished", actions);
    }

    [Fact]
    public async Task A_reviewer_of_another_county_and_the_townships_own_reviewer_cannot_approve()
    {
        var editor = factory.WithToken(DemoAccounts.AdminToken);
        var finance = (await factory.DbAsync(db => db.Organizations.Where(o => o.Name == "海阳市财政局").Select(o => o.Id).ToListAsync())).Single();
        var id = await DraftAsync(editor, unitId: finance);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync($"/api/v1/catalogs/{id}/submit", null)).StatusCode);

        var laiyang = await factory.NewUserAsync("ly.reviewer", "Reviewer", await factory.UnitIdAsync("莱阳市"));
        Assert.Equal(HttpStatusCode.Forbidden, (await laiyang.PostAsJsonAsync($"/api/v1/catalogs/{id}/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiyang.GetAsync($"/api/v1/catalogs/{id}")).StatusCode);

        // A reviewer of the department itself is not the level above: a county department is reviewed by the county.
        var own = await factory.NewUserAsync("czj.reviewer", "Reviewer", finance);
        var refused = await own.PostAsJsonAsync($"/api/v1/catalogs/{id}/approve", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("上一级", (await refused.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_change_makes_a_new_version_and_the_public_sees_the_current_one_with_its_history()
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var reviewer = await factory.AsUserAsync(DemoAccounts.HaiyangReviewer);
        var unit = (await factory.DbAsync(db => db.Organizations.Where(o => o.Name == "海阳市教育和体育局").Select(o => o.Id).ToListAsync())).Single();
        var v1 = await DraftAsync(admin, unitId: unit);
        await admin.PostAsync($"/api/v1/catalogs/{v1}/submit", null);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/api/v1/catalogs/{v1}/approve", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync("/api/v1/catalogs", new { unitId = unit })).StatusCode);
        var started = await admin.PostAsJsonAsync("/api/v1/catalogs", new { unitId = unit, reason = "增加养老服务领域事项" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var v2 = (await started.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync("/api/v1/catalogs", new { unitId = unit, reason = "再来一版" })).StatusCode);

        var added = Input("养老服务机构名录");
        added.DomainId = 5;
        added.Category = "养老机构";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/catalogs/{v2}/items", added)).StatusCode);
        await admin.PostAsync($"/api/v1/catalogs/{v2}/submit", null);

        // Until v2 is approved the public still sees v1.
        var anonymous = factory.CreateClient();
        Assert.Equal(v1, (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/catalogs?unit={unit}&state=Published"))[0].GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/api/v1/catalogs/{v2}/approve", new { })).StatusCode);

        var list = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/catalogs?unit={unit}");
        Assert.Equal([("Published", 2), ("Superseded", 1)], list.EnumerateArray().Select(c => (c.GetProperty("state").GetString()!, c.GetProperty("number").GetInt32())));
        var diff = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/catalogs/{v2}/diff");
        var change = Assert.Single(diff.GetProperty("againstPrevious").EnumerateArray());
        Assert.Equal(("Added", "养老服务机构名录"), (change.GetProperty("kind").GetString(), change.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Editors_work_only_on_their_own_units_and_the_public_only_reads()
    {
        var editor = await factory.AsUserAsync(DemoAccounts.DongcunEditor);
        var laiyangTownship = await factory.UnitIdAsync("穴坊镇");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/v1/catalogs", new { unitId = laiyangTownship })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/v1/catalogs", new { unitId = laiyangTownship })).StatusCode);
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var theirs = await admin.NewCatalogAsync(laiyangTownship);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync($"/api/v1/catalogs/{theirs}/items", Input())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.UploadAsync($"/api/v1/catalogs/{theirs}/import", CatalogSheets.Xlsx(CatalogSheets.Township()))).StatusCode);

        var bad = Input();
        bad.TimeLimit = "尽快";
        bad.Channels = [];
        var invalid = await admin.PostAsJsonAsync($"/api/v1/catalogs/{theirs}/items", bad);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("TimeLimit", out _));
        Assert.True(errors.TryGetProperty("Channels", out _));
    }

    private async Task<int> DraftAsync(HttpClient editor, string? unitName = null, int? unitId = null)
    {
        var unit = unitId ?? await factory.UnitIdAsync(unitName!);
        var id = await editor.NewCatalogAsync(unit);
        Assert.Equal(HttpStatusCode.OK, (await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(CatalogSheets.Township().Take(2)))).StatusCode);
        return id;
    }

    private static Zwgk.Web.Catalogs.CatalogItemInput Input(string name = "办事指南") => new()
    {
        DomainId = 4,
        Category = "最低生活保障",
        Name = name,
        Content = "初审对象名单及相关信息",
        LegalBasis = "《社会救助暂行办法》（国务院令第649号）",
        TimeLimit = "10个工作日内公开，公示7个工作日",
        ResponsibleBody = "东村街道办事处",
        Channels = ["村(居)务公开栏"],
        Levels = [Zwgk.Domain.Catalogs.CatalogLevels.Township],
    };
}
