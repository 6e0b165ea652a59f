using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

public sealed class CalendarApiTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    // Friday + 1 → Monday.
    [InlineData("2024-03-01", 1, "2024-03-04")]
    // From inside the 2024 National Day holiday: 10-08 is the first working day after.
    [InlineData("2024-10-01", 1, "2024-10-08")]
    // Across National Day 2025 (Oct 1–8 off, 09-28 and 10-11 make-up workdays).
    [InlineData("2025-09-30", 20, "2025-11-04")]
    // Across New Year: 2025-01-01 is a holiday.
    [InlineData("2024-12-31", 1, "2025-01-02")]
    public async Task Adds_working_days_on_the_official_calendar(string from, int days, string expected)
    {
        var body = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/add-working-days?from={from}&days={days}");

        Assert.Equal(from, body.GetProperty("from").GetString());
        Assert.Equal(days, body.GetProperty("days").GetInt32());
        Assert.Equal(expected, body.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Refuses_with_422_when_the_deadline_reaches_a_year_without_data()
    {
        var response = await _client.GetAsync("/api/v1/calendar/add-working-days?from=2026-12-04&days=20");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("2027", problem.GetProperty("detail").GetString());
        Assert.Equal("缺少该年度的节假日数据", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("from=2025-02-30&days=5")]
    [InlineData("from=20250101&days=5")]
    [InlineData("from=2025-01-01&days=0")]
    [InlineData("from=2025-01-01")]
    public async Task Bad_input_gets_a_chinese_problem(string query)
    {
        var response = await _client.GetAsync($"/api/v1/calendar/add-working-days?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请求参数有误", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_shipped_years_2019_to_2026_are_loaded()
    {
        var years = await _client.GetFromJsonAsync<JsonElement[]>("/api/v1/calendar/years");

        Assert.Equal(Enumerable.Range(2019, 8), years!.Select(y => y.GetProperty("year").GetInt32()));
        Assert.All(years!, y => Assert.True(y.GetProperty("holidays").GetInt32() >= 25));
    }

    [Fact]
    public async Task The_public_deadline_page_answers_without_javascript()
    {
        using var browser = new Browser(factory);

        var page = await browser.GetDocumentAsync("/tools/deadline?from=2025-09-30&days=20");

        Assert.Contains("2025年11月4日", page.QuerySelector("[data-testid=deadline-result]")!.TextContent);
        var missing = await browser.GetDocumentAsync("/tools/deadline?from=2026-12-04&days=20");
        Assert.Contains("2027 年", missing.QuerySelector("[data-testid=deadline-error]")!.TextContent);
    }
}
