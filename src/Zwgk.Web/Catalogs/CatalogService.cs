using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// Runs every step of a unit catalog: checks the caller's permission (editing on the catalog's unit; reviewing on the
/// government above it), lets the aggregate apply its rules and saves in one transaction, which also writes the audit trail.
/// </summary>
public sealed class CatalogService(ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock)
{
    private string Actor => access.UserName ?? "系统";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The unit's open version (draft, submitted or approved), if any.</summary>
    public Task<StandardCatalog?> OpenVersionAsync(int unitId, CancellationToken ct = default) =>
        db.Set<StandardCatalog>().AsNoTracking().Where(c => c.UnitId == unitId && (c.State == CatalogState.Draft || c.State == CatalogState.Submitted || c.State == CatalogState.Approved))
            .OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);

    /// <summary>The version the public sees.</summary>
    public Task<StandardCatalog?> CurrentAsync(int unitId, CancellationToken ct = default) =>
        db.Set<StandardCatalog>().AsNoTracking().Where(c => c.UnitId == unitId).Where(StandardCatalog.Current)
            .OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);

    /// <summary>Starts the unit's first catalog, or the next version of its published one (动态管理, with a reason).</summary>
    public async Task<StepResult<StandardCatalog>> StartAsync(int unitId, string? reason, CancellationToken ct = default)
    {
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unitId, ct);
        if (unit is null)
        {
            return StepResult.Missing<StandardCatalog>();
        }

        if (!(await access.GetAsync(ct)).Has(Permission.EditContent, unit.UnitPath))
        {
            return StepResult.Denied<StandardCatalog>();
        }

        if (unit.Kind == OrganizationKind.Committee)
        {
            return StepResult.Refused<StandardCatalog>("村(居)委会不编制政务公开事项标准目录（其公开事项清单另行管理）。");
        }

        if (await OpenVersionAsync(unitId, ct) is { } open)
        {
            return StepResult.Refused<StandardCatalog>($"本单位已有未发布的第{open.Number}版目录（{open.State.DisplayName()}），请在其上继续。");
        }

        var current = await db.Set<StandardCatalog>().Include(c => c.Items).Where(c => c.UnitId == unitId && c.State == CatalogState.Published).SingleOrDefaultAsync(ct);
        StandardCatalog next;
        try
        {
            next = current is null ? StandardCatalog.Start(unitId, Actor, Now) : current.StartRevision(Actor, reason ?? "", Now);
        }
        catch (DomainRuleException e)
        {
            return StepResult.Refused<StandardCatalog>(e.Message);
        }

        db.Add(next);
        audit.Action = current is null ? "CatalogCreated" : "CatalogRevised";
        audit.Reason = reason;
        await db.SaveChangesAsync(ct);
        return StepResult.Done(next);
    }

    public Task<StepResult<StandardCatalog>> AddItemAsync(int id, NewCatalogItem item, CancellationToken ct = default) =>
        EditAsync(id, "CatalogItemAdded", c => c.AddItem(item, Actor, Now), ct);

    /// <summary>Adds the chosen guideline rows with their default elements (a service row takes the matching service name if the list has one).</summary>
    public async Task<StepResult<StandardCatalog>> AddFromGuidelineAsync(int id, IReadOnlyCollection<int> guidelineItemIds, CancellationToken ct = default)
    {
        var rows = await db.Set<GuidelineItem>().AsNoTracking().Where(i => guidelineItemIds.Contains(i.Id))
            .Join(db.Set<Guideline>(), i => i.GuidelineId, g => g.Id, (i, g) => new { Item = i, g.DomainId }).ToListAsync(ct);
        var unitId = await db.Set<StandardCatalog>().Where(c => c.Id == id).Select(c => (int?)c.UnitId).SingleOrDefaultAsync(ct);
        var services = unitId is int u ? await db.Set<ServiceItem>().Where(s => s.UnitId == u).Select(s => s.Name).ToListAsync(ct) : [];
        return await EditAsync(id, "CatalogItemAdded", c =>
        {
            foreach (var row in rows.OrderBy(r => r.DomainId).ThenBy(r => r.Item.Sequence))
            {
                if (c.Items.Any(i => i.DomainId == row.DomainId && i.Elements.ItemKey == row.Item.Elements.ItemKey))
                {
                    continue;
                }

                var e = row.Item.Elements;
                if (e.IsService)
                {
                    e = e with { ServiceItemName = services.FirstOrDefault(s => s.Contains(e.Name, StringComparison.Ordinal)) ?? e.Name };
                }

                c.AddItem(new NewCatalogItem(row.DomainId, row.Item.Id, e), Actor, Now);
            }
        }, ct);
    }

    public Task<StepResult<StandardCatalog>> EditItemAsync(int id, int itemId, ItemElements elements, CancellationToken ct = default) =>
        EditAsync(id, "CatalogItemEdited", c => c.EditItem(itemId, elements, Actor, Now), ct);

    public Task<StepResult<StandardCatalog>> SetApplicabilityAsync(int id, int itemId, bool notApplicable, string? reason, CancellationToken ct = default) =>
        EditAsync(id, "CatalogItemEdited", c => c.SetApplicability(itemId, notApplicable, reason, Actor, Now), ct, reason);

    public Task<StepResult<StandardCatalog>> RemoveItemAsync(int id, int itemId, CancellationToken ct = default) =>
        EditAsync(id, "CatalogItemRemoved", c => c.RemoveItem(itemId, Actor, Now), ct);

    public Task<StepResult<StandardCatalog>> SetChangeReasonAsync(int id, string reason, CancellationToken ct = default) =>
        EditAsync(id, "CatalogEdited", c => c.SetChangeReason(reason, Actor, Now), ct, reason);

    /// <summary>
    /// Replaces the draft's items with a spreadsheet's rows; nothing is saved unless every row is valid. A sheet of one
    /// domain without a 试点领域 column (a ministry's table) is imported under <paramref name="domainId"/>.
    /// </summary>
    public async Task<StepResult<StandardCatalog>> ImportAsync(int id, Stream file, string fileName, int? domainId = null, CancellationToken ct = default)
    {
        var catalog = await LoadAsync(id, ct);
        if (catalog is null)
        {
            return StepResult.Missing<StandardCatalog>();
        }

        if (!await MayEditAsync(catalog, ct))
        {
            return StepResult.Denied(catalog);
        }

        if (!catalog.IsEditable)
        {
            return StepResult.Refused($"当前状态为“{catalog.State.DisplayName()}”，不能导入。", catalog);
        }

        var domains = await db.Set<PilotDomain>().AsNoTracking().ToListAsync(ct);
        var guideline = await GuidelineIndexAsync(ct);
        var defaultDomain = domainId is int d ? domains.SingleOrDefault(x => x.Id == d) : null;
        if (domainId is not null && defaultDomain is null)
        {
            return StepResult.Refused("所选的试点领域不存在。", catalog);
        }

        var sheet = CatalogSheet.ReadCatalog(file, domains, (domain, e) => guideline.TryGetValue((domain, e.ItemKey), out var gid) ? gid : null, defaultDomain);
        if (!sheet.Ok)
        {
            return StepResult.Rejected<StandardCatalog>(sheet.Errors, sheet.ErrorTotal);
        }

        try
        {
            catalog.ReplaceItems(sheet.Rows, Path.GetFileName(fileName), Actor, Now);
        }
        catch (DomainRuleException e)
        {
            return StepResult.Refused(e.Message, catalog);
        }

        audit.Action = "CatalogImported";
        audit.Reason = $"{Path.GetFileName(fileName)}：{sheet.Rows.Count} 行";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(catalog);
    }

    public async Task<StepResult<StandardCatalog>> SubmitAsync(int id, CancellationToken ct = default)
    {
        var mismatches = await ServiceMismatchesAsync(id, ct);
        return await EditAsync(id, "CatalogSubmitted", c => c.Submit(Actor, Now, mismatches), ct);
    }

    public Task<StepResult<StandardCatalog>> ReturnAsync(int id, string? opinion, IReadOnlyDictionary<int, string> itemComments, CancellationToken ct = default) =>
        ReviewAsync(id, "CatalogReturned", (c, scope, reviewing) => c.Return(scope, reviewing, Actor, opinion, itemComments, Now), opinion, ct);

    /// <summary>Approval by the level above publishes the version at once (先审后发) and retires the one it replaces.</summary>
    public async Task<StepResult<StandardCatalog>> ApproveAsync(int id, string? opinion, CancellationToken ct = default)
    {
        var previousId = await db.Set<StandardCatalog>().Where(c => c.Id == id).Select(c => c.PreviousId).SingleOrDefaultAsync(ct);
        var previous = previousId is int p ? await db.Set<StandardCatalog>().Include(c => c.Events).SingleAsync(c => c.Id == p, ct) : null;
        return await ReviewAsync(id, "CatalogPublished", (c, scope, reviewing) =>
        {
            c.Approve(scope, reviewing, Actor, opinion, Now);
            previous?.Supersede(Actor, Now);
            c.Publish(Actor, Now);
        }, opinion, ct);
    }

    /// <summary>Service-kind items whose 政务服务事项名称 is not in the unit's service list (empty when the unit has no list yet).</summary>
    public async Task<IReadOnlyList<string>> ServiceMismatchesAsync(int id, CancellationToken ct = default)
    {
        var unitId = await db.Set<StandardCatalog>().Where(c => c.Id == id).Select(c => c.UnitId).SingleOrDefaultAsync(ct);
        var names = (await db.Set<ServiceItem>().Where(s => s.UnitId == unitId).Select(s => s.Name).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return [];
        }

        var items = await db.Set<CatalogItem>().AsNoTracking().Where(i => i.CatalogId == id && !i.NotApplicable && i.Elements.IsService).ToListAsync(ct);
        return items.Where(i => !names.Contains(i.Elements.ServiceItemName ?? "")).Select(i => $"{i.Elements.Name}（{i.Elements.ServiceItemName}）").ToList();
    }

    /// <summary>Replaces a unit's 政务服务事项 list from a spreadsheet; nothing is saved unless every row is valid.</summary>
    /// <returns>How many services the list now has.</returns>
    public async Task<StepResult<int>> ImportServicesAsync(int unitId, Stream file, CancellationToken ct = default)
    {
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unitId, ct);
        if (unit is null || !(await access.GetAsync(ct)).Has(Permission.EditContent, unit.UnitPath))
        {
            return StepResult.Denied<int>();
        }

        var sheet = CatalogSheet.ReadServices(file);
        if (!sheet.Ok)
        {
            return StepResult.Rejected<int>(sheet.Errors, sheet.ErrorTotal);
        }

        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Set<ServiceItem>().Where(s => s.UnitId == unitId).ExecuteDeleteAsync(ct);
        foreach (var s in sheet.Rows)
        {
            s.UnitId = unitId;
            db.Add(s);
        }

        // The list itself is not IAuditable (it is replaced wholesale); the replacement is audited on the unit.
        db.Add(new AuditEntry
        {
            At = Now, UserId = access.UserId, Actor = Actor, IpAddress = audit.IpAddress, EntityType = "ServiceItem", Action = "ServiceItemsImported", UnitId = unitId, UnitPath = unit.Path,
            EntityId = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), Summary = $"{unit.Name}｜导入政务服务事项 {sheet.Rows.Count} 项",
        });
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return StepResult.Done(sheet.Rows.Count);
    }

    public Task<StandardCatalog?> LoadAsync(int id, CancellationToken ct = default) =>
        db.Set<StandardCatalog>().Include(c => c.Items).Include(c => c.Events).Include(c => c.Comments).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The government that reviews the unit's catalog (the nearest government above it).</summary>
    public async Task<Organization?> ReviewingUnitAsync(int unitId, CancellationToken ct = default)
    {
        var path = await db.UnitPathOfAsync(unitId, ct);
        var ids = path.Ids;
        var kinds = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var reviewing = CatalogReview.ReviewingUnitId(path, id => kinds[id].Kind);
        return reviewing is int r ? kinds[r] : null;
    }

    /// <summary>The catalog for an editing page, or null with <c>Missing</c> telling "no such catalog" from "not yours to edit".</summary>
    public async Task<(StandardCatalog? Catalog, bool Missing)> LoadForEditAsync(int id, CancellationToken ct = default)
    {
        var c = await LoadAsync(id, ct);
        return c is null ? (null, true) : await MayEditAsync(c, ct) ? (c, false) : (null, false);
    }

    public async Task<bool> MayEditAsync(StandardCatalog c, CancellationToken ct = default) =>
        (await access.GetAsync(ct)).Has(Permission.EditContent, await db.UnitPathOfAsync(c.UnitId, ct));

    public async Task<bool> MayReviewAsync(StandardCatalog c, CancellationToken ct = default) =>
        await ReviewingUnitAsync(c.UnitId, ct) is { } r && CatalogReview.MayReview(await access.GetAsync(ct), r.UnitPath);

    /// <summary>Guideline rows by (domain, 一级/二级事项) in the newest edition of each domain, for matching imported rows.</summary>
    private async Task<Dictionary<(int, string), int>> GuidelineIndexAsync(CancellationToken ct)
    {
        var newest = db.Set<Guideline>().GroupBy(g => g.DomainId).Select(g => g.Max(x => x.Id));
        var rows = await db.Set<GuidelineItem>().AsNoTracking().Where(i => newest.Contains(i.GuidelineId))
            .Join(db.Set<Guideline>(), i => i.GuidelineId, g => g.Id, (i, g) => new { i.Id, g.DomainId, i.Elements.Category, i.Elements.Name }).ToListAsync(ct);
        var index = new Dictionary<(int, string), int>();
        foreach (var r in rows)
        {
            index.TryAdd((r.DomainId, new ItemElements { Category = r.Category, Name = r.Name }.ItemKey), r.Id);
        }

        return index;
    }

    private async Task<StepResult<StandardCatalog>> EditAsync(int id, string auditAction, Action<StandardCatalog> step, CancellationToken ct, string? reason = null)
    {
        var catalog = await LoadAsync(id, ct);
        if (catalog is null)
        {
            return StepResult.Missing<StandardCatalog>();
        }

        if (!await MayEditAsync(catalog, ct))
        {
            return StepResult.Denied(catalog);
        }

        // The audit line names the items and elements the edit changed, not only that the catalog changed.
        var note = new ItemChangeNote(catalog);
        return await SaveAsync(catalog, auditAction, step, () => note.After(reason), ct);
    }

    private async Task<StepResult<StandardCatalog>> ReviewAsync(int id, string auditAction, Action<StandardCatalog, AccessScope, UnitPath> step, string? reason, CancellationToken ct)
    {
        var catalog = await LoadAsync(id, ct);
        if (catalog is null)
        {
            return StepResult.Missing<StandardCatalog>();
        }

        var reviewing = await ReviewingUnitAsync(catalog.UnitId, ct);
        var scope = await access.GetAsync(ct);
        if (reviewing is null || !scope.Has(Permission.ReviewContent, await db.UnitPathOfAsync(catalog.UnitId, ct)))
        {
            return StepResult.Denied(catalog);
        }

        // The aggregate itself refuses a reviewer who is not above the unit (e.g. the township's own reviewer).
        return await SaveAsync(catalog, auditAction, c => step(c, scope, reviewing.UnitPath), () => reason, ct);
    }

    /// <param name="reason">The audit line's reason, read after the step.</param>
    private async Task<StepResult<StandardCatalog>> SaveAsync(StandardCatalog catalog, string auditAction, Action<StandardCatalog> step, Func<string?> reason, CancellationToken ct)
    {
        try
        {
            step(catalog);
        }
        catch (DomainRuleException e)
        {
            return StepResult.Refused(e.Message, catalog);
        }

        audit.Action = auditAction;
        audit.Reason = reason();

        await db.SaveChangesAsync(ct);
        return StepResult.Done(catalog);
    }
}
