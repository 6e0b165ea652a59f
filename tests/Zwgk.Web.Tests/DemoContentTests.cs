using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>The seed documents read as the originals do: headings as headings, whole paragraphs, no markup, the attribute note once.</summary>
public sealed class DemoContentTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Fact]
    public async Task A_seed_document_keeps_its_headings_and_paragraphs_and_shows_its_note_once()
    {
        var id = await factory.DbAsync(db => db.Documents.Where(d => d.DocumentNumber == "烟政办发〔2020〕17号").Select(d => d.Id).SingleAsync());
        var response = await factory.CreateClient().GetAsync($"/doc/{id}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Browser.ParseAsync(response);
        var body = page.QuerySelector("[data-testid=doc-body]")!;

        var headings = body.QuerySelectorAll("h2, h3").Select(h => h.TextContent).ToList();
        Assert.Contains("一、总体要求", headings);
        Assert.Contains("四、组织保障", headings);
        Assert.Contains("（一）通过清单管理实现政务公开内容标准化。", headings);
        Assert.DoesNotContain("**", body.TextContent, StringComparison.Ordinal);
        // A sentence broken by the original's layout is one paragraph again.
        Assert.Contains(body.QuerySelectorAll("p"), p => p.TextContent.Contains("加快建设法治政府、创新政府、廉洁政府、服务型政府", StringComparison.Ordinal));
        Assert.DoesNotContain(body.QuerySelectorAll("p"), p => p.TextContent == "精心组织实施。");
        // The signature and its date stay lines of their own.
        Assert.Contains(body.QuerySelectorAll("p"), p => p.TextContent == "2020年8月27日");
        // The note closes the document once (the body also quotes the phrase in its text, which is content).
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "（此件公开发布）"));
        Assert.DoesNotContain(body.QuerySelectorAll("p"), p => p.TextContent.Contains("（此件公开发布）", StringComparison.Ordinal));
    }
}
