using Zwgk.Domain.Requests;
using Zwgk.Web.Requests.Letters;

namespace Zwgk.Web.Tests.Requests;

/// <summary>Realistic cases for the letter tests: the fields each kind of letter is issued with, as a handler fills them.</summary>
internal static class LetterCases
{
    public static readonly DateOnly Received = new(2026, 2, 26);
    public static readonly DateOnly Issued = new(2026, 3, 5);

    public static LetterFields Base => new()
    {
        AgencyName = "海阳市人民政府办公室",
        AgencyAddress = "山东省海阳市海政路1号",
        AgencyPhone = "0535-3221234",
        TrackingNumber = "YSQ-2026-000042",
        ApplicantName = "李某某",
        ReceivedOn = Received,
        InformationSought = "2025年度海阳市城区道路改造工程招标文件及中标结果",
        IssuedOn = Issued,
        ReconsiderationBody = "海阳市人民政府",
        Court = "海阳市人民法院",
    };

    /// <summary>The fields a handler gives for the letter: only what that kind of letter needs, nothing more.</summary>
    public static LetterFields For(LetterTemplateKey key) => key.Kind switch
    {
        LetterKind.Acknowledgement => Base with { DueOn = new DateOnly(2026, 3, 26) },
        LetterKind.ClarificationNotice => Base with { ClarificationItems = "所需信息的具体项目名称、年度或者文号", ClarificationDeadline = new DateOnly(2026, 3, 19) },
        LetterKind.ExtensionNotice => Base with
        {
            DueOn = new DateOnly(2026, 3, 26), ExtendedDueOn = new DateOnly(2026, 4, 24), ExtensionReason = "所申请信息涉及多个部门，需要调取历年档案",
        },
        LetterKind.ThirdPartyConsultation => Base with { ThirdPartyName = "海阳市某某建设工程有限公司", ThirdPartyDeadline = new DateOnly(2026, 3, 26) },
        LetterKind.FeeNotice => Base with
        {
            FeeAmount = 300m, FeeBasis = "按件计收：本自然月内第11件至第30件申请每件100元，共3件", FeePaymentDeadline = new DateOnly(2026, 4, 2),
        },
        LetterKind.TransferNotice => Base with { ResponsibleAgency = "海阳市住房和城乡建设局", ThirdPartyDeadline = new DateOnly(2026, 3, 26) },
        _ => ReplyFields(key.Outcome!.Value),
    };

    private static LetterFields ReplyFields(RequestOutcome o) => o switch
    {
        RequestOutcome.Disclosed => Base with { HowToObtain = "相关信息已制作为电子文件，请凭申请编号和查询码登录政府信息公开平台下载", DeliveryMethod = "政府信息公开平台" },
        RequestOutcome.PartlyDisclosed => Base with
        {
            ReasonText = "招标文件中投标人的报价明细属于商业秘密", LegalBasis = "《中华人民共和国政府信息公开条例》第十五条",
            HowToObtain = "可公开部分已通过电子邮件发送至您预留的邮箱", DeliveryMethod = "电子邮件",
        },
        RequestOutcome.NotDisclosedProhibitedByLaw => Base with { LegalBasis = "《中华人民共和国统计法》第三十九条" },
        RequestOutcome.NotDisclosedSecurityAndStability or RequestOutcome.NotDisclosedThirdPartyRights or RequestOutcome.NotProcessedUnreasonableVolume
            or RequestOutcome.Other => Base with { ReasonText = "经审核，该申请在本自然月内与此前12件申请内容基本相同" },
        RequestOutcome.NotDisclosedAdministrativeInquiry => Base with
        {
            LegalBasis = "《不动产登记暂行条例》第二十七条", HowToObtain = "请携带身份证明到海阳市不动产登记中心查询",
        },
        RequestOutcome.NotProcessedPublication => Base with { HowToObtain = "《海阳市人民政府公报》可在海阳市图书馆和市政府门户网站“政府公报”栏目查阅" },
        _ => Base,
    };
}
