using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Organizations;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Platform;

public sealed record BootstrapInput(string UnitName, string CreditCode, string SiteCode, string SiteName, string Host, string SiteIdCode, string Admin, string Password);

/// <summary>What the bootstrap did: created everything, found it done already (nothing changed), or refused with errors.</summary>
public sealed record BootstrapOutcome(bool Created, bool AlreadyDone, IReadOnlyList<string> Errors);

/// <summary>
/// The first start of a Production installation (`dotnet Zwgk.Web.dll bootstrap …`): the city's root unit, its default
/// site with the standard columns, and the first system administrator, in one audited transaction. An installation that
/// already has units is left as it is, so running it again is harmless.
/// </summary>
public sealed class Bootstrap(ZwgkDbContext db, UserManager<AppUser> users, AuditContext audit, TimeProvider clock)
{
    public async Task<BootstrapOutcome> RunAsync(BootstrapInput input, CancellationToken ct = default)
    {
        if (await db.Organizations.AnyAsync(ct))
        {
            return new BootstrapOutcome(false, true, []);
        }

        var errors = new List<string>();
        if (!Zwgk.Domain.Organizations.CreditCode.TryParse(input.CreditCode, out var code, out var codeError))
        {
            errors.Add($"统一社会信用代码：{codeError}");
        }

        var siteInput = new SiteInput
        {
            Code = input.SiteCode, Name = input.SiteName, Domain = input.Host.Trim().ToLowerInvariant(), SiteIdCode = input.SiteIdCode, Sponsor = input.UnitName,
            OrganizationId = int.MaxValue, // the unit is created below; the site's other fields are checked as the console checks them
        };
        errors.AddRange(Validation.Of(siteInput).SelectMany(e => e.Value));
        if (string.IsNullOrWhiteSpace(input.UnitName) || string.IsNullOrWhiteSpace(input.Admin))
        {
            errors.Add("请填写单位名称和管理员用户名。");
        }

        if (errors.Count > 0)
        {
            return new BootstrapOutcome(false, false, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        audit.Actor = "初始化命令";
        audit.Reason = "生产环境初始化（bootstrap）";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var name = input.UnitName.Trim();
        var city = new Organization
        {
            Name = name,
            ShortName = name.EndsWith("人民政府", StringComparison.Ordinal) ? name[..^4] : name,
            Level = AdministrativeLevel.City,
            Kind = OrganizationKind.Government,
            Path = "/",
            CreditCode = code!.Value,
        };
        db.Organizations.Add(city);
        await db.SaveChangesAsync(ct);
        city.Path = UnitPath.Root(city.Id).Value;

        var site = new Site
        {
            Code = siteInput.Code, Name = siteInput.Name.Trim(), Domain = siteInput.Domain, SiteIdCode = siteInput.SiteIdCode,
            Organization = city, OrganizationId = city.Id, Sponsor = siteInput.Sponsor, IsDefault = true,
        };
        site.Columns = StandardColumns.Create(site, city, now);
        db.Sites.Add(site);

        var admin = new AppUser { UserName = input.Admin.Trim(), DisplayName = "系统管理员", HomeUnitId = city.Id, CreatedAt = now };
        var created = await users.CreateAsync(admin, input.Password);
        if (!created.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return new BootstrapOutcome(false, false, created.Errors.Select(e => e.Description).ToList());
        }

        db.RoleGrants.Add(new RoleGrant { UserId = admin.Id, Role = Role.SystemAdmin, OrganizationId = city.Id, GrantedAt = now, GrantedBy = "初始化命令" });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new BootstrapOutcome(true, false, []);
    }
}
