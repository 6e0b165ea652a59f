using Zwgk.Web.Organizations;

namespace Zwgk.Web.Sites;

/// <summary>
/// The columns every new site gets. "政府信息公开" and its five sub-columns are fixed
/// (seed 002 §三(二), seed 004 §三(一)2): they can be edited but not removed or renamed away.
/// </summary>
public static class StandardColumns
{
    public const string Disclosure = "xxgk";
    public const string Guide = "xxgk.guide";
    public const string Rules = "xxgk.rules";
    public const string StatutoryContent = "xxgk.statutory";
    public const string BasicCatalog = "xxgk.catalog";
    public const string AnnualReport = "xxgk.annual-report";

    private sealed record Spec(string? FixedKey, string Slug, string Name, string ColumnType, string Description, string Keywords, Spec[]? Children = null);

    private static readonly Spec[] Specs =
    [
        new(null, "gzdt", "工作动态", "工作动态", "本级政府及所属部门、乡镇（街道）的工作动态。", "工作动态,政务要闻"),
        new(null, "zcwj", "政策文件", "政策文件", "本级政府及部门发布的政策文件。", "政策文件,规范性文件"),
        new(null, "zcjd", "政策解读", "政策解读", "重要政策的解读材料：文字、图解、音视频等。", "政策解读,图解"),
        new(Disclosure, "xxgk", "政府信息公开", "信息公开目录", "依据《中华人民共和国政府信息公开条例》设置的政府信息公开专栏。", "政府信息公开,信息公开",
        [
            new(Guide, "zn", "政府信息公开指南", "信息公开指南", "政府信息的分类、编排体系、获取方式和工作机构的联系方式（条例第十二条）。", "公开指南,依申请公开"),
            new(Rules, "zd", "政府信息公开制度", "信息公开目录", "政府信息公开工作的有关制度。", "公开制度"),
            new(StatutoryContent, "fdzdgknr", "法定主动公开内容", "信息公开目录", "条例第二十条、第二十一条规定应当主动公开的政府信息。", "法定主动公开,主动公开"),
            new(BasicCatalog, "ml", "主动公开基本目录", "信息公开目录", "主动公开的政府信息目录：索引号、名称、内容概述、生成日期（条例第十二条）。", "公开目录,索引号"),
            new(AnnualReport, "nb", "政府信息公开工作年度报告", "信息公开年报", "按全国统一格式编制的政府信息公开工作年度报告。", "年度报告,年报"),
        ]),
        new(null, "hdjl", "互动交流", "咨询投诉", "领导信箱、咨询投诉和意见征集。", "互动交流,咨询"),
        new(null, "bsfw", "办事服务", "办事服务", "办事指南和在线办事入口。", "办事服务,办事指南"),
    ];

    /// <summary>Fixed keys that must exist on every site, in display order.</summary>
    public static readonly string[] FixedKeys = [Disclosure, Guide, Rules, StatutoryContent, BasicCatalog, AnnualReport];

    public static List<Column> Create(Site site, Organization owner, DateTime now)
    {
        var columns = new List<Column>();
        var order = 0;
        foreach (var spec in Specs)
        {
            var parent = Make(spec, null, owner, now, ++order);
            columns.Add(parent);
            var childOrder = 0;
            foreach (var child in spec.Children ?? [])
            {
                columns.Add(Make(child, parent, owner, now, ++childOrder));
            }
        }

        foreach (var c in columns)
        {
            c.Site = site;
        }

        return columns;
    }

    private static Column Make(Spec spec, Column? parent, Organization owner, DateTime now, int order) => new()
    {
        Parent = parent,
        Slug = spec.Slug,
        SlugPath = parent is null ? spec.Slug : $"{parent.SlugPath}/{spec.Slug}",
        Name = spec.Name,
        ColumnType = spec.ColumnType,
        Description = spec.Description,
        Keywords = spec.Keywords,
        FixedKey = spec.FixedKey,
        SortOrder = order,
        UpdatedAt = now,
        Content = spec.FixedKey == Guide ? GuideText(owner) : null,
    };

    /// <summary>A first draft of the guide with the items Art. 12 requires; the unit edits it.</summary>
    public static string GuideText(Organization o) =>
        $"""
        为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。

        一、主动公开。{o.Name}主动公开的政府信息，按主题、体裁和发布机构分类编排，可通过本网站“主动公开基本目录”检索、浏览和下载。

        二、依申请公开。公民、法人或者其他组织可以通过在线申请、信函、当面提交等方式向本机关申请获取政府信息。本机关自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经负责人同意并告知申请人，延长的期限最长不超过20个工作日。

        三、政府信息公开工作机构
        名称：{o.Name}
        办公地址：{o.Address ?? "（待补充）"}
        办公时间：{o.OfficeHours ?? "工作日上午9:00—12:00，下午13:30—17:30"}
        联系电话：{o.Phone ?? "（待补充）"}
        电子邮箱：{o.Email ?? "（待补充）"}

        四、监督和救济。公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。
        """;
}
