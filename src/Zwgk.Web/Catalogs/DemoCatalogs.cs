using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

using Zwgk.Web.Demo;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// Demo catalogs, built through the same steps users take: the city's table of responsible departments (seed 004 附件);
/// 海阳市民政局 and 方圆街道 published from the guideline rows (with a local item, an adapted element, a service list and a
/// filed 低保 notice); 留格庄镇 submitted and waiting for the county reviewer. 东村街道 (the demo editor's) is left to build.
/// </summary>
public sealed class DemoCatalogs(ZwgkDbContext db, UserAccess access, AuditContext audit, CatalogService catalogs, CatalogLinks links, DocumentService documents, TimeProvider clock) : Zwgk.Web.Platform.Seeding.IDataSeed
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<StandardCatalog>().AnyAsync(ct))
        {
            return;
        }

        var admin = await db.Users.SingleAsync(u => u.UserName == "admin", ct);
        access.ActAs(admin.Id, admin.UserName!);
        audit.UserId = admin.Id;
        audit.Actor = admin.UserName!;
        var city = await db.Organizations.SingleAsync(o => o.ShortName == "烟台市", ct);
        await CatalogDefaults.SeedResponsibilitiesAsync(db, city.Id, ct);

        var rows = await db.Set<GuidelineItem>().AsNoTracking().ToListAsync(ct);
        int[] Rows(params string[] names) => rows.Where(r => names.Contains(r.Elements.Name)).Select(r => r.Id).ToArray();

        // 海阳市民政局: the county-level social-assistance rows.
        var civil = await db.Organizations.SingleAsync(o => o.Name == "海阳市民政局", ct);
        var civilCatalog = await StartAsync(civil.Id, ct);
        await Expect(catalogs.AddFromGuidelineAsync(civilCatalog, Rows("政策法规文件", "监督检查", "办事指南", "审批信息"), ct));
        await PublishAsync(civilCatalog, ct);

        // 方圆街道: township rows, one adapted, one not applicable, one local item, and its service list.
        var street = await db.Organizations.SingleAsync(o => o.ShortName == "方圆街道", ct);
        db.AddRange(new ServiceItem { UnitId = street.Id, Name = "最低生活保障办事指南", Code = "370687-MZ-001", Department = "方圆街道便民服务中心" },
            new ServiceItem { UnitId = street.Id, Name = "特困人员救助供养申请", Code = "370687-MZ-002", Department = "方圆街道便民服务中心" });
        await db.SaveChangesAsync(ct);
        var streetCatalog = await StartAsync(street.Id, ct);
        await Expect(catalogs.AddFromGuidelineAsync(streetCatalog, Rows("政策法规文件", "监督检查", "办事指南", "审核信息", "审批信息", "政府预算", "政府决算"), ct));
        var loaded = (await catalogs.LoadAsync(streetCatalog, ct))!;
        var audited = loaded.Items.Single(i => i.Elements.Name == "审核信息" && i.Elements.Category == "最低生活保障");
        await Expect(catalogs.EditItemAsync(streetCatalog, audited.Id, audited.Elements with { ResponsibleBody = "方圆街道社会事务办公室", ChannelList = "政府网站、村(居)务公开栏" }, ct));
        var approval = loaded.Items.Single(i => i.Elements.Name == "审批信息" && i.Elements.Category == "最低生活保障");
        await Expect(catalogs.SetApplicabilityAsync(streetCatalog, approval.Id, true, "低保审批由海阳市民政局负责，街道只公开初审信息。", ct));
        await Expect(catalogs.AddItemAsync(streetCatalog, new NewCatalogItem(loaded.Items[0].DomainId, null, new ItemElements
        {
            Category = "临时救助",
            Name = "临时救助对象名单",
            Content = "救助对象姓名（隐去敏感信息）、救助金额、救助事由",
            LegalBasis = "《社会救助暂行办法》（国务院令第649号）第四十九条",
            TimeLimit = TimeLimit.Parse("每季度结束后10个工作日内", out _)!,
            ResponsibleBody = "方圆街道社会事务办公室",
            ChannelList = "政府网站、村(居)务公开栏",
            Audience = Audience.Public,
            Method = DisclosureMethod.Proactive,
            Levels = CatalogLevels.Township,
        }), ct));
        await PublishAsync(streetCatalog, ct);
        await FileNoticeAsync(street.Id, streetCatalog, "办事指南", ct);

        // 留格庄镇: submitted, waiting in the county reviewer's queue.
        var town = await db.Organizations.SingleAsync(o => o.ShortName == "留格庄镇", ct);
        var townCatalog = await StartAsync(town.Id, ct);
        await Expect(catalogs.AddFromGuidelineAsync(townCatalog, Rows("政策法规文件", "办事指南", "审核信息", "政府预算"), ct));
        await Expect(catalogs.SubmitAsync(townCatalog, ct));
    }

    private async Task<int> StartAsync(int unitId, CancellationToken ct) => (await Expect(catalogs.StartAsync(unitId, null, ct))).Id;

    private async Task PublishAsync(int id, CancellationToken ct)
    {
        await Expect(catalogs.SubmitAsync(id, ct));
        await Expect(catalogs.ApproveAsync(id, "经审核，目录要素完整，同意发布。", ct));
    }

    /// <summary>A real-looking notice published through the document steps and filed under the item.</summary>
    private async Task FileNoticeAsync(int unitId, int catalogId, string itemName, CancellationToken ct)
    {
        var content = new DocumentContent
        {
            Title = "方圆街道最低生活保障办事指南",
            DocumentNumber = "方圆街发〔2026〕3号",
            IssuingUnits = ["海阳市方圆街道办事处"],
            Genre = "其他",
            Topics = ["民政、扶贫、救灾"],
            Keywords = "最低生活保障,办事指南",
            Summary = "申请最低生活保障的条件、材料、流程、时限和联系方式。",
            WrittenOn = Zwgk.Domain.Calendar.ChinaTime.Today(clock).AddDays(-3),
            BodyHtml = "<p>一、申请条件：共同生活的家庭成员人均收入低于海阳市城乡最低生活保障标准，且家庭财产符合规定。</p><p>二、申请材料：申请书、户口簿、身份证、家庭收入和财产状况说明。</p><p>三、办理流程：申请→乡镇（街道）受理→入户调查→民主评议→审核公示7个工作日→县级民政部门审批。</p><p>四、办理地点：方圆街道便民服务中心，联系电话：0535-3220001。</p>",
            Attribute = DisclosureAttribute.Proactive,
        };
        var draft = await documents.CreateDraftAsync(unitId, content, null, ct);
        var id = draft.Value?.Id ?? throw new InvalidOperationException($"演示信息创建失败：{draft.Error}");
        await documents.SubmitAsync(id, ct);
        // 职责分离: the county's reviewer, not the drafter, reviews and signs it off.
        await db.ActAsAsync(access, audit, "reviewer", ct);
        await documents.PassConfidentialityReviewAsync(id, "经审查，不涉及国家秘密和个人隐私，同意公开。", ct: ct);
        await documents.SignOffAsync(id, null, null, ct: ct);
        await db.ActAsAsync(access, audit, "admin", ct);
        var key = (await catalogs.LoadAsync(catalogId, ct))!.Items.First(i => i.Elements.Name == itemName).Key;
        await links.SetAsync(id, [key], ct);
    }

    private static async Task<StandardCatalog> Expect(Task<StepResult<StandardCatalog>> step)
    {
        var o = await step;
        return o.Ok ? o.Value! : throw new InvalidOperationException($"演示目录创建失败：{o.Error}");
    }
}
