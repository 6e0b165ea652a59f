using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;
using Zwgk.Browser.Tests.Infrastructure;
using static Zwgk.Browser.Tests.Infrastructure.ConsoleSignIn;

namespace Zwgk.Browser.Tests;

/// <summary>
/// A township editor imports its catalog from a spreadsheet, fixes the one error reported, submits; the county reviewer
/// returns one item with a comment, the editor fixes it, the reviewer approves; the catalog is on the county site with
/// the documents filed under its items.
/// </summary>
public sealed partial class CatalogJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [GeneratedRegex(@"/admin/catalogs/(\d+)$")]
    private static partial Regex CatalogUrl();

    [GeneratedRegex(@"/admin/documents/(\d+)$")]
    private static partial Regex DocumentUrl();

    private static Dictionary<string, object?> Row(string domain, string category, string name, string content, string limit, string channels) => new()
    {
        ["序号"] = 1, ["试点领域"] = domain, ["一级事项"] = category, ["二级事项"] = name, ["公开内容（要素）"] = content,
        ["公开依据"] = "《社会救助暂行办法》（国务院令第649号）", ["公开时限"] = limit, ["公开主体"] = "东村街道办事处", ["公开渠道和载体"] = channels,
        ["公开对象"] = "全社会", ["公开方式"] = "主动", ["公开层级"] = "乡级", ["办事服务类"] = "否", ["政务服务事项名称"] = "", ["备注"] = "",
    };

    private static byte[] Sheet(string secondRowChannels)
    {
        List<Dictionary<string, object?>> rows =
        [
            Row("社会救助", "最低生活保障", "办事指南", "办理事项、条件、低保标准、申请材料、流程、时间地点、联系方式", "制定或获取之日起10个工作日内", "政府网站、公开查阅点、便民服务中心"),
            Row("社会救助", "最低生活保障", "审核信息", "初审对象名单及相关信息", "10个工作日内公开，公示7个工作日", secondRowChannels),
            Row("财政预决算", "政府预算", "政府预算", "街道一般公共预算及说明", "本级人大或其常委会批准后20日内", "政府网站"),
        ];
        using var s = new MemoryStream();
        s.SaveAs(rows);
        return s.ToArray();
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task A_township_catalog_is_imported_reviewed_returned_fixed_approved_and_published_with_its_documents()
    {
        var page = await fx.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await SignInAsync(page, "editor", "Zwgk2026Editor");
        await page.GotoAsync("/admin/catalogs");
        await page.Locator("[data-testid^=catalog-start-]").ClickAsync();
        await page.WaitForAddressAsync(CatalogUrl());
        var id = CatalogUrl().Match(page.Url).Groups[1].Value;

        // The first file has one bad cell: the report names its row and column, and nothing is imported.
        await page.GetByTestId("catalog-import-file").SetInputFilesAsync(new FilePayload { Name = "东村街道目录.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = Sheet("村（社区）公示栏、大喇叭") });
        await page.GetByTestId("catalog-import").ClickAsync();
        var report = page.GetByTestId("sheet-error");
        Assert.Equal(1, await report.CountAsync());
        var error = await report.InnerTextAsync();
        Assert.Contains("3", error);
        Assert.Contains("公开渠道和载体", error);
        Assert.Contains("大喇叭", error);
        Assert.Equal(0, await page.GetByTestId("catalog-item").CountAsync());
        await AssertAccessibleAsync(page);

        await page.GetByTestId("catalog-import-file").SetInputFilesAsync(new FilePayload { Name = "东村街道目录.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = Sheet("村（社区）公示栏") });
        await page.GetByTestId("catalog-import").ClickAsync();
        await page.GetByTestId("catalog-item").First.WaitForAsync();
        Assert.Equal(3, await page.GetByTestId("catalog-item").CountAsync());
        await page.GetByTestId("catalog-submit").ClickAsync();
        Assert.Contains("待上级审核", await page.GetByTestId("catalog-state").InnerTextAsync());
        await page.GetByTestId("logout").ClickAsync();

        // The county reviewer returns one item with a comment.
        await SignInAsync(page, "reviewer", "Zwgk2026Review");
        await page.GotoAsync("/admin/catalogs");
        await page.GetByTestId($"catalog-review-{id}").ClickAsync();
        await page.Locator("[data-testid=review-item][data-name=审核信息]").WaitForAsync();
        Assert.True(await page.GetByTestId("diff-guideline").CountAsync() > 0);
        await AssertAccessibleAsync(page);
        await page.Locator("[data-testid=review-item][data-name=审核信息] textarea").FillAsync("公开主体应写明街道社会事务办公室。");
        await page.GetByTestId("review-return").ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/admin/catalogs", StringComparison.Ordinal));
        await page.GetByTestId("logout").ClickAsync();

        // The editor sees the comment on the item, fixes it and submits again.
        await SignInAsync(page, "editor", "Zwgk2026Editor");
        await page.GotoAsync($"/admin/catalogs/{id}");
        var returned = page.Locator("[data-testid=catalog-item][data-name=审核信息]");
        Assert.Contains("街道社会事务办公室", await returned.GetByTestId("item-comment").InnerTextAsync());
        await returned.GetByTestId("item-edit").ClickAsync();
        Assert.Contains("标准指引原值", await page.GetByTestId("item-form").InnerTextAsync());
        await page.GetByTestId("item-body").FillAsync("东村街道社会事务办公室");
        await page.GetByTestId("item-save").ClickAsync();
        await page.WaitForAddressAsync(new Regex($"/admin/catalogs/{id}(#.*)?$"));
        await page.GetByTestId("catalog-submit").ClickAsync();
        Assert.Contains("待上级审核", await page.GetByTestId("catalog-state").InnerTextAsync());
        await page.GetByTestId("logout").ClickAsync();

        await SignInAsync(page, "reviewer", "Zwgk2026Review");
        await page.GotoAsync($"/admin/catalogs/{id}/review");
        await page.GetByTestId("review-approve").ClickAsync();
        Assert.Contains("已发布", await page.GetByTestId("catalog-state").InnerTextAsync());
        await page.GetByTestId("logout").ClickAsync();

        // The editor files a notice under 办事指南 on the document form; it is reviewed and published.
        await SignInAsync(page, "editor", "Zwgk2026Editor");
        await page.GotoAsync("/admin/documents/new");
        await page.GetByTestId("doc-title").FillAsync("东村街道最低生活保障办事指南");
        await page.GetByTestId("doc-written-on").FillAsync("2026-03-02");
        await page.GetByTestId("doc-genre").SelectOptionAsync("其他");
        await page.GetByLabel("民政、扶贫、救灾").CheckAsync();
        await page.GetByTestId("doc-body").FillAsync("一、申请条件：家庭人均收入低于当地低保标准。\n二、办理地点：东村街道便民服务中心。");
        await page.GetByTestId("doc-catalog-items").SelectOptionAsync(new SelectOptionValue { Label = "社会救助／最低生活保障／办事指南" });
        await page.GetByTestId("doc-save-submit").ClickAsync();
        await page.WaitForAddressAsync(DocumentUrl());
        var doc = DocumentUrl().Match(page.Url).Groups[1].Value;
        await page.GetByTestId("logout").ClickAsync();
        await SignInAsync(page, "reviewer", "Zwgk2026Review");
        await page.GotoAsync($"/admin/documents/{doc}");
        await page.GetByTestId("review-opinion").FillAsync("经审查，不涉及国家秘密和个人隐私，同意公开。");
        await page.GetByTestId("review-submit").ClickAsync();
        await page.GetByTestId("signoff-submit").ClickAsync();
        Assert.Contains("已发布", await page.GetByTestId("doc-state").InnerTextAsync());

        // On the county site, on a phone.
        var citizen = await fx.NewPageAsync(390, 844);
        citizen.SetDefaultTimeout(60_000);
        await citizen.GotoAsync("/s/haiyang/catalog");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "海阳市东村街道办事处", Exact = true }).ClickAsync();
        var guide = citizen.Locator("[data-testid=catalog-item][data-name=办事指南]");
        Assert.Contains("东村街道最低生活保障办事指南", await guide.GetByTestId("item-documents").InnerTextAsync());
        Assert.Contains("有现行内容", await guide.GetByTestId("item-status").InnerTextAsync());
        Assert.Contains("东村街道社会事务办公室", await citizen.Locator("[data-testid=catalog-item][data-name=审核信息]").InnerTextAsync());
        await AssertAccessibleAsync(citizen);
        var download = await citizen.APIRequest.GetAsync(await citizen.GetByTestId("catalog-xlsx").GetAttributeAsync("href") ?? "");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Headers["content-type"]);
    }
}
