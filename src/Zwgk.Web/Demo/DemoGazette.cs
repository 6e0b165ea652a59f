using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Gazette;
using Zwgk.Web.Audit;
using Zwgk.Web.Gazette;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Demo;

/// <summary>
/// The demo 政府公报: a gazette column on the Haiyang site with one published issue carrying the site's own published
/// documents (those of Haiyang's units, not reprints), compiled and published through <see cref="GazetteService"/> as the demo admin.
/// </summary>
public sealed class DemoGazette(ZwgkDbContext db, AuditContext audit, GazetteService gazette, TimeProvider clock) : Zwgk.Web.Platform.Seeding.IDataSeed
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var site = await db.Sites.Include(s => s.Organization).SingleOrDefaultAsync(s => s.Code == "haiyang", ct);
        if (site is null || await db.Columns.AnyAsync(c => c.SiteId == site.Id && c.ColumnType == GazetteService.ColumnType, ct))
        {
            return;
        }

        var admin = await db.Users.SingleAsync(u => u.UserName == "admin", ct);
        audit.UserId = admin.Id;
        audit.Actor = admin.UserName!;
        var now = clock.GetUtcNow().UtcDateTime;
        var order = await db.Columns.Where(c => c.SiteId == site.Id && c.ParentId == null).MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
        var column = new Column
        {
            SiteId = site.Id,
            Slug = "zfgb",
            SlugPath = "zfgb",
            Name = "政府公报",
            ColumnType = GazetteService.ColumnType,
            Description = "海阳市人民政府公报：按期刊登市政府及其部门发布的规章、规范性文件和其他政府文件。",
            Keywords = "政府公报,公报",
            ShowInNavigation = true,
            SortOrder = order + 1,
            UpdatedAt = now,
        };
        db.Columns.Add(column);
        await db.SaveChangesAsync(ct);

        var unitPath = site.Organization!.Path;
        var documents = await db.Documents.Where(d => d.SiteId == site.Id).Where(Document.Visible)
            .Join(db.Organizations, d => d.UnitId, o => o.Id, (d, o) => new { d.Id, d.PublishedAt, o.Path })
            .Where(x => x.Path.StartsWith(unitPath)).OrderBy(x => x.PublishedAt).ThenBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
        if (documents.Count == 0)
        {
            return;
        }

        var today = ChinaTime.Today(clock);
        var issue = await gazette.CreateAsync(column, site.OrganizationId, today.Year, 1, today, ct);
        foreach (var id in documents)
        {
            await gazette.AddAsync(issue, column, id, ct);
        }

        await gazette.PublishAsync(issue, ct);
    }
}
