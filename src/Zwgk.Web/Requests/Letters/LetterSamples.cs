using Zwgk.Web.Organizations;

namespace Zwgk.Web.Requests.Letters;

/// <summary>A realistic case with every field filled, so a preview shows every paragraph of a text as it will print.</summary>
public static class LetterSamples
{
    public static LetterFields For(Organization unit, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new LetterFields
        {
            AgencyName = unit.Name,
            AgencyAddress = unit.Address ?? "山东省烟台市海阳市海政路1号",
            AgencyPhone = unit.Phone ?? "0535-3221234",
            TrackingNumber = $"YSQ-{today.Year}-000123",
            ApplicantName = "王某某",
            ReceivedOn = today.AddDays(-14),
            InformationSought = $"{today.Year - 1}年度本地区农村危房改造补助资金分配明细",
            IssuedOn = today,
            DueOn = today.AddDays(14),
            ExtendedDueOn = today.AddDays(42),
            ExtensionReason = "所申请信息涉及多个部门、需要调取历年档案",
            ReasonText = "所申请信息中含有补助对象的身份证号码、家庭住址等个人信息，公开会对第三方合法权益造成损害",
            LegalBasis = "《中华人民共和国个人信息保护法》第二十五条",
            HowToObtain = "本机关已将可公开部分制作为电子文件，您可以登录政府信息公开平台凭申请编号和查询码下载，也可以于工作日到本机关政务服务大厅领取纸质件",
            ResponsibleAgency = "海阳市住房和城乡建设局",
            ResponsibleAgencyContact = "0535-3229876，海阳市海政路18号",
            ClarificationItems = "所需信息的年度范围、具体项目名称或者文号",
            ClarificationDeadline = today.AddDays(15),
            ThirdPartyName = "海阳市某某建筑工程有限公司",
            ThirdPartyDeadline = today.AddDays(21),
            FeeAmount = 300m,
            FeeBasis = "按件计收，本自然月内第11件至第30件申请，每件100元，共3件",
            FeePaymentDeadline = today.AddDays(28),
            DeliveryMethod = "电子邮件",
            ReconsiderationBody = "海阳市人民政府",
            Court = "海阳市人民法院",
        };
    }
}
