using System.Net;
using System.Text.Json;
using Zwgk.Domain.Requests;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Requests;

/// <summary>GET /api/v1/reports/requests: the two tables with the labels of the national format, and who may read them.</summary>
public sealed class RequestReportApiTests(ReportStatisticsFixture fixture) : IClassFixture<ReportStatisticsFixture>
{
    private static readonly (string User, string Password) Handler = ("handler", "Zwgk2026Handler");

    private ZwgkFactory Factory => fixture.Factory;

    private async Task<int> SeedHaiyangAsync()
    {
        var unit = await Factory.UnitIdAsync("海阳市");
        fixture.Statistics.Requests[unit] =
        [
            new(ApplicantKind.NaturalPerson, new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 20), RequestOutcome.Disclosed),
            new(ApplicantKind.NaturalPerson, new DateOnly(2025, 4, 8), new DateOnly(2025, 5, 6), RequestOutcome.NotDisclosedProcessInformation),
            new(ApplicantKind.LegalServiceProvider, new DateOnly(2024, 12, 30), new DateOnly(2025, 1, 20), RequestOutcome.PartlyDisclosed),
            new(ApplicantKind.CommercialEnterprise, new DateOnly(2025, 12, 31), null, null),
        ];
        fixture.Statistics.Remedies[unit] =
        [
            new(RemedyKind.Reconsideration, new DateOnly(2025, 6, 1), RemedyResult.Upheld, new DateOnly(2025, 8, 1)),
            new(RemedyKind.LawsuitAfterReconsideration, new DateOnly(2025, 11, 1), RemedyResult.Pending, null),
        ];
        return unit;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Returns_both_tables_with_row_and_column_labels_and_the_numbers()
    {
        var unit = await SeedHaiyangAsync();
        using var api = await Factory.AsUserAsync(Handler);

        var response = await api.GetAsync($"/api/v1/reports/requests?unit={unit}&year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal("海阳市人民政府", json.GetProperty("unitName").GetString());
        var b = json.GetProperty("requests");
        Assert.Equal("三、收到和处理政府信息公开申请情况", b.GetProperty("title").GetString());
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
            b.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
        Assert.Equal("法人或其他组织", b.GetProperty("columns")[1].GetProperty("subgroup").GetString());
        var rows = b.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(25, rows.Count);
        int[] Values(int i) => [.. rows[i].GetProperty("values").EnumerateArray().Select(v => v.GetInt32())];
        Assert.Equal("一、本年新收政府信息公开申请数量", rows[0].GetProperty("label").GetString());
        Assert.Equal([2, 1, 0, 0, 0, 0, 3], Values(0));
        Assert.Equal([0, 0, 0, 0, 1, 0, 1], Values(1));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Values(2));                // （一）予以公开
        Assert.Equal([0, 0, 0, 0, 1, 0, 1], Values(3));                // （二）部分公开
        Assert.Equal("6.属于四类过程性信息", rows[9].GetProperty("label").GetString());
        Assert.Equal("（三）不予公开", rows[9].GetProperty("group").GetString());
        Assert.Equal("三、本年度办理结果", rows[9].GetProperty("section").GetString());
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Values(9));
        Assert.Equal("（七）总计", rows[23].GetProperty("label").GetString());
        Assert.Equal([2, 0, 0, 0, 1, 0, 3], Values(23));
        Assert.Equal("四、结转下年度继续办理", rows[24].GetProperty("label").GetString());
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], Values(24));

        var c = json.GetProperty("remedies");
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况", c.GetProperty("title").GetString());
        var columns = c.GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(15, columns.Count);
        Assert.Equal(("行政复议", "结果维持"), (columns[0].GetProperty("group").GetString(), columns[0].GetProperty("label").GetString()));
        Assert.Equal(("行政诉讼", "复议后起诉", "尚未审结"),
            (columns[13].GetProperty("group").GetString(), columns[13].GetProperty("subgroup").GetString(), columns[13].GetProperty("label").GetString()));
        Assert.Equal([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], c.GetProperty("values").EnumerateArray().Select(v => v.GetInt32()));
    }

    [Theory]
    [InlineData("unit=&year=2025", "unit")]
    [InlineData("unit=abc&year=2025", "unit")]
    [InlineData("unit=1&year=", "year")]
    [InlineData("unit=1&year=二〇二五", "year")]
    [InlineData("unit=1&year=2007", "2008")]
    [InlineData("unit=1&year=2999", "2008")]
    public async Task Bad_unit_or_year_is_a_problem_json_400(string query, string mentioned)
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);

        var response = await api.GetAsync($"/api/v1/reports/requests?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentioned, (await JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_outside_the_users_subtree_is_403_and_an_unknown_unit_404()
    {
        using var api = await Factory.AsUserAsync(Handler);
        var laiyang = await Factory.UnitIdAsync("莱阳市");

        var outside = await api.GetAsync($"/api/v1/reports/requests?unit={laiyang}&year=2025");
        var unknown = await api.GetAsync("/api/v1/reports/requests?unit=999999&year=2025");
        var below = await api.GetAsync($"/api/v1/reports/requests?unit={await Factory.UnitIdAsync("东村街道")}&year=2025");

        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal("application/problem+json", outside.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, below.StatusCode); // a subordinate unit is within the handler's subtree
    }

    [Fact]
    public async Task Users_without_request_handling_and_anonymous_callers_are_refused()
    {
        var unit = await Factory.UnitIdAsync("东村街道");
        using var editor = await Factory.AsUserAsync(DemoAccounts.DongcunEditor);
        using var anonymous = Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/api/v1/reports/requests?unit={unit}&year=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/reports/requests?unit={unit}&year=2025")).StatusCode);
    }

    [Fact]
    public async Task Inconsistent_case_data_is_a_422_naming_the_problem()
    {
        var unit = await Factory.UnitIdAsync("方圆街道");
        fixture.Statistics.Requests[unit] = [new(ApplicantKind.NaturalPerson, new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 9), null)];
        using var api = Factory.WithToken(DemoAccounts.AdminToken);

        var response = await api.GetAsync($"/api/v1/reports/requests?unit={unit}&year=2025");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("没有办理结果", (await JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
