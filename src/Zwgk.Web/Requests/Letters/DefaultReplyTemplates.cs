using Zwgk.Domain.Requests;

namespace Zwgk.Web.Requests.Letters;

/// <summary>
/// The default 答复书 for each of the 21 outcomes of table B, mapped from the reply types of 条例第三十六至三十九条.
/// Every reply opens the same way, states the decision with its article, and ends with the remedy notice.
/// </summary>
internal static class DefaultReplyTemplates
{
    private const string Title = "关于政府信息公开申请的答复";

    private const string Opening = """
        {{申请人}}：
        本机关于{{收到申请日期}}收到您提出的政府信息公开申请（申请编号：{{申请编号}}），您申请获取“{{申请内容}}”。根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，现答复如下：
        """;

    private const string Delivery = "{{#送达方式}}本机关将通过{{送达方式}}向您提供上述信息。{{/送达方式}}";

    // 行政复议法第二十条 (60 days), 行政诉讼法第四十六条 (6 months): printed on every reply.
    private const string Closing = "{{" + LetterPlaceholders.Remedy + "}}\n" + DefaultNoticeTemplates.Contact + "\n特此答复。";

    public static LetterTemplate For(RequestOutcome outcome) => new(Title, $"{Opening}\n{Decision(outcome)}\n{Closing}");

    private static string Decision(RequestOutcome outcome) => outcome switch
    {
        // 条例第三十六条第（一）项、第（二）项
        RequestOutcome.Disclosed =>
            "经审查，您申请获取的政府信息属于公开范围。根据《条例》第三十六条第（一）项、第（二）项的规定，本机关予以公开。{{获取方式}}。\n" + Delivery,
        // 条例第三十七条: the separable part is provided
        RequestOutcome.PartlyDisclosed =>
            "经审查，您申请获取的政府信息中，部分内容不予公开，理由是：{{理由}}；依据为{{法律依据}}。其余内容可以公开。根据《条例》第三十七条的规定，本机关对可以公开的部分予以公开。{{获取方式}}。\n" + Delivery,
        // 条例第十四条、第三十六条第（三）项
        RequestOutcome.NotDisclosedStateSecret =>
            "经审查，您申请获取的政府信息已依法确定为国家秘密{{#理由}}（{{理由}}）{{/理由}}。根据《条例》第十四条、第三十六条第（三）项的规定，本机关决定不予公开。",
        RequestOutcome.NotDisclosedProhibitedByLaw =>
            "经审查，您申请获取的政府信息属于法律、行政法规禁止公开的政府信息，依据为{{法律依据}}{{#理由}}，理由是：{{理由}}{{/理由}}。根据《条例》第十四条、第三十六条第（三）项的规定，本机关决定不予公开。",
        RequestOutcome.NotDisclosedSecurityAndStability =>
            "经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，理由是：{{理由}}。根据《条例》第十四条、第三十六条第（三）项的规定，本机关决定不予公开。",
        // 条例第十五条、第三十二条: third party's trade secrets or privacy
        RequestOutcome.NotDisclosedThirdPartyRights =>
            "经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害{{#第三方}}；本机关已书面征求第三方意见，第三方不同意公开{{/第三方}}，理由是：{{理由}}。根据《条例》第十五条、第三十二条、第三十六条第（三）项的规定，本机关决定不予公开。",
        // 条例第十六条第一款
        RequestOutcome.NotDisclosedInternalAffairs =>
            "经审查，您申请获取的政府信息属于人事管理、后勤管理、内部工作流程等方面的内部事务信息{{#理由}}（{{理由}}）{{/理由}}。根据《条例》第十六条第一款、第三十六条第（三）项的规定，本机关决定不予公开。",
        // 条例第十六条第二款
        RequestOutcome.NotDisclosedProcessInformation =>
            "经审查，您申请获取的政府信息属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息{{#理由}}（{{理由}}）{{/理由}}。根据《条例》第十六条第二款、第三十六条第（三）项的规定，本机关决定不予公开。",
        RequestOutcome.NotDisclosedEnforcementCaseFile =>
            "经审查，您申请获取的政府信息属于行政执法案卷信息{{#理由}}（{{理由}}）{{/理由}}。根据《条例》第十六条第二款、第三十六条第（三）项的规定，本机关决定不予公开。",
        // 条例第三十六条第（七）项: registration-type information with its own statutory route
        RequestOutcome.NotDisclosedAdministrativeInquiry =>
            "经审查，您申请获取的信息属于行政查询事项，{{法律依据}}对该类信息的获取有特别规定。根据《条例》第三十六条第（七）项的规定，请您依照有关规定办理：{{获取方式}}。",
        // 条例第三十六条第（四）项 (does not exist) or 第（五）项 (not ours: name the agency where known)
        RequestOutcome.CannotProvideNotHeld =>
            "{{^负责机关}}经检索查找，本机关未制作、获取您申请的政府信息，该政府信息不存在{{#理由}}（{{理由}}）{{/理由}}。根据《条例》第三十六条第（四）项的规定，本机关无法提供。{{/负责机关}}"
            + "{{#负责机关}}经审查，您申请获取的政府信息不属于本机关负责公开{{#理由}}，理由是：{{理由}}{{/理由}}。根据《条例》第三十六条第（五）项的规定，现告知您：负责公开该政府信息的行政机关为{{负责机关}}{{#负责机关联系方式}}，联系方式：{{负责机关联系方式}}{{/负责机关联系方式}}，您可以向该机关提出申请。{{/负责机关}}",
        // 条例第三十八条
        RequestOutcome.CannotProvideNeedsCompilation =>
            "经审查，本机关没有现成的您所申请的政府信息，提供该信息需要本机关对现有政府信息进行加工、分析{{#理由}}（{{理由}}）{{/理由}}。根据《条例》第三十八条的规定，本机关不予提供。",
        // 条例第二十九条第二款第（二）项、第三十条
        RequestOutcome.CannotProvideStillUnclear =>
            "本机关已依照《条例》第三十条的规定一次性告知您需要补正的事项。经审查，您补正后的申请内容仍不明确，本机关无法根据您的描述确定您所申请的政府信息{{#理由}}（{{理由}}）{{/理由}}。根据《条例》第二十九条第二款第（二）项、第三十条的规定，本机关无法提供。您可以在明确所需政府信息的名称、文号或者其他特征性描述后重新提出申请。",
        // 条例第三十九条第一款
        RequestOutcome.NotProcessedPetitionOrComplaint =>
            "经审查，您以政府信息公开申请的形式提出的事项属于信访、投诉、举报等活动。根据《条例》第三十九条第一款的规定，本机关不作为政府信息公开申请处理，请您依照《信访工作条例》等规定通过相应渠道提出{{#获取方式}}：{{获取方式}}{{/获取方式}}。",
        // 条例第三十六条第（六）项
        RequestOutcome.NotProcessedRepeatRequest =>
            "经审查，本机关已就您提出的政府信息公开申请作出答复{{#理由}}（{{理由}}）{{/理由}}，您此次重复申请公开相同的政府信息。根据《条例》第三十六条第（六）项的规定，本机关不予重复处理。",
        // 条例第三十九条第二款
        RequestOutcome.NotProcessedPublication =>
            "经审查，您申请获取的是政府公报、报刊、书籍等公开出版物。根据《条例》第三十九条第二款的规定，现告知您获取的途径：{{获取方式}}。",
        // 条例第三十五条
        RequestOutcome.NotProcessedUnreasonableVolume =>
            "经审查，您申请公开政府信息的数量、频次明显超过合理范围。本机关已要求您说明理由，经审核，{{理由}}，本机关认为申请理由不合理。根据《条例》第三十五条的规定，本机关不予处理。",
        // 条例第二条: a request to confirm or re-issue information already held is not a request for government information.
        RequestOutcome.NotProcessedConfirmationOrReissue =>
            "经审查，您的申请实质是要求本机关对您已获取的信息予以确认或者重新出具{{#理由}}（{{理由}}）{{/理由}}，不属于《条例》第二条所称获取政府信息的申请。本机关对此不作为政府信息公开申请处理。",
        // 条例第三十条: 补正 not completed in time, treated as abandoned
        RequestOutcome.OtherClarificationNotCompleted =>
            "本机关已依照《条例》第三十条的规定，一次性告知您需要补正的事项{{#补正期限}}，补正期限至{{补正期限}}{{/补正期限}}。您无正当理由逾期未补正，根据《条例》第三十条的规定，视为放弃申请，本机关不再处理该政府信息公开申请。",
        // 条例第四十二条; 国办函〔2020〕109号: fee not paid in time
        RequestOutcome.OtherFeeNotPaid =>
            "本机关已依照《条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定向您发出收费通知{{#缴费期限}}，缴费期限至{{缴费期限}}{{/缴费期限}}。您逾期未按收费通知要求缴纳费用，根据上述规定，视为放弃申请，本机关不再处理该政府信息公开申请。",
        RequestOutcome.Other =>
            "经审查，{{理由}}。{{#法律依据}}根据{{法律依据}}的规定，{{/法律依据}}本机关对您的申请作上述处理。",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
