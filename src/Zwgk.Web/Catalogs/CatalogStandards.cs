using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>The city's reference data: who guides each domain (seed 004 附件) and the guideline templates, imported from the standard layout.</summary>
public sealed class CatalogStandards(ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock)
{
    /// <summary>Guidelines serve the whole installation (one city), so they are kept by whoever holds the permission at the top.</summary>
    public async Task<bool> MayManageGuidelinesAsync(CancellationToken ct = default)
    {
        var scope = await access.GetAsync(ct);
        var tops = await db.Organizations.AsNoTracking().Where(o => o.ParentId == null).Select(o => o.Path).ToListAsync(ct);
        return tops.Any(p => scope.Has(Permission.ManageCatalogStandards, UnitPath.Parse(p)));
    }

    /// <summary>Sets which department of the city guides a domain; answers with the saved row.</summary>
    public async Task<StepResult<DomainResponsibility>> SetResponsibilityAsync(int cityUnitId, int domainId, string department, CancellationToken ct = default)
    {
        var city = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == cityUnitId, ct);
        if (city is null || city.Level != AdministrativeLevel.City)
        {
            return StepResult.Refused<DomainResponsibility>("请选择一个市级单位。");
        }

        if (!(await access.GetAsync(ct)).Has(Permission.ManageCatalogStandards, city.UnitPath))
        {
            return StepResult.Denied<DomainResponsibility>();
        }

        if (string.IsNullOrWhiteSpace(department) || department.Trim().Length > 100)
        {
            return StepResult.Refused<DomainResponsibility>("请填写责任单位（不超过100字）。");
        }

        if (!await db.Set<PilotDomain>().AnyAsync(d => d.Id == domainId, ct))
        {
            return StepResult.Refused<DomainResponsibility>("试点领域不存在。");
        }

        var row = await db.Set<DomainResponsibility>().SingleOrDefaultAsync(r => r.CityUnitId == cityUnitId && r.DomainId == domainId, ct);
        if (row is null)
        {
            row = new DomainResponsibility { CityUnitId = cityUnitId, DomainId = domainId, Department = department.Trim() };
            db.Add(row);
        }
        else
        {
            row.Department = department.Trim();
        }

        await db.SaveChangesAsync(ct);
        return StepResult.Done(row);
    }

    /// <summary>A new edition of a domain's guideline from the standard layout; nothing is saved unless every row is valid.</summary>
    /// <returns>The new guideline's id.</returns>
    public async Task<StepResult<int>> ImportGuidelineAsync(int domainId, string title, string issuedBy, Stream file, CancellationToken ct = default)
    {
        if (!await MayManageGuidelinesAsync(ct))
        {
            return StepResult.Denied<int>();
        }

        if (!await db.Set<PilotDomain>().AnyAsync(d => d.Id == domainId, ct))
        {
            return StepResult.Refused<int>("试点领域不存在。");
        }

        var sheet = CatalogSheet.ReadGuideline(file);
        if (!sheet.Ok)
        {
            return StepResult.Rejected<int>(sheet.Errors, sheet.ErrorTotal);
        }

        Guideline guideline;
        try
        {
            guideline = Guideline.Create(domainId, title, issuedBy, sheet.Rows, access.UserName ?? "系统", clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException e)
        {
            return StepResult.Refused<int>(e.Message);
        }

        db.Add(guideline);
        // Guidelines are national reference data, not IAuditable rows; the import itself is audited.
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, UserId = access.UserId, Actor = access.UserName ?? "系统", IpAddress = audit.IpAddress,
            EntityType = "Guideline", Action = "GuidelineImported", Summary = $"{guideline.Title}｜导入 {sheet.Rows.Count} 个事项", Reason = issuedBy,
        });
        await db.SaveChangesAsync(ct);
        return StepResult.Done(guideline.Id);
    }
}
