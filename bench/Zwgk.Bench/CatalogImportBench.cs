using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Catalogs;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Bench;

/// <summary>
/// "10,000 rows import in seconds" (issue 4): writes a catalog spreadsheet of N valid rows in the standard layout, then times
/// (a) reading and validating every row with MiniExcel and (b) the whole import — read, validate, replace the draft's items and
/// save — into a fresh SQLite database, as the import endpoint does (without the HTTP upload).
/// Usage: dotnet run -c Release --project bench/Zwgk.Bench -- catalog-import [--rows 10000] [--reps 3]
/// </summary>
internal static class CatalogImportBench
{
    public static async Task RunAsync(string[] args)
    {
        int Get(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var rows = Get("--rows", 10_000);
        var reps = Get("--reps", 3);
        Directory.CreateDirectory("bench/data");
        var sheet = Sheet(rows);
        Console.WriteLine($"catalog import: {rows:N0} rows, {sheet.Length / 1024.0 / 1024.0:F1} MB xlsx, {reps} runs");

        var read = new List<double>();
        var full = new List<double>();
        for (var r = 0; r < reps; r++)
        {
            var file = $"bench/data/catalog-{r}.db";
            File.Delete(file);
            await using var db = new SqliteZwgkDbContext(new DbContextOptionsBuilder<SqliteZwgkDbContext>().UseSqlite($"Data Source={file}").Options);
            await db.Database.MigrateAsync();
            await CatalogDefaults.SeedAsync(db, TimeProvider.System);
            var unit = new Organization { Name = "基准测试街道办事处", ShortName = "基准街道", Level = AdministrativeLevel.Township, Kind = OrganizationKind.Government, Path = "/" };
            db.Add(unit);
            await db.SaveChangesAsync();
            unit.Path = UnitPath.Root(unit.Id).Value;
            var catalog = StandardCatalog.Start(unit.Id, "基准测试", DateTime.UtcNow);
            db.Add(catalog);
            await db.SaveChangesAsync();
            var domains = await db.Set<PilotDomain>().AsNoTracking().ToListAsync();

            var clock = Stopwatch.StartNew();
            using (var s = new MemoryStream(sheet))
            {
                var onlyRead = CatalogSheet.ReadCatalog(s, domains, (_, _) => null);
                if (!onlyRead.Ok)
                {
                    throw new InvalidOperationException(onlyRead.Errors[0].Problem);
                }
            }

            read.Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            using (var s = new MemoryStream(sheet))
            {
                var result = CatalogSheet.ReadCatalog(s, domains, (_, _) => null);
                catalog.ReplaceItems(result.Rows, "基准.xlsx", "基准测试", DateTime.UtcNow);
                await db.SaveChangesAsync();
            }

            full.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine($"  run {r + 1}: read+validate {read[^1]:N0} ms, full import {full[^1]:N0} ms ({await db.Set<CatalogItem>().CountAsync():N0} items saved)");
        }

        Console.WriteLine($"median: read+validate {Median(read):N0} ms, full import {Median(full):N0} ms");
    }

    private static double Median(List<double> v) => v.Order().ElementAt(v.Count / 2);

    /// <summary>N distinct valid rows cycling through the domains, time-limit wordings and channels real catalogs use.</summary>
    private static byte[] Sheet(int n)
    {
        string[] limits = ["信息形成或者变更之日起20个工作日内", "本级人大或其常委会批准后20日内", "10个工作日内公开，公示7个工作日", "实时", "每年3月31日前"];
        string[] channels = ["政府网站、公开查阅点、政务服务中心", "政府网站、两微一端", "村（社区）公示栏", "政府网站、广播电视、报刊"];
        var domains = CatalogDefaults.Domains;
        IEnumerable<Dictionary<string, object?>> Rows()
        {
            for (var i = 0; i < n; i++)
            {
                var d = domains[i % domains.Length];
                yield return new Dictionary<string, object?>
                {
                    ["序号"] = i + 1, ["试点领域"] = d.Aliases.Length > 0 && i % 2 == 0 ? d.Aliases[0] : d.Name, ["一级事项"] = $"{d.Name}业务{i / 100 + 1}",
                    ["二级事项"] = $"{d.Name}事项{i + 1}", ["公开内容（要素）"] = "办理事项、条件、标准、申请材料、流程、时间地点、联系方式",
                    ["公开依据"] = "《中华人民共和国政府信息公开条例》第十九条、第二十条", ["公开时限"] = limits[i % limits.Length],
                    ["公开主体"] = "基准测试街道办事处", ["公开渠道和载体"] = channels[i % channels.Length], ["公开对象"] = i % 7 == 0 ? "特定群体：申请对象" : "全社会",
                    ["公开方式"] = "主动", ["公开层级"] = i % 3 == 0 ? "县级、乡级" : "乡级", ["办事服务类"] = "否", ["政务服务事项名称"] = "", ["备注"] = "",
                };
            }
        }

        using var s = new MemoryStream();
        s.SaveAs(Rows());
        return s.ToArray();
    }
}
