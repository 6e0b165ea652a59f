using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Catalogs;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// Reference data shipped with the software: the 26 pilot domains with their other names and seed 004's responsible
/// departments (rules/domains.md), and the guideline rows the rules give. Seeded into any database that lacks them.
/// </summary>
public static class CatalogDefaults
{
    /// <summary>(序号, canonical name, department in seed 004 without the "市" prefix, other names in the seeds).</summary>
    public static readonly (int Number, string Name, string Department, string[] Aliases)[] Domains =
    [
        (1, "重大建设项目", "发展改革委", []),
        (2, "义务教育", "教育局", []),
        (3, "户籍管理", "公安局", []),
        (4, "社会救助", "民政局", []),
        (5, "养老服务", "民政局", []),
        (6, "公共法律服务", "司法局", []),
        (7, "财政预决算", "财政局", []),
        (8, "就业", "人社局", ["就业创业"]),
        (9, "社会保险", "人社局", []),
        (10, "城乡规划", "规划和自然资源局", ["国土空间规划"]),
        (11, "征地补偿", "规划和自然资源局", ["农村集体土地征收"]),
        (12, "环境保护", "生态环境局", ["生态环境"]),
        (13, "国有土地上房屋征收", "住建局", ["国有土地上房屋征收与补偿"]),
        (14, "保障性住房", "住建局", []),
        (15, "农村危房改造", "住建局", []),
        (16, "市政服务", "住建局", []),
        (17, "城市综合执法", "城市管理局", []),
        (18, "涉农补贴", "农业农村局", []),
        (19, "公共文化服务", "文旅局", []),
        (20, "医疗卫生", "卫健委", ["卫生健康"]),
        (21, "安全生产", "应急局", []),
        (22, "救灾", "应急局", []),
        (23, "食品药品监管", "市场监管局", []),
        (24, "公共资源交易", "审批服务管理局", []),
        (25, "扶贫", "扶贫办", []),
        (26, "税收管理", "税务局", []),
    ];

    private const string Site = "政府网站";
    private const string Basis649 = "《社会救助暂行办法》（国务院令第649号）、《政府信息公开条例》";

    /// <summary>The guideline rows of rules/domains.md, with the elements the row implies ("同上" written out).</summary>
    public static readonly (string Domain, string Title, string IssuedBy, ItemElements[] Rows)[] Guidelines =
    [
        ("社会救助", "社会救助领域基层政务公开标准指引", "民政部",
        [
            Row("综合业务", "政策法规文件", "《社会救助暂行办法》（国务院令第649号）及地方配套文件", Basis649, "制定或获取之日起10个工作日内", "县级民政部门、乡镇人民政府（街道办事处）", "政府网站、公开查阅点、政务服务中心"),
            Row("综合业务", "监督检查", "信访通讯地址、投诉举报电话", Basis649, "制定或获取之日起10个工作日内", "县级民政部门、乡镇人民政府（街道办事处）", "政府网站、公开查阅点、政务服务中心、村(社区)公示栏"),
            Row("最低生活保障", "办事指南", "办理事项、条件、低保标准、申请材料、流程、时间地点、联系方式", Basis649, "制定或获取之日起10个工作日内", "县级民政部门、乡镇人民政府（街道办事处）", "政府网站、公开查阅点、政务服务中心", service: true),
            Row("最低生活保障", "审核信息", "初审对象名单及相关信息", Basis649, "10个工作日内公开，公示7个工作日", "乡镇人民政府（街道办事处）", "村(社区)公示栏", levels: CatalogLevels.Township),
            Row("最低生活保障", "审批信息", "低保对象名单及相关信息", Basis649, "10个工作日内公开，公示7个工作日", "县级民政部门", "村(社区)公示栏"),
            Row("特困人员救助供养", "审核信息", "初审对象名单、终止供养名单", Basis649, "10个工作日内公开，公示7个工作日", "乡镇人民政府（街道办事处）", "村(社区)公示栏", levels: CatalogLevels.Township),
        ]),
        ("义务教育", "义务教育领域基层政务公开标准指引", "教育部",
        [
            Row("学校信息", "义务教育学校名录", "学校名称、地址、办学性质、联系方式", "《中华人民共和国义务教育法》《政府信息公开条例》", "信息形成或者变更之日起20个工作日内", "县级教育行政部门", Site + "、政务新媒体、公开查阅点", levels: CatalogLevels.County),
            Row("招生入学", "招生政策", "招生对象、条件、时间、程序、材料", "《中华人民共和国义务教育法》", "信息形成或者变更之日起20个工作日内", "县级教育行政部门、学校", Site + "、政务新媒体、广播电视、报刊"),
            Row("招生入学", "招生计划", "各校招生人数、班额", "《中华人民共和国义务教育法》", "信息形成或者变更之日起20个工作日内", "县级教育行政部门、学校", Site + "、政务新媒体", levels: CatalogLevels.County),
            Row("招生入学", "招生范围（学区划分）", "各校招生范围、学区划分结果", "《中华人民共和国义务教育法》", "信息形成或者变更之日起20个工作日内", "县级教育行政部门", Site + "、政务新媒体、政务公开栏", levels: CatalogLevels.County),
            Row("学生资助", "资助政策", "资助项目、对象、标准、申请程序", "《中华人民共和国义务教育法》《学生资助资金管理办法》", "信息形成或者变更之日起20个工作日内", "县级教育行政部门、学校", Site + "、政务公开栏"),
        ]),
        ("财政预决算", "财政预决算领域基层政务公开标准指引", "财政部",
        [
            Row("政府预算", "政府预算", "一般公共预算、政府性基金预算、国有资本经营预算、社会保险基金预算及说明", "《中华人民共和国预算法》第十四条", "本级人大或其常委会批准后20日内", "县级财政部门、乡镇人民政府", Site + "、政府公报"),
            Row("政府决算", "政府决算", "一般公共预算、政府性基金、国有资本经营、社会保险基金决算及说明", "《中华人民共和国预算法》第十四条", "本级人大或其常委会批准后20日内", "县级财政部门、乡镇人民政府", Site + "、政府公报"),
            Row("部门预决算", "部门预算", "部门收支预算、财政拨款预算及说明", "《中华人民共和国预算法》第十四条", "财政部门批复后20日内", "各部门", Site, levels: CatalogLevels.County),
            Row("部门预决算", "部门决算", "部门收支决算、财政拨款决算及说明", "《中华人民共和国预算法》第十四条", "财政部门批复后20日内", "各部门", Site, levels: CatalogLevels.County),
            Row("部门预决算", "“三公”经费", "因公出国（境）费、公务用车购置及运行费、公务接待费预决算及说明", "《中华人民共和国预算法》第十四条", "财政部门批复后20日内", "各部门", Site, levels: CatalogLevels.County),
        ]),
        ("户籍管理", "户籍管理领域基层政务公开标准指引", "公安部",
        [
            Row("户口登记", "出生登记", "受理部门、办理条件、办理流程、申请材料、办理时限、收费标准", "《中华人民共和国户口登记条例》", "信息形成或者变更之日起20个工作日内", "县级公安机关、派出所", Site + "、政务服务中心、政务公开栏", service: true),
            Row("户口登记", "收养登记", "受理部门、办理条件、办理流程、申请材料、办理时限、收费标准", "《中华人民共和国户口登记条例》", "信息形成或者变更之日起20个工作日内", "县级公安机关、派出所", Site + "、政务服务中心、政务公开栏", service: true),
            Row("户口登记", "死亡注销", "受理部门、办理条件、办理流程、申请材料、办理时限、收费标准", "《中华人民共和国户口登记条例》", "信息形成或者变更之日起20个工作日内", "县级公安机关、派出所", Site + "、政务服务中心、政务公开栏", service: true),
            Row("户口迁移", "迁入登记", "受理部门、办理条件、办理流程、申请材料、办理时限、收费标准", "《中华人民共和国户口登记条例》", "信息形成或者变更之日起20个工作日内", "县级公安机关、派出所", Site + "、政务服务中心、政务公开栏", service: true),
            Row("户口迁移", "迁出登记", "受理部门、办理条件、办理流程、申请材料、办理时限、收费标准", "《中华人民共和国户口登记条例》", "信息形成或者变更之日起20个工作日内", "县级公安机关、派出所", Site + "、政务服务中心、政务公开栏", service: true),
        ]),
    ];

    /// <summary>The shipped pilot domains and standards as a start-up seed (<see cref="Platform.Seeding.DataSeeds"/>).</summary>
    internal sealed class Shipped(ZwgkDbContext db, TimeProvider clock) : Platform.Seeding.IDataSeed
    {
        public Task SeedAsync(CancellationToken ct = default) => CatalogDefaults.SeedAsync(db, clock, ct);
    }

    public static async Task SeedAsync(ZwgkDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var present = await db.Set<PilotDomain>().Select(d => d.Name).ToListAsync(ct);
        foreach (var (number, name, _, aliases) in Domains.Where(d => !present.Contains(d.Name)))
        {
            db.Add(new PilotDomain(number, name, aliases));
        }

        await db.SaveChangesAsync(ct);
        var domains = await db.Set<PilotDomain>().ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var withGuideline = await db.Set<Guideline>().Select(g => g.DomainId).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (domain, title, issuedBy, rows) in Guidelines.Where(g => !withGuideline.Contains(domains[g.Domain])))
        {
            db.Add(Guideline.Create(domains[domain], title, issuedBy, rows, "系统（随软件发布）", now));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Gives a city the default table of responsible departments (seed 004 附件) where it has none; the city edits it.</summary>
    public static async Task SeedResponsibilitiesAsync(ZwgkDbContext db, int cityUnitId, CancellationToken ct = default)
    {
        var present = await db.Set<DomainResponsibility>().Where(r => r.CityUnitId == cityUnitId).Select(r => r.DomainId).ToListAsync(ct);
        var domains = await db.Set<PilotDomain>().ToListAsync(ct);
        foreach (var d in domains.Where(d => !present.Contains(d.Id)))
        {
            var department = Domains.FirstOrDefault(x => x.Name == d.Name).Department;
            if (department is not null)
            {
                db.Add(new DomainResponsibility { CityUnitId = cityUnitId, DomainId = d.Id, Department = "市" + department });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static ItemElements Row(string category, string name, string content, string basis, string limit, string body, string channels,
        CatalogLevels levels = CatalogLevels.County | CatalogLevels.Township, bool service = false) => new()
    {
        Category = category,
        Name = name,
        Content = content,
        LegalBasis = basis,
        TimeLimit = TimeLimit.Parse(limit, out var error) ?? throw new InvalidOperationException(error),
        ResponsibleBody = body,
        ChannelList = Zwgk.Domain.Catalogs.Channels.Join(Zwgk.Domain.Catalogs.Channels.Parse(channels).Known),
        Audience = Audience.Public,
        Method = DisclosureMethod.Proactive,
        Levels = levels,
        IsService = service,
    };
}
