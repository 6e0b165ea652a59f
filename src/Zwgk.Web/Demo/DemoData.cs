using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Accounts;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Demo;

/// <summary>
/// A realistic demo region for development and tests: one city, two county-level cities with six departments,
/// three townships/streets each and two villages/communities per township; sites for the city and both counties;
/// one account per role. Seeded only into an empty database and never in Production.
/// </summary>
public sealed class DemoData(ZwgkDbContext db, UserManager<AppUser> users, TimeProvider clock) : Zwgk.Web.Platform.Seeding.IDataSeed
{
    /// <summary>Token of the demo system admin, for trying the API locally (README). Development only.</summary>
    public const string AdminApiToken = "zwgk_demo0000000000000000000000000000000000";

    /// <summary>(user name, password, display name, role, unit short name): local-only passwords listed in README.</summary>
    public static readonly (string User, string Password, string Name, Role Role, string Unit)[] Accounts =
    [
        ("admin", "Zwgk2026Admin", "赵建国", Role.SystemAdmin, "烟台市"),
        ("cityoffice", "Zwgk2026City", "周敏", Role.DisclosureOffice, "烟台市"),
        ("office", "Zwgk2026Office", "王芳", Role.DisclosureOffice, "海阳市"),
        ("editor", "Zwgk2026Editor", "刘洋", Role.Editor, "东村街道"),
        ("reviewer", "Zwgk2026Review", "陈静", Role.Reviewer, "海阳市"),
        ("handler", "Zwgk2026Handler", "李强", Role.RequestHandler, "海阳市"),
        ("village", "Zwgk2026Village", "孙丽", Role.CommunityEditor, "凤城社区"),
    ];

    private static readonly string[] CountyDepartments =
        ["人民政府办公室", "发展和改革局", "教育和体育局", "民政局", "财政局", "人力资源和社会保障局"];

    private sealed record CountySpec(string Name, string Short, string Region, string Code, string Domain, (string Name, string[] Villages)[] Townships);

    private static readonly CountySpec[] Counties =
    [
        new("海阳市人民政府", "海阳市", "370687", "haiyang", "www.haiyang.gov.cn",
        [
            ("东村街道", ["凤城社区", "碧城村"]),
            ("方圆街道", ["方圆社区", "里店村"]),
            ("留格庄镇", ["留格庄村", "西石兰沟村"]),
        ]),
        new("莱阳市人民政府", "莱阳市", "370682", "laiyang", "www.laiyang.gov.cn",
        [
            ("城厢街道", ["五龙社区", "前淘漳村"]),
            ("古柳街道", ["古柳社区", "大寺庄村"]),
            ("穴坊镇", ["穴坊村", "泊子村"]),
        ]),
    ];

    private int _serial;

    public static bool ShouldSeed(IConfiguration config, IHostEnvironment env) =>
        !env.IsProduction() && (config.GetValue<bool?>("Demo:Seed") ?? env.IsDevelopment());

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Organizations.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var city = await AddAsync("烟台市人民政府", "烟台市", AdministrativeLevel.City, OrganizationKind.Government, null, "370600", ct);
        await AddAsync("烟台市人民政府办公室", "市政府办公室", AdministrativeLevel.City, OrganizationKind.Department, city, "370600", ct);
        AddSite(city, "yantai", "烟台市人民政府", "www.yantai.gov.cn", "3706000001", isDefault: true, now);

        foreach (var spec in Counties)
        {
            var county = await AddAsync(spec.Name, spec.Short, AdministrativeLevel.County, OrganizationKind.Government, city, spec.Region, ct);
            foreach (var department in CountyDepartments)
            {
                await AddAsync(spec.Short + department, department, AdministrativeLevel.County, OrganizationKind.Department, county, spec.Region, ct);
            }

            foreach (var (township, villages) in spec.Townships)
            {
                var kind = township.EndsWith("街道", StringComparison.Ordinal) ? "办事处" : "人民政府";
                var t = await AddAsync($"{spec.Short}{township}{kind}", township, AdministrativeLevel.Township, OrganizationKind.Government, county, spec.Region, ct);
                foreach (var village in villages)
                {
                    var committee = village.EndsWith("社区", StringComparison.Ordinal) ? "居民委员会" : "村民委员会";
                    await AddAsync($"{township}{village}{committee}", village, AdministrativeLevel.Village, OrganizationKind.Committee, t, spec.Region, ct);
                }
            }

            AddSite(county, spec.Code, spec.Name, spec.Domain, spec.Region + "0001", isDefault: false, now);
        }

        await db.SaveChangesAsync(ct);
        await AddAccountsAsync(now, ct);
    }

    private async Task<Organization> AddAsync(string name, string shortName, AdministrativeLevel level, OrganizationKind kind, Organization? parent, string region, CancellationToken ct)
    {
        // Demo credit codes: "11" (机关) + region + a serial body, completed with a valid check character.
        var code = CreditCode.FromBody($"11{region}MB{++_serial:D7}");
        var unit = new Organization
        {
            Name = name,
            ShortName = shortName,
            Level = level,
            Kind = kind,
            ParentId = parent?.Id,
            Path = parent?.Path ?? "/",
            CreditCode = code.Value,
            // Every agency has its own address: its letters carry it (RequestLetters.MissingContact); committees issue none.
            Address = kind == OrganizationKind.Committee ? null : DemoAddress(name, parent),
            Phone = $"0535-{6000000 + _serial}",
            OfficeHours = "工作日 9:00—12:00，13:30—17:30",
            SortOrder = _serial,
        };
        db.Organizations.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.Path = parent is null ? UnitPath.Root(unit.Id).Value : parent.UnitPath.Child(unit.Id).Value;
        await db.SaveChangesAsync(ct);
        return unit;
    }

    /// <summary>A demo address of the unit's own, on a road of its city or county, numbered by the unit's serial.</summary>
    private string DemoAddress(string name, Organization? parent)
    {
        var county = name.StartsWith("海阳市", StringComparison.Ordinal) || parent?.Name.StartsWith("海阳市", StringComparison.Ordinal) == true ? ("山东省海阳市", "海政路")
            : name.StartsWith("莱阳市", StringComparison.Ordinal) || parent?.Name.StartsWith("莱阳市", StringComparison.Ordinal) == true ? ("山东省莱阳市", "旌旗东路")
            : ("山东省烟台市莱山区", "府后路");
        return parent is null ? "山东省烟台市莱山区府后路1号" : $"{county.Item1}{county.Item2}{_serial * 2 + 1}号";
    }

    private void AddSite(Organization owner, string code, string name, string domain, string siteIdCode, bool isDefault, DateTime now)
    {
        var site = new Site
        {
            Code = code,
            Name = name,
            Domain = domain,
            SiteIdCode = siteIdCode,
            Organization = owner,
            OrganizationId = owner.Id,
            Sponsor = owner.Name + "办公室",
            IcpNumber = $"鲁ICP备{siteIdCode[..6]}号",
            PoliceRecordNumber = $"鲁公网安备 {siteIdCode}号",
            ContactPhone = owner.Phone,
            ContactEmail = $"zwgk@{domain.Replace("www.", "", StringComparison.Ordinal)}",
            Address = owner.Address,
            IsDefault = isDefault,
        };
        site.Columns = StandardColumns.Create(site, owner, now);
        db.Sites.Add(site);
    }

    private async Task AddAccountsAsync(DateTime now, CancellationToken ct)
    {
        foreach (var (userName, password, name, role, unitShort) in Accounts)
        {
            var unit = await db.Organizations.FirstAsync(o => o.ShortName == unitShort, ct);
            var user = new AppUser { UserName = userName, DisplayName = name, HomeUnitId = unit.Id, CreatedAt = now };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
            }

            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, OrganizationId = unit.Id, GrantedAt = now, GrantedBy = "演示数据" });
            if (role == Role.SystemAdmin)
            {
                db.ApiTokens.Add(new ApiToken
                {
                    UserId = user.Id,
                    Name = "演示令牌（仅开发环境）",
                    Prefix = AdminApiToken[..12],
                    Hash = ApiTokenSecrets.Hash(AdminApiToken),
                    CreatedAt = now,
                    // The longest lifetime the default settings allow (ApiTokenOptions).
                    ExpiresAt = now.AddDays(new ApiTokenOptions().MaxLifetimeDays),
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
