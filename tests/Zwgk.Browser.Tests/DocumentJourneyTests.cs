using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zwgk.Browser.Tests.Infrastructure;
using static Zwgk.Browser.Tests.Infrastructure.ConsoleSignIn;

namespace Zwgk.Browser.Tests;

/// <summary>An editor drafts with an attachment, a reviewer approves, the public finds it; withdrawn, it disappears.</summary>
public sealed partial class DocumentJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    // A tiny valid PNG (1×1, grey).
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgAB4iG8MwAAAABJRU5ErkJggg==");

    [GeneratedRegex(@"/admin/documents/(\d+)$")]
    private static partial Regex DetailUrl();

    [Fact]
    public async Task A_document_goes_from_draft_to_portal_and_search_and_off_again_when_withdrawn()
    {
        var page = await fx.NewPageAsync();
        await SignInAsync(page, "editor", "Zwgk2026Editor");
        await page.GotoAsync("/admin/documents/new");
        await page.GetByTestId("doc-title").FillAsync("东村街道关于发放2026年城乡低保补助金的公告");
        await page.GetByTestId("doc-number").FillAsync("东村街发〔2026〕5号");
        await page.GetByTestId("doc-written-on").FillAsync("2026-03-02");
        await page.GetByTestId("doc-genre").SelectOptionAsync("公告");
        await page.GetByLabel("民政、扶贫、救灾").CheckAsync();
        await page.GetByTestId("doc-body").FillAsync("经审核，现将2026年第一季度城乡低保补助金发放情况公告如下。\n发放对象为辖区内符合条件的低保家庭。");
        await page.GetByTestId("doc-save").ClickAsync();
        await page.WaitForAddressAsync(DetailUrl());
        var id = DetailUrl().Match(page.Url).Groups[1].Value;

        await page.GetByTestId("attachment-file").SetInputFilesAsync(new FilePayload { Name = "发放名单图解.png", MimeType = "image/png", Buffer = Png });
        await page.GetByTestId("attachment-submit").ClickAsync();
        Assert.Contains("发放名单图解.png", await page.GetByTestId("attachments").InnerTextAsync());
        await page.GetByTestId("action-submit-button").ClickAsync();
        Assert.Contains("保密审查", await page.GetByTestId("doc-state").InnerTextAsync());
        await page.GetByTestId("logout").ClickAsync();

        await SignInAsync(page, "reviewer", "Zwgk2026Review");
        await page.GotoAsync($"/admin/documents/{id}");
        await page.GetByTestId("review-opinion").FillAsync("经审查，不涉及国家秘密和个人隐私，同意公开。");
        await page.GetByTestId("review-submit").ClickAsync();
        await page.GetByTestId("signoff-submit").ClickAsync();
        Assert.Contains("已发布", await page.GetByTestId("doc-state").InnerTextAsync());

        var citizen = await fx.NewPageAsync(390, 844);
        await citizen.GotoAsync($"/s/haiyang/doc/{id}");
        Assert.Equal("东村街道关于发放2026年城乡低保补助金的公告", await citizen.GetByTestId("doc-title").InnerTextAsync());
        Assert.Contains("发放名单图解.png", await citizen.ContentAsync());
        await citizen.GotoAsync("/s/haiyang/search?q=" + Uri.EscapeDataString("低保补助金"));
        Assert.Contains("东村街道关于发放2026年城乡低保补助金的公告", await citizen.GetByTestId("search-results").InnerTextAsync());

        await page.GotoAsync($"/admin/documents/{id}");
        await page.GetByTestId("withdraw-reason").FillAsync("名单有误，重新核对后发布。");
        await page.GetByTestId("withdraw-submit").ClickAsync();
        Assert.Contains("已撤稿", await page.GetByTestId("doc-state").InnerTextAsync());

        var gone = await citizen.GotoAsync($"/s/haiyang/doc/{id}");
        Assert.Equal(404, gone!.Status);
        await citizen.GotoAsync("/s/haiyang/search?q=" + Uri.EscapeDataString("低保补助金"));
        Assert.Contains("共找到 0 条", await citizen.GetByTestId("search-count").InnerTextAsync());
    }
}
