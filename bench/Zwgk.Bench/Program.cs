using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zwgk.Bench;
using Zwgk.Web.Platform;
using Zwgk.Web.Search;

// Search benchmark: fills a database with N documents' search entries, then measures the full-text search
// against a naive LIKE '%q%' over the same rows. Usage (from the repository root):
//   dotnet run -c Release --project bench/Zwgk.Bench -- [--provider Sqlite|Postgres] [--connection "…"] [--count 1000000] [--reps 30]
//   dotnet run -c Release --project bench/Zwgk.Bench -- catalog-import [--rows 10000] [--reps 3]   (标准目录 Excel 导入)
if (args.Length > 0 && args[0] == "catalog-import")
{
    await CatalogImportBench.RunAsync(args);
    return;
}

var options = Args.Parse(args);
var seeds = Path.Combine(Args.RepoRoot(), "src", "Zwgk.Web", "Demo", "Seeds");
Directory.CreateDirectory("bench/data");
await using var db = options.Provider == "Postgres"
    ? (ZwgkDbContext)new PostgresZwgkDbContext(new DbContextOptionsBuilder<PostgresZwgkDbContext>().UseNpgsql(options.Connection).Options)
    : new SqliteZwgkDbContext(new DbContextOptionsBuilder<SqliteZwgkDbContext>().UseSqlite(options.Connection).Options);
db.Database.SetCommandTimeout(600);
await db.Database.MigrateAsync();

var existing = await db.SearchEntries.CountAsync();
if (existing < options.Count)
{
    await Generator.FillAsync(db, new Corpus(seeds), existing, options.Count);
}

if (options.Provider == "Postgres")
{
    // A table in service is vacuumed and analysed by autovacuum; a freshly filled or migrated one may not be yet.
    await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"SearchEntries\"");
}

Console.WriteLine($"rows: {await db.SearchEntries.CountAsync():N0}  provider: {options.Provider}");
await Measure.RunAsync(db, options.Reps);

internal sealed record Args(string Provider, string Connection, int Count, int Reps)
{
    public static Args Parse(string[] a)
    {
        string Get(string name, string fallback) => Array.IndexOf(a, name) is var i and >= 0 && i + 1 < a.Length ? a[i + 1] : fallback;
        var provider = Get("--provider", "Sqlite");
        var connection = Get("--connection", provider == "Postgres" ? "Host=127.0.0.1;Username=zwgk;Database=zwgk_bench" : "Data Source=bench/data/bench.db");
        return new Args(provider, connection, int.Parse(Get("--count", "1000000"), CultureInfo.InvariantCulture), int.Parse(Get("--reps", "30"), CultureInfo.InvariantCulture));
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zwgk.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("请在仓库目录内运行。");
    }
}

internal static class Generator
{
    public static async Task FillAsync(ZwgkDbContext db, Corpus corpus, int from, int to)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var clock = Stopwatch.StartNew();
        var start = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        const int batch = 5000;
        for (var i = from; i < to; i += batch)
        {
            for (var j = i; j < Math.Min(to, i + batch); j++)
            {
                var year = 2019 + (j % 8);
                db.SearchEntries.Add(new SearchEntry
                {
                    DocumentId = j + 1,
                    SiteId = 1 + (j % 3),
                    UnitId = 1 + (j % 40),
                    UnitPath = $"/1/{2 + (j % 3)}/",
                    Topic = "综合政务",
                    Genre = corpus.Genre(),
                    Year = year,
                    Validity = "有效",
                    PublishedAt = start.AddMinutes(j * 3.7),
                    Url = $"/doc/{j + 1}",
                }.SetContent(corpus.Title(j), corpus.Body(300 + corpus.Next(500)), $"某政办发〔{year}〕{1 + (j % 300)}号"));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            Console.Write($"\rgenerated {Math.Min(to, i + batch):N0} / {to:N0} ({clock.Elapsed:mm\\:ss})");
        }

        Console.WriteLine();
    }
}

internal static class Measure
{
    private static readonly string[][] Queries =
    [
        ["低保", "公开", "养老", "就业"],
        ["政务公开", "社会救助", "乡村振兴", "标准目录"],
        ["基层政务公开标准", "政府信息公开条例", "全面推进基层政务", "公共法律服务体系"],
    ];

    public static async Task RunAsync(ZwgkDbContext db, int reps)
    {
        var index = new SearchIndex(db);
        Console.WriteLine("| query | filters | search p50 | p95 | p99 (ms) | LIKE p50 | p95 | p99 (ms) | LIKE/search (mean) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var allSearch = new List<double>();
        var allLike = new List<double>();
        foreach (var group in Queries)
        {
            foreach (var filtered in new[] { false, true })
            {
                var fts = new List<double>();
                var like = new List<double>();
                foreach (var q in group)
                {
                    var query = new SearchQuery { Text = q, SiteId = filtered ? 1 : null, Year = filtered ? 2020 : null };
                    await index.QueryAsync(query); // warm up
                    for (var r = 0; r < reps; r++)
                    {
                        var sw = Stopwatch.StartNew();
                        await index.QueryAsync(query);
                        fts.Add(sw.Elapsed.TotalMilliseconds);
                    }

                    // LIKE is slow: a few runs are enough to see it.
                    for (var r = 0; r < Math.Max(3, reps / 10); r++)
                    {
                        var sw = Stopwatch.StartNew();
                        var rows = db.SearchEntries.AsNoTracking().Where(e => e.PlainText.Contains(q));
                        if (filtered)
                        {
                            rows = rows.Where(e => e.SiteId == 1 && e.Year == 2020);
                        }

                        _ = await rows.CountAsync();
                        _ = await rows.OrderByDescending(e => e.PublishedAt).Take(20).Select(e => e.DocumentId).ToListAsync();
                        like.Add(sw.Elapsed.TotalMilliseconds);
                    }
                }

                Console.WriteLine($"| {group[0].Length} chars | {(filtered ? "site+year" : "none")} | {P(fts, 50):F1} | {P(fts, 95):F1} | {P(fts, 99):F1} | {P(like, 50):F0} | {P(like, 95):F0} | {P(like, 99):F0} | {like.Average() / fts.Average():F0}× |");
                allSearch.Add(fts.Average());
                allLike.Add(like.Average());
            }
        }

        // The same ratio over the whole fixed query set: each group's mean weighs the same.
        Console.WriteLine($"| all | all | | | | | | | {allLike.Average() / allSearch.Average():F0}× |");
    }

    private static double P(List<double> samples, int percentile)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
