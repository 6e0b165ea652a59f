using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Requests;
using Zwgk.Web.Accounts;
using Zwgk.Web.Attachments;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests;

/// <summary>
/// Demo cases for 海阳市人民政府, filed and worked through the same service steps staff take, with dates relative to today so
/// the dashboard shows overdue, due-soon, paused and replied cases, reminders and a proactive-disclosure suggestion.
/// </summary>
public sealed class DemoRequests(
    ZwgkDbContext db, UserAccess access, RequestService requests, CalendarService calendars, TimeProvider clock, RequestReminders reminders, AttachmentStore store) : Zwgk.Web.Platform.Seeding.IDataSeed
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<InformationRequest>().AnyAsync(ct))
        {
            return;
        }

        var handler = await db.Users.SingleAsync(u => u.UserName == "handler", ct);
        var office = await db.Users.SingleAsync(u => u.UserName == "office", ct);
        var unit = await db.Organizations.SingleAsync(o => o.ShortName == "海阳市", ct);
        var dept = await db.Organizations.SingleAsync(o => o.Name == "海阳市民政局", ct);
        var calendar = await calendars.ForDeadlinesAsync(ct);
        var today = ChinaTime.Today(clock);
        DateOnly Back(int workingDays)
        {
            var d = today;
            for (var n = 0; n < workingDays; d = d.AddDays(-1))
            {
                if (calendar.CoveredYears.Contains(d.AddDays(-1).Year) && calendar.IsWorkingDay(d.AddDays(-1)))
                {
                    n++;
                }
            }

            return d;
        }

        access.ActAs(handler.Id, handler.UserName!);
        // Overdue: received 22 working days ago, assigned, never answered.
        var overdue = await RegisterAsync(unit.Id, Back(22), "张建国", "370687196805120019", ApplicantKind.NaturalPerson, "海阳市2025年城区道路拓宽工程征收补偿标准及补偿款发放明细", IntakeChannel.RegisteredPost, ct);
        await ActAsync(overdue, "assign", new AssignInput { UnitId = unit.Id, HandlerUserId = handler.Id }, ct);
        await AttachAsync(overdue, RequestAttachmentKind.IdentityCopy, "张建国身份证复印件.png", ct);
        // Due soon: received 18 working days ago, assigned to 民政局.
        var soon = await RegisterAsync(unit.Id, Back(18), "海阳市某某养老服务有限公司", "91370687MA3CDEMO01", ApplicantKind.CommercialEnterprise, "2025年度海阳市养老服务机构运营补贴发放名单和标准", IntakeChannel.Email, ct);
        await ActAsync(soon, "assign", new AssignInput { UnitId = dept.Id, HandlerUserId = handler.Id }, ct);
        // Paused: a third party is being consulted.
        var paused = await RegisterAsync(unit.Id, Back(8), "李红", "370687198203150025", ApplicantKind.NaturalPerson, "东村街道某小区物业服务合同及招标文件", IntakeChannel.Online, ct);
        await ActAsync(paused, "assign", new AssignInput { UnitId = unit.Id }, ct);
        await ActAsync(paused, "consult", new ConsultInput { ConsultationKind = ConsultationKind.ThirdParty, Party = "海阳市某某物业管理有限公司", Contact = "0535-3210000", Matter = "拟公开的物业服务合同是否涉及贵公司商业秘密" }, ct);
        // 会商 (条例第三十四条) with the agency that supervises property services; the 协查（会商）函 is issued with it.
        await ActAsync(paused, "consult", new ConsultInput { ConsultationKind = ConsultationKind.OtherAgency, Party = "海阳市住房和城乡建设局", Contact = "0535-3220000", Matter = "该物业服务合同的招标文件由贵局备案，是否同意公开" }, ct);
        // Waiting for clarification.
        var unclear = await RegisterAsync(unit.Id, Back(2), "赵敏", "370687199001011232", ApplicantKind.NaturalPerson, "关于那个项目的所有文件", IntakeChannel.InPerson, ct);
        await ActAsync(unclear, "clarify", new ClarifyInput { Items = "请写明所需信息对应的项目名称、年份或文号。", Deadline = today.AddDays(10) }, ct);
        // Three applicants asking for the same subsidy list: a proactive-disclosure suggestion once replied.
        string[] names = ["孙立", "周晓", "吴刚"];
        string[] ids = ["370687197501010018", "370687198807070026", "370687199309090037"];
        for (var i = 0; i < 3; i++)
        {
            var same = await RegisterAsync(unit.Id, Back(12 - i * 3), names[i], ids[i], ApplicantKind.NaturalPerson, "海阳市2025年城乡居民最低生活保障资金发放情况", IntakeChannel.Online, ct);
            await ActAsync(same, "assign", new AssignInput { UnitId = dept.Id }, ct);
            await ActAsync(same, "decide", new ReplyInput { Outcome = RequestOutcome.Disclosed, HowToObtain = "随本答复书以电子邮件提供《海阳市2025年城乡低保资金发放情况表》。" }, ct);
            access.ActAs(office.Id, office.UserName!);
            await ActAsync(same, "approve", new ApproveInput { Opinion = "同意公开" }, ct);
            access.ActAs(handler.Id, handler.UserName!);
            await ActAsync(same, "reply", new NoInput(), ct);
        }

        await reminders.RunAsync(ct);
    }

    private async Task<int> RegisterAsync(int unitId, DateOnly receivedOn, string name, string idNumber, ApplicantKind kind, string info, IntakeChannel channel, CancellationToken ct)
    {
        var org = kind.IsOrganization();
        var result = await requests.RegisterAsync(new RegistrationInput
        {
            UnitId = unitId,
            Channel = channel,
            ReceivedOn = receivedOn,
            ReceiptNote = channel.NeedsConfirmation() ? "已电话与申请人确认收到" : null,
            ApplicantKind = kind,
            Name = name,
            IdType = org ? IdentityDocument.CreditCode : IdentityDocument.ResidentIdCard,
            IdNumber = idNumber,
            ContactPerson = org ? "陈经理" : null,
            Phone = "13705350000",
            Address = "山东省海阳市海政路" + (name.Length * 7) + "号",
            InformationSought = info,
            Delivery = DeliveryMethod.Post,
            Form = RequestedForm.Paper,
        }, ct);
        return result.Value?.Request.Id ?? throw new InvalidOperationException("演示申请登记失败：" + result.Error);
    }

    // A 1×1 PNG: the demo's stand-in for a photographed identity card.
    private static readonly byte[] DemoPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private async Task AttachAsync(int id, RequestAttachmentKind kind, string fileName, CancellationToken ct)
    {
        var f = await store.SaveAsync(new MemoryStream(DemoPng), fileName, ["png"], DemoPng.Length, ct);
        var result = await requests.AddAttachmentsAsync(id, [new RequestUpload(kind, new AttachmentFile(f.SafeFileName, f.Sha256, f.Size, f.Kind.Extension, f.Kind.MimeType))], ct);
        if (!result.Ok)
        {
            throw new InvalidOperationException("演示附件添加失败：" + result.Error);
        }
    }

    private async Task ActAsync(int id, string action, IStepInput input, CancellationToken ct)
    {
        var result = await requests.ActAsync(id, action, input, ct);
        if (!result.Ok)
        {
            throw new InvalidOperationException($"演示申请 {action} 失败：{result.Error}");
        }
    }
}
