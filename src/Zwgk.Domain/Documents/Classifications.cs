namespace Zwgk.Domain.Documents;

/// <summary>
/// 法定主动公开内容: the Art. 20 list (items 1–15) and the Art. 21 additions for city/county governments and
/// for townships (documents.md). Codes are stable: "20.1" … "20.15", "21.county", "21.township".
/// </summary>
public static class StatutoryCategories
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("20.1", "行政法规、规章和规范性文件"),
        ("20.2", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"),
        ("20.3", "国民经济和社会发展规划、专项规划、区域规划及相关政策"),
        ("20.4", "国民经济和社会发展统计信息"),
        ("20.5", "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果"),
        ("20.6", "实施行政处罚、行政强制的依据、条件、程序以及有一定社会影响的行政处罚决定"),
        ("20.7", "财政预算、决算信息"),
        ("20.8", "行政事业性收费项目及其依据、标准"),
        ("20.9", "政府集中采购项目的目录、标准及实施情况"),
        ("20.10", "重大建设项目的批准和实施情况"),
        ("20.11", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况"),
        ("20.12", "突发公共事件的应急预案、预警信息及应对情况"),
        ("20.13", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况"),
        ("20.14", "公务员招考的职位、名额、报考条件等事项以及录用结果"),
        ("20.15", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息"),
        ("21.county", "市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助等方面的政府信息"),
        ("21.township", "贯彻落实农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、宅基地使用情况审核、土地征收、房屋征收、筹资筹劳、社会救助等方面的政府信息"),
    ];

    public static bool IsKnown(string? code) => code is not null && All.Any(c => c.Code == code);

    public static string NameOf(string code) => All.FirstOrDefault(c => c.Code == code).Name ?? code;
}

/// <summary>主题分类 as used by the State Council policy-document library (国务院政策文件库).</summary>
public static class TopicCategories
{
    public static readonly IReadOnlyList<string> All =
    [
        "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源", "农业、林业、水利", "工业、交通",
        "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版",
        "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾",
        "民族、宗教", "对外事务", "港澳台侨工作", "国防", "其他",
    ];
}

/// <summary>体裁分类: the kinds of official document (党政机关公文处理工作条例 lists the 公文 kinds) plus common non-公文 genres.</summary>
public static class GenreCategories
{
    public static readonly IReadOnlyList<string> All =
    [
        "决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要",
        "规划", "方案", "办法", "规定", "细则", "要点", "其他",
    ];
}
