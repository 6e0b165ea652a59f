using System.Net;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Demo;

/// <summary>
/// What makes the demo home pages look like a county portal: a 通知公告 column on every site, the special columns
/// 重点领域信息公开 and 公众参与 on Haiyang's, and 工作动态, 通知公告, 政策文件, 政策解读 and a 政府信息公开工作年度报告 per
/// site, written by the units that would write them. Columns go through <see cref="ColumnAdministration"/> and
/// documents through the same steps an editor and reviewers take (draft → submit → 保密审查 → 审签), as the acting
/// demo accounts. Runs after <see cref="DemoDocuments"/>; adds nothing to a site that already has its 通知公告 column.
/// </summary>
public sealed class DemoPortal(ZwgkDbContext db, UserAccess access, AuditContext audit, ColumnAdministration columns, DocumentService documents, TimeProvider clock) : Zwgk.Web.Platform.Seeding.IDataSeed
{
    /// <summary>(site, drafting account, reviewing account): Haiyang's own office drafts and its reviewer reviews.</summary>
    private static readonly (string Site, string Drafter, string Reviewer)[] Sites =
        [("yantai", "admin", "cityoffice"), ("haiyang", "office", "reviewer"), ("laiyang", "admin", "cityoffice")];

    private sealed record Item(string Site, string Column, string Unit, string Title, string Genre, string Topic, string? Category, string[] Paragraphs,
        string? Number = null, DateOnly? WrittenOn = null, string? Html = null);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var (code, drafter, reviewer) in Sites)
        {
            var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct);
            if (site is null || await db.Columns.AnyAsync(c => c.SiteId == site.Id && c.Slug == "tzgg", ct))
            {
                continue;
            }

            await ActAsync("admin", ct);
            var notices = ColumnPreset.All.Single(p => p.Key == "tzgg");
            await CreateColumnAsync(site.Id, notices, ct);
            if (code == "haiyang")
            {
                await CreateColumnAsync(site.Id, ColumnPreset.All.Single(p => p.Key == "zdly"), ct);
                await CreateColumnAsync(site.Id, ColumnPreset.All.Single(p => p.Key == "gzcy"), ct);
            }

            // Written a few days apart up to today, oldest first, so the lists read like a working site's.
            var items = Items.Where(i => i.Site == code).ToList();
            var today = Zwgk.Domain.Calendar.ChinaTime.Today(clock);
            for (var n = 0; n < items.Count; n++)
            {
                await PublishAsync(site.Id, items[n], items[n].WrittenOn ?? today.AddDays(-3 * (items.Count - n)), drafter, reviewer, ct);
            }
        }
    }

    private async Task CreateColumnAsync(int siteId, ColumnPreset p, CancellationToken ct)
    {
        var made = await columns.CreateAsync(siteId, new NewColumnInput
        {
            Slug = p.Slug, Name = p.Name, ColumnType = p.ColumnType, Description = p.Description, Keywords = p.Keywords,
        }, ct);
        if (!made.Ok)
        {
            throw new InvalidOperationException($"演示栏目“{p.Name}”创建失败：{made.Error}");
        }

        // 通知公告 goes right after 工作动态 in the navigation, as portals place it.
        if (p.Key == "tzgg")
        {
            // Created last of the seven standard top-level columns: five places up puts it second.
            for (var i = 0; i < 5; i++)
            {
                await columns.MoveAsync(made.Value!.Id, ColumnMove.Up, ct);
            }
        }
    }

    private async Task PublishAsync(int siteId, Item item, DateOnly writtenOn, string drafter, string reviewer, CancellationToken ct)
    {
        var owner = await db.Organizations.SingleAsync(o => o.Name == item.Unit, ct);
        var column = await db.Columns.Where(c => c.SiteId == siteId && c.SlugPath == item.Column).Select(c => (int?)c.Id).SingleAsync(ct);
        var content = new DocumentContent
        {
            Title = item.Title,
            DocumentNumber = item.Number,
            WrittenOn = writtenOn,
            IssuingUnits = [item.Unit],
            Genre = item.Genre,
            Topics = [item.Topic],
            StatutoryCategory = item.Category,
            Keywords = item.Topic,
            BodyHtml = item.Html ?? string.Concat(item.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>")),
            Attribute = DisclosureAttribute.Proactive,
        };
        await ActAsync(drafter, ct);
        var draft = await documents.CreateDraftAsync(owner.Id, content, column, ct);
        var id = draft.Value?.Id ?? throw new InvalidOperationException($"演示信息“{item.Title}”导入失败：{draft.Error}");
        await Expect(documents.SubmitAsync(id, ct), item);
        await ActAsync(reviewer, ct);
        await Expect(documents.PassConfidentialityReviewAsync(id, "经审查，不涉及国家秘密、工作秘密、商业秘密和个人隐私，同意公开。", null, ct), item);
        await Expect(documents.SignOffAsync(id, null, null, null, ct), item);
    }

    private async Task ActAsync(string userName, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName, ct);
        access.ActAs(user.Id, user.UserName!);
        audit.UserId = user.Id;
        audit.Actor = user.UserName!;
    }

    private static async Task Expect(Task<StepResult<Document>> step, Item item)
    {
        var outcome = await step;
        if (!outcome.Ok)
        {
            throw new InvalidOperationException($"演示信息“{item.Title}”导入失败：{outcome.Error}");
        }
    }

    private static readonly Item[] Items =
    [
        // 烟台市
        new("yantai", "gzdt", "烟台市人民政府办公室", "市政府召开全市政务公开工作推进会议", "其他", "综合政务", null,
        [
            "近日，市政府召开全市政务公开工作推进会议，总结上半年工作，部署下一阶段基层政务公开标准化规范化任务。",
            "会议要求，各区市要对照26个试点领域标准指引，年内完成本级政务公开事项标准目录的编制和审核发布，做到应公开尽公开。",
            "会议强调，要加强政府网站集约化建设，统一规范政府信息公开专栏，提升依申请公开办理质量，按期编制发布政府信息公开工作年度报告。",
        ]),
        new("yantai", "gzdt", "烟台市人民政府办公室", "全市政府网站和政务新媒体季度检查情况通报", "通报", "综合政务", null,
        [
            "按照政府网站和政务新媒体检查工作要求，市政府办公室对全市政府网站和政务新媒体开展了季度检查。",
            "检查结果显示，全市政府网站总体运行平稳，栏目设置规范，信息更新及时。个别网站存在链接失效、栏目长期未更新等问题，已通知有关单位限期整改。",
        ]),
        new("yantai", "gzdt", "烟台市人民政府办公室", "市政府开展“政府开放日”活动 邀请市民走进政务服务中心", "其他", "综合政务", null,
        [
            "为增进公众对政府工作的了解，市政府组织开展“政府开放日”活动，邀请市民代表、企业代表走进市政务服务中心。",
            "活动中，市民代表实地体验了“一窗受理”“一件事一次办”等服务，并就优化办事流程提出意见建议。有关部门现场作了回应。",
        ]),
        new("yantai", "tzgg", "烟台市人民政府办公室", "关于2027年元旦放假安排的通知", "通知", "综合政务", "20.15",
        [
            "各区市人民政府，市政府各部门、各直属机构：",
            "根据国务院办公厅通知精神，现将2027年元旦放假安排通知如下：1月1日放假，与周末连休。",
            "节假日期间，各单位要妥善安排好值班和安全保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置。",
        ]),
        new("yantai", "tzgg", "烟台市人民政府办公室", "关于公开征求《烟台市政务公开工作规范（征求意见稿）》意见的公告", "公告", "综合政务", "20.15",
        [
            "为进一步规范全市政务公开工作，市政府办公室起草了《烟台市政务公开工作规范（征求意见稿）》，现向社会公开征求意见。",
            "公众可通过信函或电子邮件提出意见建议，征求意见截止时间为公告发布之日起30日。",
        ]),
        new("yantai", "zcjd", "烟台市人民政府办公室", "图解：全面推进基层政务公开标准化规范化工作实施方案", "其他", "综合政务", null,
        [
            "一、背景依据。为贯彻落实国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见，结合我市实际，制定本实施方案。",
            "二、主要内容。方案明确了编制政务公开事项标准目录、建立健全政务公开制度、完善政务公开平台等重点任务。",
            "三、具体举措。各区市要在规定时限内完成26个试点领域的目录编制，并通过政府网站政府信息公开专栏集中公开。",
        ]),
        new("yantai", "xxgk/nb", "烟台市人民政府办公室", "烟台市人民政府2025年政府信息公开工作年度报告", "报告", "综合政务", "20.15", [], WrittenOn: new DateOnly(2026, 1, 20),
            Html: AnnualReport("烟台市人民政府", 2025, (412, 3, 5, 2), (326, 248, 51, 27))),

        // 海阳市
        new("haiyang", "gzdt", "海阳市人民政府办公室", "海阳市召开基层政务公开标准化规范化工作推进会", "其他", "综合政务", null,
        [
            "近日，海阳市召开基层政务公开标准化规范化工作推进会，市直有关部门、各镇街分管负责同志参加会议。",
            "会议通报了政务公开事项标准目录编制进展，要求各单位对照标准指引逐项梳理公开事项，明确公开内容、依据、时限、主体、方式和渠道。",
            "会议强调，要把政务公开专区建设与便民服务结合起来，让群众在家门口就能查询政策、办理事项。",
        ]),
        new("haiyang", "gzdt", "海阳市民政局", "市民政局开展城乡低保政策进社区宣传活动", "其他", "民政、扶贫、救灾", null,
        [
            "为让困难群众及时知晓和享受社会救助政策，市民政局组织工作人员深入东村街道、方圆街道等社区开展低保政策宣传。",
            "工作人员通过发放明白纸、现场解答等方式，向群众讲解最低生活保障的申请条件、办理流程和救助标准。",
        ]),
        new("haiyang", "gzdt", "海阳市东村街道办事处", "东村街道政务公开专区投入使用", "其他", "综合政务", null,
        [
            "东村街道便民服务中心政务公开专区正式投入使用，专区设置政策查询、依申请公开受理、政务公开事项目录查阅等功能。",
            "群众可通过触摸屏查询各类政府信息，也可在专区现场提交政府信息公开申请，工作人员提供帮办代办服务。",
        ]),
        new("haiyang", "gzdt", "海阳市教育和体育局", "市教育和体育局公布2026年秋季义务教育学校招生划片范围", "其他", "科技、教育", "20.11",
        [
            "市教育和体育局公布了2026年秋季城区义务教育学校招生划片范围和招生工作日程。",
            "适龄儿童少年家长可通过本网站查询所在学区，并按照工作日程为子女办理入学登记。",
        ]),
        new("haiyang", "tzgg", "海阳市人民政府办公室", "关于开展2026年度政务公开第三方评估工作的通知", "通知", "综合政务", "20.15",
        [
            "各镇人民政府、街道办事处，市政府各部门：",
            "为客观评价全市政务公开工作情况，市政府办公室将委托第三方机构开展2026年度政务公开评估，评估内容包括主动公开、依申请公开、政策解读和平台建设等。",
            "请各单位对照评估指标开展自查，于评估开始前完成问题整改。",
        ]),
        new("haiyang", "tzgg", "海阳市人力资源和社会保障局", "海阳市2026年公开招聘社区工作者公告", "公告", "劳动、人事、监察", "20.14",
        [
            "根据工作需要，经研究决定，面向社会公开招聘社区工作者30名。",
            "报考人员应具有大专及以上学历，年龄在35周岁以下。报名采取网上报名方式，具体岗位、条件和日程见附表。",
        ]),
        new("haiyang", "tzgg", "海阳市财政局", "关于2025年度市级部门决算公开的公告", "公告", "财政、金融、审计", "20.7",
        [
            "根据预算法及有关规定，市级各部门2025年度部门决算已经市人民代表大会常务委员会审查批准，现予以公开。",
            "公开内容包括部门决算报表、决算情况说明和“三公”经费支出情况，公众可在各部门信息公开页面查阅。",
        ]),
        new("haiyang", "zcwj", "海阳市民政局", "海阳市最低生活保障审核确认办法", "办法", "民政、扶贫、救灾", "20.11",
        [
            "第一条　为规范最低生活保障审核确认工作，根据《社会救助暂行办法》和省有关规定，结合本市实际，制定本办法。",
            "第二条　本办法所称最低生活保障，是指对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合财产状况规定的家庭给予的社会救助。",
            "第三条　申请最低生活保障，以家庭为单位，由申请家庭确定一名共同生活的家庭成员作为申请人，向户籍所在地镇人民政府（街道办事处）提出书面申请。",
            "第四条　本办法自发布之日起施行，有效期五年。",
        ], Number: "海民发〔2026〕8号", WrittenOn: new DateOnly(2026, 6, 15)),
        new("haiyang", "zcwj", "海阳市人民政府办公室", "海阳市人民政府办公室关于进一步做好政府信息公开申请办理工作的通知", "通知", "综合政务", "20.15",
        [
            "各镇人民政府、街道办事处，市政府各部门：",
            "一、规范受理登记。各单位要畅通当面、邮寄、网络等申请渠道，收到申请后及时登记，按规定出具登记回执。",
            "二、严格办理时限。收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经负责人同意并告知申请人，延长期限最长不超过20个工作日。",
            "三、规范答复文书。答复书应当载明依据和救济途径，做到内容准确、格式规范。",
        ], Number: "海政办发〔2026〕12号", WrittenOn: new DateOnly(2026, 5, 8)),
        new("haiyang", "zcjd", "海阳市民政局", "《海阳市最低生活保障审核确认办法》政策解读", "其他", "民政、扶贫、救灾", null,
        [
            "一、制定背景。为进一步规范最低生活保障审核确认工作，确保低保政策公平公正实施，市民政局制定了本办法。",
            "二、适用对象。本办法适用于本市户籍居民家庭最低生活保障的申请、审核和确认。",
            "三、主要变化。与原规定相比，本办法简化了申请材料，明确了镇（街道）审核确认时限，增加了信息公示要求。",
            "四、解读机关及联系方式：海阳市民政局社会救助科。",
        ]),
        new("haiyang", "zcjd", "海阳市人民政府办公室", "一图读懂：如何申请政府信息公开", "其他", "综合政务", null,
        [
            "第一步：确定申请机关。向制作或者保存该政府信息的行政机关提出申请。",
            "第二步：提交申请。可通过本网站“依申请公开”在线提交，也可以信函、当面等方式提交，写明所需信息的名称、文号或者便于查询的其他特征性描述。",
            "第三步：查询进度。凭申请编号和查询码在网站上查询办理进度，下载告知书和答复书。",
        ]),
        new("haiyang", "zdly", "海阳市财政局", "海阳市2026年市级财政预算公开", "其他", "财政、金融、审计", "20.7",
        [
            "经市人民代表大会批准，现将海阳市2026年市级一般公共预算、政府性基金预算、国有资本经营预算和社会保险基金预算予以公开。",
            "公开内容包括预算报表和预算说明，“三公”经费预算安排情况一并公开。",
        ]),
        new("haiyang", "xxgk/nb", "海阳市人民政府办公室", "海阳市人民政府2025年政府信息公开工作年度报告", "报告", "综合政务", "20.15", [], WrittenOn: new DateOnly(2026, 1, 22),
            Html: AnnualReport("海阳市人民政府", 2025, (186, 1, 2, 0), (97, 71, 19, 7))),

        // 莱阳市
        new("laiyang", "gzdt", "莱阳市人民政府办公室", "莱阳市开展政务公开专区规范化建设", "其他", "综合政务", null,
        [
            "莱阳市在市、镇两级便民服务中心全面建设政务公开专区，统一标识、统一设施、统一服务规范。",
            "专区提供政府信息查阅、依申请公开受理和政策咨询等服务，方便群众就近获取政府信息。",
        ]),
        new("laiyang", "tzgg", "莱阳市人民政府办公室", "关于调整政府信息公开申请受理地点的公告", "公告", "综合政务", "20.2",
        [
            "自本公告发布之日起，莱阳市人民政府政府信息公开申请当面受理地点调整至莱阳市政务服务中心一楼综合窗口。",
            "信函申请的通信地址和网上申请渠道保持不变。",
        ]),
        new("laiyang", "xxgk/nb", "莱阳市人民政府办公室", "莱阳市人民政府2025年政府信息公开工作年度报告", "报告", "综合政务", "20.15", [], WrittenOn: new DateOnly(2026, 1, 25),
            Html: AnnualReport("莱阳市人民政府", 2025, (203, 2, 1, 0), (64, 48, 11, 5))),
    ];

    /// <summary>
    /// A 年度报告 in the national format (国办公开办函〔2021〕30号, annual-report.md): the six parts, with table 二 as the
    /// format lays it out, and parts 三 and 四 summarised (their full tables come from the requests' statistics in the console).
    /// </summary>
    private static string AnnualReport(string agency, int year, (int Issued, int Normative, int Repealed, int Rules) a, (int Requests, int Disclosed, int Partly, int Other) b) =>
        $"""
        <p>本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。报告中所列数据统计期限自{year}年1月1日起至{year}年12月31日止。本报告电子版可在本网站“政府信息公开”专栏下载。如对本报告有疑问，请与{agency}办公室联系。</p>
        <h2>一、总体情况</h2>
        <p>{year}年，{agency}坚持以公开为常态、不公开为例外，全面推进基层政务公开标准化规范化。全年主动公开政府信息{a.Issued}条，其中规范性文件{a.Normative}件；完成26个试点领域政务公开事项标准目录编制；受理政府信息公开申请{b.Requests}件，均在法定期限内答复；政府网站政府信息公开专栏按统一标准设置，政务公开专区覆盖全部镇街便民服务中心。</p>
        <h2>二、主动公开政府信息情况</h2>
        <table>
        <tr><th colspan="4">第二十条第（一）项</th></tr>
        <tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>
        <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
        <tr><td>行政规范性文件</td><td>{a.Normative}</td><td>{a.Repealed}</td><td>{a.Normative * 6 + a.Rules}</td></tr>
        <tr><th colspan="4">第二十条第（五）项</th></tr>
        <tr><th>信息内容</th><th colspan="3">本年处理决定数量</th></tr>
        <tr><td>行政许可</td><td colspan="3">{a.Issued * 11}</td></tr>
        <tr><th colspan="4">第二十条第（六）项</th></tr>
        <tr><th>信息内容</th><th colspan="3">本年处理决定数量</th></tr>
        <tr><td>行政处罚</td><td colspan="3">{a.Issued * 2}</td></tr>
        <tr><td>行政强制</td><td colspan="3">{a.Rules * 3}</td></tr>
        <tr><th colspan="4">第二十条第（八）项</th></tr>
        <tr><th>信息内容</th><th colspan="3">本年收费金额（单位：万元）</th></tr>
        <tr><td>行政事业性收费</td><td colspan="3">{a.Issued * 35 / 10}</td></tr>
        </table>
        <h2>三、收到和处理政府信息公开申请情况</h2>
        <p>本年新收政府信息公开申请{b.Requests}件。本年度办理结果：予以公开{b.Disclosed}件，部分公开{b.Partly}件，不予公开、无法提供、不予处理及其他处理共{b.Other}件；结转下年度继续办理{b.Requests - b.Disclosed - b.Partly - b.Other}件。分申请人类型和处理结果的统计见“收到和处理政府信息公开申请情况”统计表。</p>
        <h2>四、政府信息公开行政复议、行政诉讼情况</h2>
        <p>本年度因政府信息公开工作被申请行政复议{b.Other / 3}件，结果维持{b.Other / 3}件；被提起行政诉讼0件。</p>
        <h2>五、存在的主要问题及改进情况</h2>
        <p>一是个别单位政策解读形式较为单一，图解、音视频等多元化解读比例有待提高；二是部分镇街政务公开事项目录动态更新不够及时。下一步，将加强业务培训和日常检查，建立目录动态调整机制，推动解读材料与政策文件同步起草、同步审签、同步发布。</p>
        <h2>六、其他需要报告的事项</h2>
        <p>本年度未收取信息处理费。{agency}严格落实年度政务公开工作要点，各项任务均按期完成。</p>
        """;
}
