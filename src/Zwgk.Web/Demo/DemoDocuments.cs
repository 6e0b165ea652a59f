using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Demo;

/// <summary>
/// Publishes the five source documents (Demo/Seeds, the texts of shared/seeds) through the same steps an editor and
/// reviewers take: text import → draft → submit (the demo admin) → 保密审查 → 审签 (the unit's office or reviewer, never
/// the drafter: 职责分离). Documents of bodies outside the
/// demo region are reprints (转载) carried by the city's general office in its 转载信息 column, with their real issuing
/// body as the source and the original number and date: they get no index number of the city.
/// </summary>
public sealed class DemoDocuments(ZwgkDbContext db, UserAccess access, AuditContext audit, DocumentService documents, ColumnAdministration columns) : Zwgk.Web.Platform.Seeding.IDataSeed
{
    private sealed record Seed(string File, string OwnerUnit, string Issuer, string Genre, string Topic, string? Category, string Reviewer, bool Reprint = false);

    private static readonly Seed[] Seeds =
    [
        new("000_30c8c31e1d303f93.txt", "烟台市人民政府办公室", "烟台市人民政府办公室", "意见", "综合政务", "20.1", "cityoffice"),
        new("001_87540f5d7adf7085.txt", "烟台市人民政府办公室", "明溪县人民政府办公室", "意见", "综合政务", null, "cityoffice", Reprint: true),
        new("002_0917a6ea4d06ba94.txt", "海阳市人民政府办公室", "海阳市人民政府办公室", "通知", "综合政务", "20.15", "reviewer"),
        new("003_52ce73d5f91afdd2.txt", "烟台市人民政府办公室", "厦门市人民政府办公厅", "通知", "综合政务", null, "cityoffice", Reprint: true),
        new("004_9263de8c9dd79e32.txt", "烟台市人民政府办公室", "运城市人民政府办公室", "通知", "综合政务", null, "cityoffice", Reprint: true),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Documents.AnyAsync(ct))
        {
            return;
        }

        await db.ActAsAsync(access, audit, "admin", ct);
        await AddReprintColumnAsync("烟台市人民政府办公室", ct);
        var folder = Path.Combine(AppContext.BaseDirectory, "Demo", "Seeds");
        foreach (var seed in Seeds)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(folder, seed.File), ct);
            var imported = TextImport.Read(text);
            var owner = await db.Organizations.SingleAsync(o => o.Name == seed.OwnerUnit, ct);
            var slug = seed.Reprint ? ReprintColumnSlug : "zcwj";
            var column = await db.Columns.Where(c => c.Slug == slug && c.Site!.Organization!.Path.Length <= owner.Path.Length && owner.Path.StartsWith(c.Site.Organization.Path))
                .OrderByDescending(c => c.Site!.Organization!.Path.Length).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
            var content = new DocumentContent
            {
                Title = imported.Title ?? seed.File,
                // A reprint carries the original number as the source's, not as a number of the city (Reprint.cs).
                DocumentNumber = seed.Reprint ? null : imported.DocumentNumber,
                Reprint = seed.Reprint ? new Reprint(seed.Issuer, imported.DocumentNumber, imported.WrittenOn) : null,
                WrittenOn = imported.WrittenOn,
                IssuingUnits = [seed.Issuer],
                Genre = seed.Genre,
                Topics = [seed.Topic],
                StatutoryCategory = seed.Category,
                Keywords = "政务公开,标准化,规范化",
                BodyHtml = imported.BodyHtml,
                Attribute = DisclosureAttribute.Proactive,
            };
            await db.ActAsAsync(access, audit, "admin", ct);
            var draft = await documents.CreateDraftAsync(owner.Id, content, column, ct);
            var id = draft.Value?.Id ?? throw new InvalidOperationException($"演示文件 {seed.File} 导入失败：{draft.Error}");
            await Expect(documents.SubmitAsync(id, ct), seed);
            await db.ActAsAsync(access, audit, seed.Reviewer, ct);
            await Expect(documents.PassConfidentialityReviewAsync(id, "经审查，不涉及国家秘密、工作秘密和个人隐私，同意公开。", ct: ct), seed);
            await Expect(documents.SignOffAsync(id, "演示数据：原文照录", null, ct: ct), seed);
        }
    }

    private const string ReprintColumnSlug = "zzxx";

    /// <summary>The 转载信息 column of the site the unit publishes on, after the site's own columns.</summary>
    private async Task AddReprintColumnAsync(string unitName, CancellationToken ct)
    {
        var owner = await db.Organizations.SingleAsync(o => o.Name == unitName, ct);
        var sites = await db.Sites.Select(s => new { s.Id, s.Organization!.Path }).ToListAsync(ct);
        var site = sites.Where(s => owner.Path.StartsWith(s.Path, StringComparison.Ordinal)).MaxBy(s => s.Path.Length)!;
        var made = await columns.CreateAsync(site.Id, new NewColumnInput
        {
            Slug = ReprintColumnSlug,
            Name = "转载信息",
            ColumnType = ColumnTypes.Reprints,
            Description = "转载的上级机关和其他地区政府信息，注明来源，不属于本机关主动公开目录。",
            Keywords = "转载,上级文件,其他地区",
        }, ct);
        if (!made.Ok)
        {
            throw new InvalidOperationException($"演示栏目“转载信息”创建失败：{made.Error}");
        }
    }

    private static async Task Expect(Task<StepResult<Document>> step, Seed seed)
    {
        var outcome = await step;
        if (!outcome.Ok)
        {
            throw new InvalidOperationException($"演示文件 {seed.File} 导入失败：{outcome.Error}");
        }
    }
}
