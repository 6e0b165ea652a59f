using System.Net;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Gazette;
using Zwgk.Web.Gazette;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Gazette;

/// <summary>政府公报 (seed 002 §四(四)): issues with their contents page and PDF; only published documents; every step audited.</summary>
public sealed class GazetteTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private Task<(int ColumnId, int IssueId, int DocumentId, string Title)> DemoAsync() => factory.DbAsync(async db =>
    {
        var column = await db.Columns.SingleAsync(c => c.Site!.Code == "haiyang" && c.ColumnType == GazetteService.ColumnType);
        var issue = await db.Set<GazetteIssue>().Include(i => i.Entries).SingleAsync(i => i.ColumnId == column.Id && i.Number == 1);
        var id = issue.Entries.OrderBy(e => e.Position).First().DocumentId;
        return (column.Id, issue.Id, id, await db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync());
    });

    [Fact]
    public async Task A_citizen_finds_the_demo_issue_in_the_gazette_column_reads_its_contents_and_gets_its_pdf()
    {
        var (_, issueId, documentId, title) = await DemoAsync();
        var browser = new Browser(factory);
        var column = await browser.GetDocumentAsync("/s/haiyang/col/zfgb");
        var link = column.QuerySelectorAll("[data-testid=gazette-issue-link]").Single(a => a.GetAttribute("href") == $"/s/haiyang/gazette/{issueId}");
        Assert.EndsWith("年第1期", link.TextContent, StringComparison.Ordinal);

        var issue = await browser.GetDocumentAsync($"/s/haiyang/gazette/{issueId}");
        var item = issue.QuerySelector("[data-testid=gazette-item]")!;
        Assert.Equal(title, item.TextContent);
        Assert.Equal($"/s/haiyang/doc/{documentId}", item.GetAttribute("href"));

        var pdf = await browser.Client.GetAsync($"/s/haiyang/gazette/{issueId}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var read = PdfDocument.Open(bytes);
        var text = string.Concat(read.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        // The issue and its document's title as text (a title may wrap, so its first 12 characters).
        Assert.Contains("年第1期", text, StringComparison.Ordinal);
        Assert.Contains(title[..12], text, StringComparison.Ordinal);
        Assert.True(read.NumberOfPages >= 2);
    }

    [Fact]
    public async Task An_issue_of_another_site_or_a_draft_is_not_on_the_portal()
    {
        var (columnId, issueId, _, _) = await DemoAsync();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/s/laiyang/gazette/{issueId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/s/laiyang/gazette/{issueId}/pdf")).StatusCode);

        using var office = new Browser(factory);
        await office.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var draftId = await CreateIssueAsync(office, columnId);
        // Issue numbers come from the shared sequence of the column and year: the next issue is the next number.
        var nextId = await CreateIssueAsync(office, columnId);
        var numbers = await factory.DbAsync(db => db.Set<GazetteIssue>().Where(i => i.Id == draftId || i.Id == nextId).OrderBy(i => i.Id).Select(i => i.Number).ToListAsync());
        Assert.Equal(numbers[0] + 1, numbers[1]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/s/haiyang/gazette/{draftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/s/haiyang/gazette/{draftId}/pdf")).StatusCode);
    }

    [Fact]
    public async Task Staff_compile_an_issue_from_published_documents_only_publish_it_and_each_step_is_audited()
    {
        var (columnId, _, documentId, title) = await DemoAsync();
        using var office = new Browser(factory);
        await office.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var issueId = await CreateIssueAsync(office, columnId);
        var page = $"/admin/gazette/{issueId}";

        // A document of another site and one that is not published are refused with a Chinese message, at the form.
        var haiyang = await factory.DbAsync(db => db.Sites.Where(s => s.Code == "haiyang").Select(s => s.Id).SingleAsync());
        var otherSite = await factory.DbAsync(db => db.Documents.Where(d => d.SiteId != haiyang).Where(Document.Visible).Select(d => d.Id).FirstAsync());
        var unpublished = await factory.DbAsync(async db => await db.Documents.Where(d => d.State != DocumentState.Published).Select(d => (int?)d.Id).FirstOrDefaultAsync() ?? 99999999);
        foreach (var refused in new[] { otherSite, unpublished })
        {
            var response = await office.SubmitAsync(page, new Dictionary<string, string> { ["documentId"] = refused.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form[data-testid=gazette-add]");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var shown = await Browser.ParseAsync(response);
            Assert.Equal("只能收录本站点已发布的主动公开信息。", shown.QuerySelector("[data-testid=gazette-error]")!.TextContent);
        }

        // An empty issue cannot be published.
        var empty = await office.SubmitAsync(page, new Dictionary<string, string>(), "form[data-testid=gazette-publish]");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);

        var added = await office.SubmitAsync(page, new Dictionary<string, string> { ["documentId"] = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form[data-testid=gazette-add]");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var published = await office.SubmitAsync(page, new Dictionary<string, string>(), "form[data-testid=gazette-publish]");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var console = await office.GetDocumentAsync(page);
        Assert.Equal("已发布", console.QuerySelector("[data-testid=gazette-state]")!.TextContent);
        Assert.Null(console.QuerySelector("form[data-testid=gazette-add]"));
        var portal = await new Browser(factory).GetDocumentAsync($"/s/haiyang/gazette/{issueId}");
        Assert.Equal([title], portal.QuerySelectorAll("[data-testid=gazette-item]").Select(a => a.TextContent));

        var trail = await factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(GazetteIssue) && a.EntityId == issueId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.Actor }).ToListAsync());
        Assert.Equal(["GazetteIssueCreated", "GazetteIssueContentsChanged", "GazetteIssuePublished"], trail.Select(t => t.Action));
        Assert.All(trail, t => Assert.Equal(DemoAccounts.HaiyangOffice.User, t.Actor));
    }

    internal static async Task<int> CreateIssueAsync(Browser browser, int columnId)
    {
        var response = await browser.SubmitAsync("/admin/gazette", new Dictionary<string, string>
        {
            ["columnId"] = columnId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["year"] = "2026",
            ["issuedOn"] = "2026-06-01",
        }, $"form[data-testid=gazette-new]:has(input[name=columnId][value='{columnId}'])");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Withdrawing a document changes the demo data, so it has its own host.</summary>
public sealed class GazetteWithdrawalTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Fact]
    public async Task A_document_withdrawn_after_publication_leaves_the_issue_page_and_an_editor_of_a_township_cannot_compile_the_county_gazette()
    {
        var (columnId, issueId, documentId, title) = await factory.DbAsync(async db =>
        {
            var column = await db.Columns.SingleAsync(c => c.Site!.Code == "haiyang" && c.ColumnType == GazetteService.ColumnType);
            var issue = await db.Set<GazetteIssue>().Include(i => i.Entries).SingleAsync(i => i.ColumnId == column.Id && i.Number == 1);
            var id = issue.Entries.OrderBy(e => e.Position).First().DocumentId;
            return (column.Id, issue.Id, id, await db.Documents.Where(d => d.Id == id).Select(d => d.Title).SingleAsync());
        });
        using var editor = new Browser(factory);
        await editor.SignInAsync(DemoAccounts.DongcunEditor.User, DemoAccounts.DongcunEditor.Password);
        // The editor sees no gazette to edit, and a hand-made post is refused.
        Assert.NotNull((await editor.GetDocumentAsync("/admin/gazette")).QuerySelector("[data-testid=gazette-none]"));
        var token = (await editor.GetDocumentAsync("/admin/gazette")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var refused = await editor.Client.PostAsync("/admin/gazette?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["columnId"] = columnId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["year"] = "2077", ["issuedOn"] = "2077-06-01",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(await factory.DbAsync(db => db.Set<GazetteIssue>().AnyAsync(i => i.ColumnId == columnId && i.Year == 2077)));

        Assert.Contains(title, (await new Browser(factory).GetDocumentAsync($"/s/haiyang/gazette/{issueId}")).Body!.TextContent, StringComparison.Ordinal);
        using var admin = factory.WithToken(DemoAccounts.AdminToken);
        var withdrawn = await admin.PostAsync($"/api/v1/documents/{documentId}/withdraw", System.Net.Http.Json.JsonContent.Create(new { reason = "测试撤稿" }));
        Assert.True(withdrawn.IsSuccessStatusCode, await withdrawn.Content.ReadAsStringAsync());
        var after = await new Browser(factory).GetDocumentAsync($"/s/haiyang/gazette/{issueId}");
        Assert.DoesNotContain(title, after.Body!.TextContent, StringComparison.Ordinal);
    }

}
