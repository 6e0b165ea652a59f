using System.Net;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Catalogs;

/// <summary>The county site shows only published catalogs of its own units, with every element, status and filed documents.</summary>
public sealed class CatalogPortalTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Fact]
    public async Task The_county_site_lists_published_catalogs_and_never_a_submitted_one()
    {
        var browser = new Browser(factory);
        var index = await browser.GetDocumentAsync("/s/haiyang/catalog");
        var units = index.QuerySelector("[data-testid=catalog-units]")!.TextContent;
        Assert.Contains("海阳市方圆街道办事处", units);
        Assert.Contains("海阳市民政局", units);
        Assert.DoesNotContain("留格庄镇", units); // submitted, waiting for review
        Assert.NotNull(index.QuerySelector("[data-testid=coverage-matrix]"));

        var town = await factory.UnitIdAsync("留格庄镇");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/s/haiyang/catalog/unit/{town}")).StatusCode);
        // A unit of another county is not on this county's site.
        var street = await factory.UnitIdAsync("方圆街道");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/s/laiyang/catalog/unit/{street}")).StatusCode);
    }

    [Fact]
    public async Task A_unit_catalog_shows_all_elements_the_not_applicable_reason_and_the_filed_notice()
    {
        var street = await factory.UnitIdAsync("方圆街道");
        var page = await new Browser(factory).GetDocumentAsync($"/s/haiyang/catalog/unit/{street}");
        var headers = page.QuerySelectorAll("[data-testid=catalog-items] thead th").Select(h => h.TextContent).ToList();
        Assert.Equal(["一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"], headers.Skip(2).Take(10));
        var guide = page.QuerySelectorAll("[data-testid=catalog-item]").First(r => r.GetAttribute("data-name") == "办事指南");
        Assert.Contains("方圆街道最低生活保障办事指南", guide.QuerySelector("[data-testid=item-documents]")!.TextContent);
        Assert.Contains("有现行内容", guide.QuerySelector("[data-testid=item-status]")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("[data-testid=item-status]"), s => s.TextContent.Contains("不适用") && s.TextContent.Contains("海阳市民政局负责"));
        Assert.Contains("首次发布", page.QuerySelector("[data-testid=catalog-history]")!.TextContent);

        var xlsx = await factory.CreateClient().GetAsync(page.QuerySelector("[data-testid=catalog-xlsx]")!.GetAttribute("href"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var catalogId = await factory.DbAsync(db => db.Set<Zwgk.Domain.Catalogs.StandardCatalog>().Where(c => c.UnitId == street).Select(c => c.Id).SingleAsync());
        Assert.Contains($"/api/v1/catalogs/{catalogId}/export", page.QuerySelector("[data-testid=catalog-xlsx]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_console_pages_are_plain_forms_that_work_without_javascript()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(DemoAccounts.HaiyangReviewer.User, DemoAccounts.HaiyangReviewer.Password);
        var list = await browser.GetDocumentAsync("/admin/catalogs");
        var link = list.QuerySelector("[data-testid=catalog-review-queue] a")!.GetAttribute("href")!;
        var review = await browser.GetDocumentAsync(link);
        Assert.NotEmpty(review.QuerySelectorAll("[data-testid=review-item]"));
        var returned = await browser.SubmitAsync(link, new Dictionary<string, string> { ["decision"] = "return" }, "[data-testid=review-form]");
        // Nothing to say means nothing to return: the form comes back with the rule's message.
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Contains("退回须对事项或目录填写意见", await returned.Content.ReadAsStringAsync());
        var coverage = await browser.GetDocumentAsync("/admin/catalogs/coverage");
        Assert.Contains(coverage.QuerySelectorAll("[data-testid=coverage-row]"), r => r.GetAttribute("data-unit") == "海阳市留格庄镇人民政府" && r.TextContent.Contains("待上级审核"));
    }
}
