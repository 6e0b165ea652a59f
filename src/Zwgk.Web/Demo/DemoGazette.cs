using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Gazette;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Gazette;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Demo;

/// <summary>
/// The demo 政府公报: a gazette column on the Haiyang site with one published issue carrying the site's own published
/// documents (those of Haiyang's units, not reprints), compiled and published through <see cref="GazetteService"/> as the demo admin.
/// </summary>
public sealed class DemoGazette(ZwgkDbContext db, UserAccess access, AuditContext audit, ColumnAdministration columns, GazetteService gazette, TimeProvider clock) : Zwgk.Web.Platform.Seeding.IDataSeed
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var site = await db.Sites.Include(s => s.Organization).SingleOrDefaultAsync(s => s.Code == "haiyang", ct);
        if (site is null || await db.Columns.AnyAsync(c => c.SiteId == site.Id && c.ColumnType == GazetteService.ColumnType, ct))
        {
            return;
        }

        await db.ActAsAsync(access, audit, "admin", ct);
        var made = await columns.CreateAsync(site.Id, new NewColumnInput
        {
            Slug = "zfgb",
            Name = "政府公报",
            ColumnType = GazetteService.ColumnType,
            Description = "海阳市人民政府公报：按期刊登市政府及其部门发布的规章、规范性文件和其他政府文件。",
            Keywords = "政府公报,公报",
        }, ct);
        var column = made.Value ?? throw new InvalidOperationException($"演示政府公报栏目创建失败：{made.Error}");

        var unitPath = site.Organization!.Path;
        var documents = await db.Documents.Where(d => d.SiteId == site.Id).Where(Document.Visible)
            .Join(db.Organizations, d => d.UnitId, o => o.Id, (d, o) => new { d.Id, d.PublishedAt, o.Path })
            .Where(x => x.Path.StartsWith(unitPath)).OrderBy(x => x.PublishedAt).ThenBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
        if (documents.Count == 0)
        {
            return;
        }

        var today = ChinaTime.Today(clock);
        var issue = await gazette.CreateAsync(column, site.OrganizationId, today.Year, today, ct);
        foreach (var id in documents)
        {
            await gazette.AddAsync(issue, column, id, ct);
        }

        await gazette.PublishAsync(issue, ct);
    }
}
