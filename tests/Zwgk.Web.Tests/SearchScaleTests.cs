using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Platform;
using Zwgk.Web.Search;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>
/// What keeps search fast on a large corpus (docs/adr/0012): a capped count that says so, relevance as two
/// newest-first reads (title matches, then the rest) with exact paging, facet filters that match whole values, and
/// the migration backfill agreeing with what the entry computes. Sites from 9400 up and words used nowhere else.
/// </summary>
public sealed class SearchScaleTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Fact]
    public async Task The_count_stops_at_the_cap_and_says_it_is_a_lower_bound()
    {
        await IndexAsync([.. Enumerable.Range(0, 5).Select(i => Entry(9400 + i, 9400, "关于鹳雀楼修缮的通知" + i, "鹳雀楼修缮。", new(2025, 1, 1 + i)))]);

        var capped = await SearchAsync(new SearchQuery { Text = "鹳雀", SiteId = 9400 }, new SearchLimits(3));
        var exact = await SearchAsync(new SearchQuery { Text = "鹳雀", SiteId = 9400 }, SearchLimits.Default);

        Assert.Equal(3, capped.Total);
        Assert.True(capped.TotalIsCapped);
        Assert.Equal(5, exact.Total);
        Assert.False(exact.TotalIsCapped);
    }

    [Fact]
    public async Task An_old_title_match_ranks_first_however_many_newer_documents_mention_the_words()
    {
        await IndexAsync(
        [
            Entry(9410, 9410, "关于滕王阁开放的通知", "开放时间另行公布。", new(2019, 5, 1)),
            .. Enumerable.Range(1, 4).Select(i => Entry(9410 + i, 9410, "会议纪要" + i, "会议研究了滕王阁开放有关事项。", new(2025, 3, i))),
        ]);

        var results = await SearchAsync(new SearchQuery { Text = "滕王阁", SiteId = 9410 }, SearchLimits.Default);

        // The title match first, then the body-only matches newest first.
        Assert.Equal([9410, 9414, 9413, 9412, 9411], results.Items.Select(i => i.DocumentId));
        Assert.Equal(5, results.Total);
    }

    [Fact]
    public async Task Relevance_pages_neither_repeat_nor_skip_a_document_across_the_title_boundary()
    {
        await IndexAsync([.. Enumerable.Range(0, 6).Select(i => Entry(9420 + i, 9420, i % 2 == 0 ? "岳阳楼维修方案" + i : "纪要" + i,
            string.Concat(Enumerable.Repeat("岳阳楼。", 1 + i)), new(2024, 6, 1 + i)))]);
        var limits = SearchLimits.Default;

        var seen = new List<int>();
        for (var page = 1; page <= 3; page++)
        {
            var r = await SearchAsync(new SearchQuery { Text = "岳阳楼", SiteId = 9420, Page = page, PageSize = 2 }, limits);
            seen.AddRange(r.Items.Select(i => i.DocumentId));
        }

        // Title matches (even ids) newest first, then the rest newest first; page 2 straddles the boundary.
        Assert.Equal([9424, 9422, 9420, 9425, 9423, 9421], seen);
    }

    [Fact]
    public async Task Date_order_pages_come_straight_from_the_index_newest_first()
    {
        // Published out of id order: the order is by publication time, not by id.
        await IndexAsync(
            Entry(9430, 9430, "黄鹤楼公告甲", "黄鹤楼。", new(2025, 1, 3)),
            Entry(9431, 9430, "黄鹤楼公告乙", "黄鹤楼。", new(2023, 1, 3)),
            Entry(9432, 9430, "黄鹤楼公告丙", "黄鹤楼。", new(2026, 1, 3)));

        var first = await SearchAsync(new SearchQuery { Text = "黄鹤楼", SiteId = 9430, Sort = SearchSort.Date, PageSize = 2 }, SearchLimits.Default);
        var second = await SearchAsync(new SearchQuery { Text = "黄鹤楼", SiteId = 9430, Sort = SearchSort.Date, PageSize = 2, Page = 2 }, SearchLimits.Default);

        Assert.Equal([9432, 9430], first.Items.Select(i => i.DocumentId));
        Assert.Equal([9431], second.Items.Select(i => i.DocumentId));
    }

    [Fact]
    public async Task A_republished_entry_moves_in_date_order_and_keeps_one_index_row()
    {
        await IndexAsync(Entry(9440, 9440, "蓬莱阁通告", "蓬莱阁。", new(2020, 1, 1)), Entry(9441, 9440, "蓬莱阁公告", "蓬莱阁。", new(2022, 1, 1)));
        await IndexAsync(Entry(9440, 9440, "蓬莱阁通告", "蓬莱阁。", new(2024, 1, 1)));

        var r = await SearchAsync(new SearchQuery { Text = "蓬莱阁", SiteId = 9440, Sort = SearchSort.Date }, SearchLimits.Default);

        Assert.Equal([9440, 9441], r.Items.Select(i => i.DocumentId));
        Assert.Equal(2, r.Total);
    }

    [Fact]
    public async Task Filter_values_with_punctuation_match_the_whole_value_only()
    {
        await IndexAsync(
            Entry(9450, 9450, "大观楼通知甲", "大观楼。", new(2025, 1, 1), topic: "国民经济管理、国有资产监管"),
            Entry(9451, 9450, "大观楼通知乙", "大观楼。", new(2025, 1, 2), topic: "国民经济管理"));

        var whole = await SearchAsync(new SearchQuery { Text = "大观楼", Topic = "国民经济管理" }, SearchLimits.Default);
        var longer = await SearchAsync(new SearchQuery { Text = "大观楼", Topic = "国民经济管理、国有资产监管" }, SearchLimits.Default);

        Assert.Equal([9451], whole.Items.Select(i => i.DocumentId));
        Assert.Equal([9450], longer.Items.Select(i => i.DocumentId));
    }

    [Fact]
    public async Task The_migration_backfill_computes_the_same_sort_keys_and_facets_as_the_entry()
    {
        var entries = new[]
        {
            Entry(9460, 9460, "阅江楼通知", "阅江楼。", new(2021, 7, 1), topic: "国民经济管理、国有资产监管"),
            Entry(9461, 9460, "阅江楼公告", "阅江楼。", new(2022, 7, 1), topic: null),
        };
        await IndexAsync(entries);

        var sqlite = await factory.DbAsync(db => Task.FromResult(db.Database.IsSqlite()));
        var backfill = sqlite ? SearchSchema.SqliteBackfill : SearchSchema.PostgresBackfill;
        var facets = sqlite ? "FacetTokens" : "\"FacetTokens\"";
        var sortKey = sqlite ? "SortKey" : "\"SortKey\"";
        var titleKeys = sqlite ? "TitleKeys" : "\"TitleKeys\"";
        var table = sqlite ? "SearchEntries" : "\"SearchEntries\"";
        var id = sqlite ? "DocumentId" : "\"DocumentId\"";
        await factory.DbAsync(async db =>
        {
            // Wipe the two columns of these rows as an old database would have them, then backfill.
            var wipe = "UPDATE " + table + " SET " + facets + " = '', " + titleKeys + " = '', " + sortKey + " = -" + id + " WHERE " + id + " IN (9460, 9461)";
            await db.Database.ExecuteSqlRawAsync(wipe);
            return await db.Database.ExecuteSqlRawAsync(backfill);
        });

        foreach (var e in entries)
        {
            var row = await factory.DbAsync(db => db.SearchEntries.AsNoTracking()
                .Where(x => x.DocumentId == e.DocumentId)
                .Select(x => new { Key = EF.Property<long>(x, "SortKey"), Facets = EF.Property<string>(x, "FacetTokens"), TitleKeys = EF.Property<string>(x, "TitleKeys") })
                .SingleAsync());
            Assert.Equal(e.SortKey, row.Key);
            Assert.Equal(e.FacetTokens, row.Facets);
            Assert.Equal(e.TitleKeys, row.TitleKeys);
        }

        // And the index still finds them by facet and by title after the backfill re-indexed the rows.
        Assert.Equal(2, (await SearchAsync(new SearchQuery { Text = "阅江楼", SiteId = 9460 }, SearchLimits.Default)).Total);
        Assert.Equal([9461, 9460], (await SearchAsync(new SearchQuery { Text = "阅江楼", SiteId = 9460 }, SearchLimits.Default)).Items.Select(i => i.DocumentId));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 4)]
    [InlineData(9, 9)]
    [InlineData(2_000, 2_000)]
    // A count window larger than the site: its sample holds every row, so every page is first tried in the window.
    [InlineData(4, 2_000)]
    [InlineData(9, 2_000)]
    public async Task Every_probe_window_gives_the_pages_and_counts_of_reading_every_match(int probeRows, int countProbeRows)
    {
        // 40 documents on two sites over three years: the word 鹤鸣 in some titles, some bodies, or neither, so
        // PostgreSQL's window of the newest rows (FullTextQuery) sometimes holds the page and sometimes must give
        // way to the GIN index. Whatever the window, the answer must be the one worked out here from the entries.
        var entries = Enumerable.Range(0, 40).Select(i => Entry(
            9470 + i,
            i % 5 == 0 ? 9471 : 9470,
            i % 3 == 0 ? "关于鹤鸣湖保护的通知" + i : "工作简报" + i,
            i % 4 == 0 ? "鹤鸣湖湿地。" : "其他事项。",
            new DateOnly(2023 + (i % 3), 1 + (i % 12), 1 + (i % 27)),
            topic: i % 2 == 0 ? "综合政务" : "城乡建设")).ToList();
        await IndexAsync([.. entries]);
        var limits = new SearchLimits(1_000, probeRows, countProbeRows);

        var queries = new[]
        {
            new SearchQuery { Text = "鹤鸣", SiteId = 9470 },
            new SearchQuery { Text = "鹤鸣", SiteId = 9470, Year = 2024 },
            new SearchQuery { Text = "鹤鸣", SiteId = 9471, Sort = SearchSort.Date },
            new SearchQuery { Text = "鹤鸣湖", UnitPath = "/94/9470/", Topic = "城乡建设" },
            new SearchQuery { Text = "鹤鸣", SiteId = 9470, Year = 2025, Sort = SearchSort.Date },
        };
        foreach (var q in queries)
        {
            var word = q.Text!;
            var matches = entries.Where(e => e.PlainText.Contains(word, StringComparison.Ordinal)
                    && (q.SiteId is null || e.SiteId == q.SiteId) && (q.Year is null || e.Year == q.Year)
                    && (q.UnitPath is null || e.UnitPath.StartsWith(q.UnitPath, StringComparison.Ordinal)) && (q.Topic is null || e.Topic == q.Topic))
                .OrderByDescending(e => q.Sort == SearchSort.Relevance && e.Title.Contains(word, StringComparison.Ordinal))
                .ThenByDescending(e => e.SortKey)
                .Select(e => e.DocumentId)
                .ToList();
            Assert.NotEmpty(matches);

            foreach (var pageSize in new[] { 2, 5 })
            {
                var seen = new List<int>();
                for (var page = 1; page <= (matches.Count / pageSize) + 1; page++)
                {
                    var r = await SearchAsync(q with { Page = page, PageSize = pageSize }, limits);
                    Assert.Equal(matches.Count, r.Total);
                    seen.AddRange(r.Items.Select(i => i.DocumentId));
                }

                Assert.Equal(matches, seen);
            }

            // A cap below the count is reported as such, whether the window or the index counted.
            var capped = await SearchAsync(q, new SearchLimits(2, probeRows, countProbeRows));
            Assert.Equal(Math.Min(2, matches.Count), capped.Total);
            Assert.Equal(matches.Count > 2, capped.TotalIsCapped);
        }
    }

    private async Task<SearchResults> SearchAsync(SearchQuery query, SearchLimits limits)
    {
        await using var scope = factory.Scope();
        return await new SearchIndex(scope.ServiceProvider.GetRequiredService<ZwgkDbContext>(), limits).QueryAsync(query);
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

    private static SearchEntry Entry(int id, int siteId, string title, string body, DateOnly date, string? topic = "综合政务") =>
        new SearchEntry
        {
            DocumentId = id,
            SiteId = siteId,
            UnitId = siteId,
            UnitPath = $"/94/{siteId}/",
            Topic = topic,
            Genre = "通知",
            Year = date.Year,
            Validity = "有效",
            PublishedAt = date.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc),
            Url = $"/docs/{id}",
        }.SetContent(title, body);
}
