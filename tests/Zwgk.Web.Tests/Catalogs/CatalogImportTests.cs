using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Catalogs;

public sealed class CatalogImportTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private async Task<(HttpClient Editor, int Catalog)> DraftAsync(string unit = "东村街道")
    {
        var editor = unit == "东村街道" ? await factory.AsUserAsync(DemoAccounts.DongcunEditor) : factory.WithToken(DemoAccounts.AdminToken);
        var id = await factory.UnitIdAsync(unit);
        var open = await editor.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/catalogs?unit={id}&state=Draft");
        return (editor, open.GetArrayLength() > 0 ? open[0].GetProperty("id").GetInt32() : await editor.NewCatalogAsync(id));
    }

    [Fact]
    public async Task A_valid_sheet_replaces_the_draft_and_rows_from_the_guideline_keep_the_link_to_it()
    {
        var (editor, id) = await DraftAsync();
        var response = await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(CatalogSheets.Township()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.JsonAsync()).GetProperty("items");
        Assert.Equal(5, items.GetArrayLength());
        var guide = items.EnumerateArray().Single(i => i.GetProperty("elements").GetProperty("name").GetString() == "办事指南");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, guide.GetProperty("guidelineItemId").ValueKind);
        var publicity = items.EnumerateArray().Single(i => i.GetProperty("elements").GetProperty("name").GetString() == "审核信息").GetProperty("elements");
        Assert.Equal(7, publicity.GetProperty("timeLimit").GetProperty("publicityDays").GetInt32());
        Assert.Equal(["村(居)务公开栏"], publicity.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        var budget = items.EnumerateArray().Single(i => i.GetProperty("elements").GetProperty("name").GetString() == "街道年度预算").GetProperty("elements").GetProperty("timeLimit");
        Assert.Equal("CalendarDays", budget.GetProperty("unit").GetString());
        Assert.Equal("本级人大或其常委会批准", budget.GetProperty("startEvent").GetString());

        // The export reads back as the same catalog.
        var exported = await editor.GetByteArrayAsync($"/api/v1/catalogs/{id}/export");
        var again = await editor.UploadAsync($"/api/v1/catalogs/{id}/import", exported, "导出.xlsx");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(items.EnumerateArray().Select(i => i.GetProperty("key").GetGuid()), (await again.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetGuid()));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_row_column_and_problem_and_nothing_is_saved()
    {
        var (editor, id) = await DraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx([CatalogSheets.Row("办事指南")]))).StatusCode);

        var rows = CatalogSheets.Township();
        rows[1].With("公开依据", "");                         // row 3: empty required cell
        rows[2].With("试点领域", "低空经济");                   // row 4: unknown domain
        rows.Add(CatalogSheets.Row("办事指南"));                // row 7: duplicate of row 3
        rows[3].With("公开时限", "尽快公开");                   // row 5: no countable limit
        rows[4].With("公开渠道和载体", "政府网站、飞鸽传书");     // row 6: unknown channel
        var response = await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(rows));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("problem").GetString()!)).ToList();
        Assert.Contains(errors, e => e is (3, "公开依据", _));
        Assert.Contains(errors, e => e.Item1 == 4 && e.Item2 == "试点领域" && e.Item3.Contains("低空经济"));
        Assert.Contains(errors, e => e.Item1 == 5 && e.Item2 == "公开时限" && e.Item3.Contains("无法识别"));
        Assert.Contains(errors, e => e.Item1 == 6 && e.Item2 == "公开渠道和载体" && e.Item3.Contains("飞鸽传书"));
        Assert.Contains(errors, e => e.Item1 == 7 && e.Item3.Contains("第3行"));
        Assert.Contains("未导入", problem.GetProperty("detail").GetString());

        var catalog = await editor.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/catalogs/{id}");
        Assert.Equal(1, catalog.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Missing_columns_are_named_before_any_row_is_read()
    {
        var (editor, id) = await DraftAsync();
        var rows = CatalogSheets.Township().Select(r => r.Where(c => c.Key is not ("公开依据" or "公开层级")).ToDictionary()).ToList();
        var response = await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(rows));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["公开依据", "公开层级"], errors.Select(e => e.GetProperty("column").GetString()));
        Assert.All(errors, e => Assert.Equal(1, e.GetProperty("row").GetInt32()));
    }

    [Fact]
    public async Task A_workbook_that_expands_past_100_MB_is_refused_without_being_read()
    {
        var (editor, id) = await DraftAsync();
        var before = (await editor.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/catalogs/{id}")).GetProperty("items").GetArrayLength();
        // 200 MB of zeros in a file of a few hundred kilobytes. (Headers that claim less are cut off at the claimed size by
        // the zip reader itself, and the inflated bytes are counted too: ZipLimits.)
        var bomb = Attachments.TestFiles.ZipBomb(CatalogSheets.Xlsx(CatalogSheets.Township()), 200, part: "xl/worksheets/sheet2.xml");

        var response = await editor.UploadAsync($"/api/v1/catalogs/{id}/import", bomb, "目录.xlsx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("problem").GetString()!;
        Assert.Contains("文件解压后超过 100 MB", problem);
        Assert.Equal(before, (await editor.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/catalogs/{id}")).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("junk")]
    [InlineData("text")]
    [InlineData("zip")]
    [InlineData("xls")]
    public async Task A_file_that_is_not_a_workbook_is_refused_with_a_message(string kind)
    {
        var (editor, id) = await DraftAsync();
        var bytes = kind switch
        {
            "junk" => RandomBytes(10 * 1024 * 1024),
            "text" => System.Text.Encoding.UTF8.GetBytes(string.Join('\n', CatalogSheets.Headers)),
            "zip" => [(byte)'P', (byte)'K', 3, 4, .. RandomBytes(4096)],
            _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. RandomBytes(1024)],
        };
        var response = await editor.UploadAsync($"/api/v1/catalogs/{id}/import", bytes, "目录.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("problem").GetString()!;
        Assert.Contains(kind == "xls" ? ".xls" : kind == "zip" ? "已损坏" : "不是 Excel", problem);
    }

    [Fact]
    public async Task The_template_is_a_workbook_with_the_standard_columns()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/catalogs/template");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var columns = MiniExcel.GetColumns(stream, useHeaderRow: true).ToList();
        Assert.Equal(["序号", "试点领域", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限"], columns.Take(7));
    }

    [Fact]
    public async Task A_service_list_is_imported_and_a_service_item_with_another_name_cannot_be_submitted()
    {
        var (editor, id) = await DraftAsync("古柳街道");
        var unit = await factory.UnitIdAsync("古柳街道");
        var services = new List<Dictionary<string, object?>> { new() { ["事项名称"] = "最低生活保障申请", ["事项编码"] = "370687-001", ["办理部门"] = "方圆街道便民服务中心" } };
        Assert.Equal(HttpStatusCode.OK, (await editor.UploadAsync($"/api/v1/units/{unit}/service-items/import", CatalogSheets.Xlsx(services))).StatusCode);

        var rows = new List<Dictionary<string, object?>> { CatalogSheets.Row("办事指南").With("办事服务类", "是").With("政务服务事项名称", "低保申请") };
        Assert.Equal(HttpStatusCode.OK, (await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(rows))).StatusCode);
        var refused = await editor.PostAsync($"/api/v1/catalogs/{id}/submit", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("低保申请", (await refused.JsonAsync()).GetProperty("detail").GetString());

        rows[0].With("政务服务事项名称", "最低生活保障申请");
        Assert.Equal(HttpStatusCode.OK, (await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(rows))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync($"/api/v1/catalogs/{id}/submit", null)).StatusCode);
    }

    [Fact]
    public async Task A_duplicate_in_the_service_list_is_reported_under_its_name_column_and_nothing_is_saved()
    {
        var (editor, _) = await DraftAsync("古柳街道");
        var unit = await factory.UnitIdAsync("古柳街道");
        var services = new List<Dictionary<string, object?>>
        {
            new() { ["事项名称"] = "临时救助申请", ["事项编码"] = "370687-101", ["办理部门"] = "古柳街道便民服务中心" },
            new() { ["事项名称"] = "临时救助申请", ["事项编码"] = "370687-102", ["办理部门"] = "古柳街道便民服务中心" },
        };

        var response = await editor.UploadAsync($"/api/v1/units/{unit}/service-items/import", CatalogSheets.Xlsx(services));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "事项名称"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Contains("第2行", error.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.False(await factory.DbAsync(db => db.Set<Zwgk.Web.Catalogs.ServiceItem>().AnyAsync(s => s.Name == "临时救助申请")));
    }

    [Fact]
    public async Task A_guideline_is_imported_as_a_new_edition_by_the_city_and_not_by_an_editor()
    {
        var rows = CatalogSheets.Township().Take(3).Select(r => r.Where(c => c.Key != "试点领域").ToDictionary()).ToList();
        var fields = new Dictionary<string, string> { ["domainId"] = "4", ["title"] = "社会救助领域基层政务公开标准指引（2026年修订）", ["issuedBy"] = "民政部" };
        var editor = await factory.AsUserAsync(DemoAccounts.DongcunEditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.UploadAsync("/api/v1/guidelines", CatalogSheets.Xlsx(rows), fields: fields)).StatusCode);

        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var created = await admin.UploadAsync("/api/v1/guidelines", CatalogSheets.Xlsx(rows), fields: fields);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/guidelines?domain=4");
        Assert.Equal(2, list.GetArrayLength());
        Assert.True(list[0].GetProperty("current").GetBoolean());
        Assert.Equal(3, list[0].GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task A_guideline_table_in_the_published_two_row_layout_with_ticks_is_read_row_by_row()
    {
        // The ministries' layout: 公开事项 spans 一级/二级事项, and 公开对象/方式/层级 span tick columns. A merged cell holds
        // its value in its top-left cell only, which is what the blank cells here are.
        string[] top = ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", ""];
        string[] sub = ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"];
        string[] Row(int n, string name, string audience, string group, string active, string onRequest, string county, string township) =>
            [n.ToString(System.Globalization.CultureInfo.InvariantCulture), n == 1 ? "最低生活保障" : "同上", name, "低保对象名单及相关信息", "《社会救助暂行办法》（国务院令第649号）",
             "10个工作日内公开，公示7个工作日", "县级民政部门、乡镇（街道）", "村（社区）公示栏", audience, group, active, onRequest, county, township];
        byte[] Sheet(params string[][] rows)
        {
            using var s = new MemoryStream();
            s.SaveAs(rows.Select(r => r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: (object?)v)).ToDictionary(c => c.Key, c => c.Value)).ToList(), printHeader: false);
            return s.ToArray();
        }

        var fields = new Dictionary<string, string> { ["domainId"] = "25", ["title"] = "扶贫领域基层政务公开标准指引（原表样式）", ["issuedBy"] = "国务院扶贫办" };
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var bad = await admin.UploadAsync("/api/v1/guidelines", Sheet(top, sub,
            Row(1, "审核信息", "√", "", "√", "", "√", "√"),
            Row(2, "审批信息", "", "低保对象", "", "", "√", "")), fields: fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var error = Assert.Single((await bad.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal((4, "公开方式"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));

        var created = await admin.UploadAsync("/api/v1/guidelines", Sheet(top, sub,
            Row(1, "审核信息", "√", "", "√", "", "√", "√"),
            Row(2, "审批信息", "", "低保对象", "", "✓", "同上", "")), fields: fields);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        var items = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/guidelines/{id}")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("elements")).ToList();
        Assert.Equal(["审核信息", "审批信息"], items.Select(e => e.GetProperty("name").GetString()));
        Assert.All(items, e => Assert.Equal("最低生活保障", e.GetProperty("category").GetString()));
        Assert.Equal(("Public", "Proactive", 2), (items[0].GetProperty("audience").GetString(), items[0].GetProperty("method").GetString(), items[0].GetProperty("levels").GetArrayLength()));
        Assert.Equal(("SpecificGroup", "低保对象", "OnRequest"), (items[1].GetProperty("audience").GetString(), items[1].GetProperty("audienceGroup").GetString(), items[1].GetProperty("method").GetString()));
        // "同上" under 县级 repeats the whole 公开层级 of the row above.
        Assert.Equal(2, items[1].GetProperty("levels").GetArrayLength());
        Assert.Equal(7, items[0].GetProperty("timeLimit").GetProperty("publicityDays").GetInt32());
    }

    [Fact]
    public async Task A_ministry_table_without_a_domain_column_is_imported_under_the_domain_chosen_and_an_empty_domain_cell_is_an_error()
    {
        var (editor, id) = await DraftAsync();
        var rows = CatalogSheets.Township().Take(2).Select(r => r.Where(c => c.Key != "试点领域").ToDictionary()).ToList();

        var noDomain = await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(rows));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDomain.StatusCode);
        Assert.Contains((await noDomain.JsonAsync()).GetProperty("errors").EnumerateArray(), e => e.GetProperty("column").GetString() == "试点领域");

        var chosen = await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(rows), fields: new Dictionary<string, string> { ["domainId"] = "4" });
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        var items = (await chosen.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(4, i.GetProperty("domainId").GetInt32()));

        // With the column present, a row that leaves it empty is reported, not dropped.
        var mixed = CatalogSheets.Township();
        mixed[1].With("试点领域", "");
        var response = await editor.UploadAsync($"/api/v1/catalogs/{id}/import", CatalogSheets.Xlsx(mixed));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "试点领域"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
    }

    private static byte[] RandomBytes(int n)
    {
        var b = new byte[n];
        new Random(n).NextBytes(b);
        b[0] = (byte)'%';
        return b;
    }
}
