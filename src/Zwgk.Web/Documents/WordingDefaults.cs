using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Documents;

/// <summary>
/// A starting list of wrong or outdated expressions (错敏词): former names of bodies renamed in the 2018 State Council
/// reform, and common miswritings. Loaded once into an empty table; admins maintain it afterwards.
/// </summary>
public static class WordingDefaults
{
    public static readonly (string Term, string Suggestion, bool Serious)[] Rules =
    [
        ("国家工商行政管理总局", "国家市场监督管理总局", true),
        ("国家质量监督检验检疫总局", "国家市场监督管理总局", true),
        ("国家食品药品监督管理总局", "国家市场监督管理总局", true),
        ("国家卫生和计划生育委员会", "国家卫生健康委员会", true),
        ("环境保护部", "生态环境部", true),
        ("国土资源部", "自然资源部", true),
        ("国家安全生产监督管理总局", "应急管理部", true),
        ("截止目前", "截至目前", false),
        ("截止到", "截至", false),
        ("再接再励", "再接再厉", false),
        ("既使", "即使", false),
        ("按装", "安装", false),
        ("一如继往", "一如既往", false),
    ];

    /// <summary>The shipped wording rules as a start-up seed (<see cref="Platform.Seeding.DataSeeds"/>).</summary>
    internal sealed class Shipped(ZwgkDbContext db) : Platform.Seeding.IDataSeed
    {
        public Task SeedAsync(CancellationToken ct = default) => WordingDefaults.SeedAsync(db, ct);
    }

    public static async Task SeedAsync(ZwgkDbContext db, CancellationToken ct = default)
    {
        if (await db.WordingRules.AnyAsync(ct))
        {
            return;
        }

        db.WordingRules.AddRange(Rules.Select(r => new WordingRuleRecord { Term = r.Term, Suggestion = r.Suggestion, Serious = r.Serious }));
        await db.SaveChangesAsync(ct);
    }
}
