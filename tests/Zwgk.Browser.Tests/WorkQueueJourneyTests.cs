using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Zwgk.Browser.Tests.Infrastructure;
using static Zwgk.Browser.Tests.Infrastructure.ConsoleSignIn;

namespace Zwgk.Browser.Tests;

/// <summary>Issue 11's journey: an official signs in, sees their 待办, follows it, acts on it, and the 待办 goes down.</summary>
public sealed class WorkQueueJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Issuers = ["海阳市东村街道办事处"];

    private static readonly string[] Topics = ["综合政务"];

    [Fact]
    public async Task A_reviewer_follows_their_work_queue_to_a_waiting_draft_and_passes_it()
    {
        var title = await DraftWaitingForReviewAsync();

        var page = await fx.NewPageAsync();
        await SignInAsync(page, "reviewer", "Zwgk2026Review");
        await page.GotoAsync("/admin");
        Assert.Equal("陈静（海阳市人民政府）", (await page.GetByTestId("who").InnerTextAsync()).Trim());
        var waiting = page.GetByTestId("work-review");
        var before = int.Parse(await waiting.GetByTestId("work-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(before >= 1);
        var axe = await Axe.SeriousViolationsAsync(page);
        Assert.True(axe.Count == 0, string.Join("\n", axe));

        await waiting.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
        await page.WaitForAddressAsync(url => url.Contains("state=ConfidentialityReview", StringComparison.Ordinal));
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.GetByTestId("review-opinion").FillAsync("经审查，不涉及国家秘密、工作秘密和个人隐私，同意公开。");
        await page.GetByTestId("review-submit").ClickAsync();
        await page.GetByTestId("action-signoff").WaitForAsync();
        Assert.Equal("待审签", (await page.GetByTestId("doc-state").InnerTextAsync()).Trim());

        await page.GotoAsync("/admin");
        var after = await page.GetByTestId("work-review").CountAsync() == 0
            ? 0
            : int.Parse(await page.GetByTestId("work-review").GetByTestId("work-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(before - 1, after);
        // The passed draft now waits for 审签, and says so on the same 工作台.
        Assert.True(await page.GetByTestId("work-signoff").CountAsync() == 1);
    }

    /// <summary>A 东村街道 draft submitted for 保密审查 through the API (the demo admin's token), as an integration would.</summary>
    private async Task<string> DraftWaitingForReviewAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(fx.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Zwgk.Web.Demo.DemoData.AdminApiToken);
        var units = await api.GetFromJsonAsync<JsonElement>("/api/v1/units");
        var unit = units.EnumerateArray().First(u => u.GetProperty("shortName").GetString() == "东村街道").GetProperty("id").GetInt32();
        const string title = "东村街道2026年防汛工作方案";
        var created = await api.PostAsJsonAsync("/api/v1/documents", new
        {
            unitId = unit,
            title,
            documentNumber = "东政发〔2026〕5号",
            writtenOn = "2026-03-01",
            issuingUnits = Issuers,
            genre = "方案",
            topics = Topics,
            statutoryCategory = "20.15",
            bodyHtml = "<p>为做好2026年防汛工作，确保人民群众生命财产安全，制定本方案。</p>",
            attribute = "Proactive",
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await api.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        return title;
    }
}
