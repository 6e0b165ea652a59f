using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>Full-text search through the API and the portal page, on the seed documents and documents made in the test.</summary>
public sealed class SearchTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private async Task<JsonElement> SearchAsync(string query) =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?" + query);

    private static List<string> Titles(JsonElement r) => r.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();

    [Theory]
    [InlineData("q=%E5%85%AC%E5%BC%80")] // 公开 (two characters)
    [InlineData("q=%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80")] // 政务公开
    [InlineData("q=%E5%9F%BA%E5%B1%82%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80%E6%A0%87%E5%87%86")] // 基层政务公开标准 (eight)
    public async Task Chinese_queries_of_two_four_and_eight_characters_find_the_seed_documents(string query)
    {
        var result = await SearchAsync(query);
        Assert.True(result.GetProperty("total").GetInt32() >= 4);
    }

    [Fact]
    public async Task A_document_number_finds_its_document_first()
    {
        var result = await SearchAsync("q=" + Uri.EscapeDataString("海政办发〔2020〕9号"));
        Assert.Equal("海阳市人民政府办公室关于印发2020年海阳市政务公开工作要点的通知", Titles(result)[0]);
        var byNumberFilter = await SearchAsync("number=" + Uri.EscapeDataString("厦府办"));
        Assert.Equal(["厦门市人民政府办公厅关于全面推进基层政务公开标准化规范化工作的通知"], Titles(byNumberFilter));
    }

    [Fact]
    public async Task Filters_narrow_by_site_and_year_and_words_absent_everywhere_find_nothing()
    {
        // 公开 on Haiyang's site: only Haiyang's documents (each opening under its prefix), fewer than on all sites.
        var haiyang = await SearchAsync("q=%E5%85%AC%E5%BC%80&site=haiyang&pageSize=50");
        Assert.InRange(haiyang.GetProperty("total").GetInt32(), 1, (await SearchAsync("q=%E5%85%AC%E5%BC%80")).GetProperty("total").GetInt32() - 1);
        Assert.All(haiyang.GetProperty("items").EnumerateArray(), h => Assert.StartsWith("/s/haiyang/doc/", h.GetProperty("url").GetString()));
        Assert.Equal(0, (await SearchAsync("q=%E5%85%AC%E5%BC%80&year=2019")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync("q=" + Uri.EscapeDataString("量子计算机"))).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("公开 OR 1=1")]
    [InlineData("公开*")]
    [InlineData("a:b & (c")]
    [InlineData("NEAR(公开 政务)")]
    public async Task Operator_characters_in_queries_are_harmless(string q)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_published_document_is_found_at_once_and_gone_at_once_when_withdrawn()
    {
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await factory.UnitIdAsync("海阳市");
        var draft = DocumentsApiTests.Draft(unit, "关于调整城乡特困供养标准的通知<script>x</script>");
        var id = (await (await office.PostAsJsonAsync("/api/v1/documents", draft)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(0, (await SearchAsync("q=%E7%89%B9%E5%9B%B0")).GetProperty("total").GetInt32()); // 特困: drafts are never found

        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密" })).EnsureSuccessStatusCode();
        (await (await factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { })).EnsureSuccessStatusCode();

        var found = await SearchAsync("q=%E7%89%B9%E5%9B%B0");
        var hit = found.GetProperty("items").EnumerateArray().Single();
        Assert.Contains("<mark>特困</mark>", hit.GetProperty("titleHtml").GetString());
        Assert.DoesNotContain("<script>", hit.GetProperty("titleHtml").GetString());

        (await office.PostAsJsonAsync($"/api/v1/documents/{id}/withdraw", new { reason = "标准有误" })).EnsureSuccessStatusCode();
        Assert.Equal(0, (await SearchAsync("q=%E7%89%B9%E5%9B%B0")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_portal_search_page_shows_highlighted_results_without_javascript()
    {
        using var browser = new Browser(factory);
        var page = await browser.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("政务公开") + "&sort=date");

        Assert.True(page.QuerySelectorAll("[data-testid=search-hit]").Length >= 4);
        Assert.NotNull(page.QuerySelector("[data-testid=search-results] mark"));
        Assert.Contains("共找到", page.QuerySelector("[data-testid=search-count]")!.TextContent);
    }
}
