using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Organizations;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>A catalog item an editor may file a document under.</summary>
public sealed record ItemOption(Guid Key, int UnitId, string Domain, string Category, string Name);

/// <summary>Files documents under catalog items of the document's own unit (each item lists the information published under it).</summary>
public sealed class CatalogLinks(ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock)
{
    /// <summary>The items of each unit's newest catalog version (open or current), the ones an editor can choose.</summary>
    public async Task<IReadOnlyList<ItemOption>> OptionsAsync(IReadOnlyCollection<int> unitIds, CancellationToken ct = default)
    {
        var newest = db.Set<StandardCatalog>().Where(c => unitIds.Contains(c.UnitId)).Where(StandardCatalog.Open)
            .GroupBy(c => c.UnitId).Select(g => g.Max(c => c.Id));
        var rows = await db.Set<CatalogItem>().AsNoTracking().Where(i => newest.Contains(i.CatalogId) && !i.NotApplicable)
            .Join(db.Set<StandardCatalog>(), i => i.CatalogId, c => c.Id, (i, c) => new { i.Key, c.UnitId, i.DomainId, i.Elements.Category, i.Elements.Name, i.Sequence })
            .ToListAsync(ct);
        var domains = await db.Set<PilotDomain>().AsNoTracking().ToDictionaryAsync(d => d.Id, d => (d.Name, d.Number), ct);
        return rows.OrderBy(r => r.UnitId).ThenBy(r => domains[r.DomainId].Number).ThenBy(r => r.Sequence)
            .Select(r => new ItemOption(r.Key, r.UnitId, domains[r.DomainId].Name, r.Category, r.Name)).ToList();
    }

    public Task<List<Guid>> KeysOfAsync(int documentId, CancellationToken ct = default) =>
        db.Set<DocumentCatalogLink>().Where(l => l.DocumentId == documentId).Select(l => l.ItemKey).ToListAsync(ct);

    /// <summary>Replaces the items a document is filed under; answers with the keys it is filed under now.</summary>
    public async Task<StepResult<IReadOnlyList<Guid>>> SetAsync(int documentId, IReadOnlyCollection<Guid> keys, CancellationToken ct = default)
    {
        var doc = await db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => new { d.UnitId, d.Title }).SingleOrDefaultAsync(ct);
        if (doc is null)
        {
            // 422 as before: the document is named in the body of a filing, not looked up as the resource.
            return StepResult.Refused<IReadOnlyList<Guid>>("信息不存在。");
        }

        var path = await db.UnitPathOfAsync(doc.UnitId, ct);
        if (!(await access.GetAsync(ct)).Has(Permission.EditContent, path))
        {
            return StepResult.Denied<IReadOnlyList<Guid>>();
        }

        var wanted = keys.Distinct().ToList();
        var valid = await db.Set<CatalogItem>().Where(i => wanted.Contains(i.Key))
            .Join(db.Set<StandardCatalog>().Where(c => c.UnitId == doc.UnitId), i => i.CatalogId, c => c.Id, (i, c) => i.Key).Distinct().ToListAsync(ct);
        if (valid.Count != wanted.Count)
        {
            return StepResult.Refused<IReadOnlyList<Guid>>("只能归入本单位标准目录中的事项。");
        }

        var existing = await db.Set<DocumentCatalogLink>().Where(l => l.DocumentId == documentId).ToListAsync(ct);
        db.RemoveRange(existing.Where(l => !wanted.Contains(l.ItemKey)));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var key in wanted.Where(k => existing.All(l => l.ItemKey != k)))
        {
            db.Add(new DocumentCatalogLink { DocumentId = documentId, ItemKey = key, UnitId = doc.UnitId, LinkedAt = now, LinkedBy = access.UserName ?? "系统" });
        }

        audit.Action = "DocumentCatalogItemsSet";
        await db.SaveChangesAsync(ct);
        return StepResult.Done<IReadOnlyList<Guid>>(wanted);
    }
}
