using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Platform;
using Zwgk.Web.Search;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>
/// The search index on the real engine (SQLite FTS5 or PostgreSQL tsvector), fed with the five real documents in
/// Seeds/. Sites 9001/9002 and unit paths under /90/ exist only here, so other tests' data cannot interfere; tests
/// that add their own entries use sites from 9100 up and their own words.
/// </summary>
public sealed class SearchIndexTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    private const int SiteA = 9001;
    private const int SiteB = 9002;

    // The files hold the document as printed: issuing office, number, title, addressees, body. The title is not on
    // the first line, so it and the other catalogue fields are written down here (Seeds/README.md).
    private static readonly SeedDoc[] Seeds =
    [
        new(1, "000_30c8c31e1d303f93.txt", "烟台市人民政府办公室关于全面推进基层政务公开标准化规范化工作的实施意见", "烟政办发〔2020〕17号", new(2020, 8, 27), "意见", SiteA, "/90/91/"),
        new(2, "001_87540f5d7adf7085.txt", "明溪县人民政府办公室关于全面推进基层政务公开标准化规范化工作的指导意见", "明政办〔2020〕13号", new(2020, 4, 26), "意见", SiteA, "/90/91/95/"),
        new(3, "002_0917a6ea4d06ba94.txt", "海阳市人民政府办公室关于印发2020年海阳市政务公开工作要点的通知", "海政办发〔2020〕9号", new(2020, 7, 12), "通知", SiteA, "/90/92/"),
        new(4, "003_52ce73d5f91afdd2.txt", "厦门市人民政府办公厅关于全面推进基层政务公开标准化规范化工作的通知", "厦府办〔2020〕67号", new(2020, 7, 7), "通知", SiteB, "/90/93/"),
        new(5, "004_9263de8c9dd79e32.txt", "运城市人民政府办公室关于印发运城市全面推进基层政务公开标准化规范化工作方案的通知", "运政办发〔2020〕2号", new(2020, 6, 2), "方案", SiteB, "/90/93/94/"),
    ];

    // Two short notices for words the five documents do not use.
    private static readonly NoticeDoc[] Notices =
    [
        new(6, SiteA, "/90/92/", "关于提高城乡低保标准的通知", "城乡最低生活保障（低保）标准每人每月提高50元。", "海民发〔2024〕3号", new(2024, 1, 15), "通知"),
        new(7, SiteB, "/90/93/", "关于社保卡跨省通办的公告", "持社保卡可在全省各级政务服务中心办理社会保障业务。", "厦人社〔2024〕8号", new(2024, 3, 1), "公告"),
    ];

    [Theory]
    [InlineData("低保", new[] { 6 })]
    [InlineData("社保", new[] { 7 })]
    [InlineData("公开", new[] { 1, 2, 3, 4, 5 })]
    [InlineData("厦门", new[] { 4 })]
    [InlineData("医疗", new[] { 2, 5 })]
    [InlineData("疫情", new[] { 3, 4 })]
    public async Task Two_character_queries_find_the_documents_that_contain_them(string text, int[] expected)
    {
        var results = await SeededSearchAsync(new SearchQuery { Text = text });

        Assert.Equal(expected, Ids(results).Order());
        Assert.Equal(expected.Length, results.Total);
    }

    [Theory]
    [InlineData("烟政办发")]
    [InlineData("17号")]
    [InlineData("2020 17")]
    [InlineData("〔2020〕17号")]
    [InlineData("烟政办发〔2020〕17号")]
    public async Task The_document_number_is_found_by_its_parts(string text)
    {
        var results = await SeededSearchAsync(new SearchQuery { Text = text });

        // Tokens are AND-ed, not required to be adjacent: another document with 2020, 17 and 号 somewhere in its body
        // matches too, but the number is indexed with the title, so the numbered document comes first.
        Assert.Equal(1, results.Items[0].DocumentId);
        Assert.Contains("<mark>", results.Items[0].SnippetHtml);
    }

    [Fact]
    public async Task The_issuer_code_of_a_number_finds_only_that_document()
    {
        Assert.Equal([1], Ids(await SeededSearchAsync(new SearchQuery { Text = "烟政办发" })));
    }

    [Fact]
    public async Task A_word_no_document_contains_finds_nothing()
    {
        var results = await SeededSearchAsync(new SearchQuery { Text = "量子计算" });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Items);
    }

    [Fact]
    public async Task A_single_character_finds_every_document_using_it()
    {
        // 厦 appears only in 厦门 (document 4) and in the number 厦人社 (notice 7).
        Assert.Equal([4, 7], Ids(await SeededSearchAsync(new SearchQuery { Text = "厦" })).Order());
    }

    [Fact]
    public async Task A_word_broken_across_lines_in_the_source_is_still_found()
    {
        // Document 5 prints its subtitle as "运城市全面推进基层政务公开⏎⏎标准化规范化工作方案".
        var results = await SeededSearchAsync(new SearchQuery { Text = "运城市全面推进基层政务公开标准化规范化工作方案" });

        Assert.Contains(5, Ids(results));
    }

    [Fact]
    public async Task Filters_narrow_the_results()
    {
        await SeedAsync();

        Assert.Equal([1, 2, 3], Ids(await SearchAsync(new SearchQuery { Text = "公开", SiteId = SiteA })).Order());
        Assert.Equal([1, 2], Ids(await SearchAsync(new SearchQuery { Text = "公开", UnitPath = "/90/91/" })).Order());
        Assert.Equal([2], Ids(await SearchAsync(new SearchQuery { Text = "公开", UnitPath = "/90/91/95/" })).Order());
        Assert.Equal([4, 5], Ids(await SearchAsync(new SearchQuery { Text = "公开", UnitPath = "/90/93/" })).Order());
        Assert.Equal([6, 7], Ids(await SearchAsync(new SearchQuery { Text = "保障", UnitPath = "/90/", Year = 2024 })).Order());
        Assert.Equal([6], Ids(await SearchAsync(new SearchQuery { Text = "保障", UnitPath = "/90/", Year = 2024, SiteId = SiteA })));
        Assert.Equal([3, 4], Ids(await SearchAsync(new SearchQuery { Text = "公开", UnitPath = "/90/", Genre = "通知", Year = 2020 })).Order());
        Assert.Equal([1], Ids(await SearchAsync(new SearchQuery { Text = "公开", DocumentNumber = "〔2020〕17", UnitPath = "/90/" })));
        Assert.Equal([4], Ids(await SearchAsync(new SearchQuery { Text = "公开", SiteId = SiteB, Genre = "通知", Validity = "有效" })));
    }

    [Fact]
    public async Task Without_text_the_filtered_documents_are_listed_newest_first()
    {
        await SeedAsync();

        var results = await SearchAsync(new SearchQuery { SiteId = SiteA, UnitPath = "/90/" });

        Assert.Equal([6, 1, 3, 2], Ids(results));
        Assert.All(results.Items, i => Assert.DoesNotContain("<mark>", i.SnippetHtml));
    }

    [Fact]
    public async Task Date_sort_puts_the_newest_match_first()
    {
        var results = await SeededSearchAsync(new SearchQuery { Text = "公开", Sort = SearchSort.Date, UnitPath = "/90/" });

        Assert.Equal([1, 3, 4, 5, 2], Ids(results));
    }

    [Fact]
    public async Task Pages_are_cut_after_counting_and_the_page_size_is_capped()
    {
        await SeedAsync();

        var second = await SearchAsync(new SearchQuery { Text = "公开", Sort = SearchSort.Date, UnitPath = "/90/", Page = 2, PageSize = 2 });
        Assert.Equal(5, second.Total);
        Assert.Equal(3, second.PageCount);
        Assert.Equal([4, 5], Ids(second));

        var huge = await SearchAsync(new SearchQuery { Text = "公开", Page = -3, PageSize = 10_000 });
        Assert.Equal(SearchQuery.MaxPageSize, huge.PageSize);
        Assert.Equal(1, huge.Page);
    }

    [Fact]
    public async Task Title_matches_rank_above_body_only_matches()
    {
        await SeedAsync();
        // A body that repeats the phrase over and over still must not beat a title that has it.
        await IndexAsync(Entry(9100, 9100, "/90/9100/", "会议纪要", string.Concat(Enumerable.Repeat("标准化规范化建设。", 60)), null, new(2025, 1, 1), "纪要"));

        // Within /90/: the demo region's own copies of the seed documents stay out.
        var results = await SearchAsync(new SearchQuery { Text = "标准化规范化", UnitPath = "/90/" });

        var ids = Ids(results);
        Assert.Equal(6, results.Total);
        // Documents 1, 2, 4 and 5 have it in the title; 3 and 9100 only in the body.
        Assert.Equal([1, 2, 4, 5], ids.Take(4).Order());
        Assert.Equal([3, 9100], ids.Skip(4).Order());
    }

    [Fact]
    public async Task Remove_takes_the_document_out_with_the_same_save()
    {
        await IndexAsync(Entry(9200, 9200, "/9200/", "关于撤回试点文件的通知", "本文件涉及试点事项。", null, new(2025, 2, 1), "通知"));
        Assert.Equal([9200], Ids(await SearchAsync(new SearchQuery { Text = "撤回试点" })));

        await using (var scope = factory.Scope())
        {
            var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
            await index.RemoveAsync(9200);
            await index.RemoveAsync(987654); // not indexed: nothing to do
            await scope.ServiceProvider.GetRequiredService<ZwgkDbContext>().SaveChangesAsync();
        }

        Assert.Equal(0, (await SearchAsync(new SearchQuery { Text = "撤回试点" })).Total);
        Assert.False(await factory.DbAsync(db => db.SearchEntries.AnyAsync(e => e.DocumentId == 9200)));
    }

    [Fact]
    public async Task Upsert_replaces_the_indexed_text()
    {
        await IndexAsync(Entry(9300, 9300, "/9300/", "关于征集意见的公告", "征集期三十日。", null, new(2025, 3, 1), "公告"));
        await IndexAsync(Entry(9300, 9300, "/9300/", "关于延长征集期的公告", "征集期延长至六十日。", null, new(2025, 3, 2), "公告"));

        Assert.Equal(0, (await SearchAsync(new SearchQuery { Text = "三十日", SiteId = 9300 })).Total);
        var hit = Assert.Single((await SearchAsync(new SearchQuery { Text = "六十日", SiteId = 9300 })).Items);
        Assert.Equal("关于延长征集期的公告", hit.Title);
        Assert.Equal(new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc), hit.PublishedAt);
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_the_index_as_it_was()
    {
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<SearchIndex>()
                .UpsertAsync(Entry(9400, 9400, "/9400/", "关于回滚测试的通知", "回滚之后不应被搜到。", null, new(2025, 4, 1), "通知"));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }

        Assert.Equal(0, (await SearchAsync(new SearchQuery { Text = "回滚测试" })).Total);
    }

    [Fact]
    public async Task Titles_and_snippets_are_encoded_html_with_marks()
    {
        await IndexAsync(Entry(9500, 9500, "/9500/", "关于<script>alert('低保')</script>核查的通知", "请核查低保对象 & <b>家庭</b>收入。", null, new(2025, 5, 1), "通知"));

        var hit = Assert.Single((await SearchAsync(new SearchQuery { Text = "低保 核查", SiteId = 9500 })).Items);

        Assert.Equal("关于<script>alert('低保')</script>核查的通知", hit.Title);
        Assert.DoesNotContain("<script>", hit.TitleHtml);
        Assert.Contains("&lt;script&gt;", hit.TitleHtml);
        Assert.Contains("<mark>低保</mark>", hit.TitleHtml);
        Assert.Contains("<mark>核查</mark>", hit.TitleHtml);
        // Touching terms share one mark.
        Assert.Equal("请<mark>核查低保</mark>对象 &amp; &lt;b&gt;家庭&lt;/b&gt;收入。", hit.SnippetHtml);
    }

    [Fact]
    public async Task Snippets_of_real_documents_show_the_match_in_a_short_window()
    {
        var hit = Assert.Single((await SeededSearchAsync(new SearchQuery { Text = "厦门" })).Items);

        Assert.Contains("<mark>厦门</mark>", hit.SnippetHtml);
        Assert.InRange(hit.SnippetHtml.Replace("<mark>", "").Replace("</mark>", "").Length, 20, 130);
        Assert.Equal("<mark>厦门</mark>市人民政府办公厅关于全面推进基层政务公开标准化规范化工作的通知", hit.TitleHtml);
    }

    [Theory]
    [InlineData("\"公开\"")]
    [InlineData("公开*")]
    [InlineData("公开 OR 低保")]
    [InlineData("TitleTokens:公开")]
    [InlineData("{TitleTokens} : 公开")]
    [InlineData("公开 & !低保 | 社保")]
    [InlineData("(公开")]
    [InlineData("公开 <-> 标准 :* 'x'")]
    [InlineData("NEAR(公开 标准, 3)")]
    [InlineData("公开 AND NOT -标准 ^x")]
    [InlineData("\\'; DROP TABLE SearchEntries; --")]
    [InlineData("\"")]
    [InlineData("*")]
    public async Task Operators_in_the_query_are_harmless(string text)
    {
        var results = await SeededSearchAsync(new SearchQuery { Text = text });

        Assert.True(results.Total >= 0);
        Assert.True(await factory.DbAsync(db => db.SearchEntries.AnyAsync()));
    }

    [Fact]
    public async Task Quotes_are_not_operators_so_a_quoted_word_matches_like_the_bare_word()
    {
        Assert.Equal([1, 2, 3, 4, 5], Ids(await SeededSearchAsync(new SearchQuery { Text = "\"公开\"", UnitPath = "/90/" })).Order());
        // "or" is an ordinary word here, and no document contains it.
        Assert.Equal(0, (await SearchAsync(new SearchQuery { Text = "\"公开\" OR 低保", UnitPath = "/90/" })).Total);
    }

    /// <summary>Searches the seeds: within /90/ unless the query names a subtree, so the demo region's documents stay out.</summary>
    private async Task<SearchResults> SeededSearchAsync(SearchQuery query)
    {
        await SeedAsync();
        return await SearchAsync(query with { UnitPath = query.UnitPath ?? "/90/" });
    }

    private async Task<SearchResults> SearchAsync(SearchQuery query)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SearchIndex>().QueryAsync(query);
    }

    /// <summary>Indexes the seeds and notices; upserting makes it safe to call from every test.</summary>
    private async Task SeedAsync()
    {
        var entries = new List<SearchEntry>();
        foreach (var s in Seeds)
        {
            var body = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", s.File));
            entries.Add(Entry(s.Id, s.SiteId, s.UnitPath, s.Title, body, s.Number, s.Date, s.Genre));
        }

        entries.AddRange(Notices.Select(n => Entry(n.Id, n.SiteId, n.UnitPath, n.Title, n.Body, n.Number, n.Date, n.Genre)));
        await IndexAsync([.. entries]);
    }

    private async Task IndexAsync(params SearchEntry[] entries)
    {
        await using var scope = factory.Scope();
        var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
        foreach (var e in entries)
        {
            await index.UpsertAsync(e);
        }

        await scope.ServiceProvider.GetRequiredService<ZwgkDbContext>().SaveChangesAsync();
    }

    private static SearchEntry Entry(int id, int siteId, string unitPath, string title, string body, string? number, DateOnly date, string genre) =>
        new SearchEntry
        {
            DocumentId = id,
            SiteId = siteId,
            UnitId = int.Parse(unitPath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture),
            UnitPath = unitPath,
            Topic = "综合政务",
            Genre = genre,
            Year = date.Year,
            Validity = "有效",
            PublishedAt = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Url = $"/docs/{id}",
        }.SetContent(title, body, number);

    private static List<int> Ids(SearchResults results) => results.Items.Select(i => i.DocumentId).ToList();

    private sealed record SeedDoc(int Id, string File, string Title, string Number, DateOnly Date, string Genre, int SiteId, string UnitPath);

    private sealed record NoticeDoc(int Id, int SiteId, string UnitPath, string Title, string Body, string Number, DateOnly Date, string Genre);
}
