using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Organizations;

namespace Zwgk.Domain.Tests.Catalogs;

// Complete items from the social-assistance guideline rows (rules/domains.md) and a township under a county.
internal static class Items
{
    public const string Editor = "东村街道信息员";
    public const string Reviewer = "海阳市审核人";

    public static readonly DateTime T0 = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    // 烟台(1) → 海阳(2) → 东村街道(3); 莱阳(9) is another county.
    public static readonly UnitPath City = UnitPath.Root(1);
    public static readonly UnitPath County = City.Child(2);
    public static readonly UnitPath Township = County.Child(3);
    public static readonly UnitPath OtherCounty = City.Child(9);

    public static ItemElements Guide(string name = "办事指南") => new()
    {
        Category = "最低生活保障",
        Name = name,
        Content = "办理事项、条件、低保标准、申请材料、流程、时间地点、联系方式",
        LegalBasis = "《社会救助暂行办法》（国务院令第649号）",
        TimeLimit = TimeLimit.Parse("制定或获取之日起10个工作日内", out _)!,
        ResponsibleBody = "县级民政部门、乡镇人民政府（街道办事处）",
        ChannelList = "政府网站、公开查阅点、政务服务中心/便民服务中心",
        Audience = Audience.Public,
        Method = DisclosureMethod.Proactive,
        Levels = CatalogLevels.County | CatalogLevels.Township,
    };

    public static NewCatalogItem Row(string name = "办事指南", int domain = 4) => new(domain, null, Guide(name));

    public static AccessScope Scope(Role role, UnitPath unit) => new([new RoleGrantScope(role, unit.Ids[^1], unit)]);

    public static StandardCatalog Draft(params string[] names)
    {
        var c = StandardCatalog.Start(3, Editor, T0);
        foreach (var n in names.DefaultIfEmpty("办事指南"))
        {
            c.AddItem(Row(n), Editor, T0);
        }

        return c;
    }

    public static StandardCatalog Published(params string[] names)
    {
        var c = Draft(names);
        c.Submit(Editor, T0.AddMinutes(1), []);
        c.Approve(Scope(Role.Reviewer, County), County, Reviewer, "同意", T0.AddMinutes(2));
        c.Publish(Reviewer, T0.AddMinutes(2));
        return c;
    }
}
