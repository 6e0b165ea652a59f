namespace Zwgk.Web.Requests.Letters;

/// <summary>
/// The default 标准文本 of the notices issued during the procedure, in the register of real government letters.
/// Each names the article of 《中华人民共和国政府信息公开条例》 it rests on.
/// </summary>
internal static class DefaultNoticeTemplates
{
    internal const string Regulation = "《中华人民共和国政府信息公开条例》";

    internal const string Contact =
        "{{#联系电话}}联系电话：{{联系电话}}。{{/联系电话}}\n{{#机关地址}}通信地址：{{机关地址}}。{{/机关地址}}";

    // 条例第三十一条 (received date), 第三十三条 (20 working days, one extension of at most 20, consultation time not counted).
    public static readonly LetterTemplate Acknowledgement = new("政府信息公开申请登记回执", $$$"""
        {{申请人}}：
        本机关于{{收到申请日期}}收到您提出的政府信息公开申请，已予登记。申请编号：{{申请编号}}；申请内容：“{{申请内容}}”。
        根据{{{Regulation}}}第三十三条的规定，本机关将自收到申请之日起20个工作日内予以答复{{#答复期限}}，即不晚于{{答复期限}}{{/答复期限}}；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知您，延长的期限最长不超过20个工作日。征求第三方和其他机关意见所需时间不计算在上述期限内。
        您可以凭申请编号和查询码在本机关政府信息公开平台查询办理进度、接收告知和下载答复，请妥善保管查询码。
        {{{Contact}}}
        特此回执。
        """);

    // 条例第二十九条第二款, 第三十条: notify once within 7 working days; the period runs from the completed request; no answer = abandoned.
    public static readonly LetterTemplate ClarificationNotice = new("政府信息公开申请补正告知书", $$$"""
        {{申请人}}：
        本机关于{{收到申请日期}}收到您提出的政府信息公开申请（申请编号：{{申请编号}}），您申请获取“{{申请内容}}”。
        经审查，您的申请内容不明确，本机关无法据此确定您所需的政府信息。根据{{{Regulation}}}第二十九条第二款、第三十条的规定，现一次性告知您对以下内容作出补正：{{补正事项}}。
        请您于{{补正期限}}前将补正后的申请提交本机关。答复期限自本机关收到补正后的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。
        {{{Contact}}}
        特此告知。
        """);

    // 条例第三十三条第二款: extension approved by the head of the disclosure office, at most 20 working days, applicant told.
    public static readonly LetterTemplate ExtensionNotice = new("政府信息公开申请延期答复告知书", $$$"""
        {{申请人}}：
        本机关于{{收到申请日期}}收到您提出的政府信息公开申请（申请编号：{{申请编号}}），您申请获取“{{申请内容}}”。
        因{{延期理由}}，本机关不能在{{答复期限}}前作出答复。根据{{{Regulation}}}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长至{{延长后期限}}，延长的期限不超过20个工作日。
        {{{Contact}}}
        特此告知。
        """);

    // 条例第三十二条: written consultation, 15 working days, no answer = the office decides; public interest may override.
    // The applicant is not named to the third party: only the information sought is.
    public static readonly LetterTemplate ThirdPartyConsultation = new("政府信息公开申请征求第三方意见书", $$$"""
        {{第三方}}：
        本机关于{{收到申请日期}}收到政府信息公开申请（申请编号：{{申请编号}}），申请人申请获取“{{申请内容}}”。经审查，公开该政府信息可能损害贵方的合法权益。根据{{{Regulation}}}（以下简称《条例》）第三十二条的规定，现书面征求贵方意见。
        请贵方自收到本意见书之日起15个工作日内{{#反馈期限}}（即{{反馈期限}}前）{{/反馈期限}}，以书面形式提出是否同意公开的意见；不同意公开的，请说明理由并提供相关依据。逾期未提出意见的，本机关将依照《条例》的规定决定是否公开。
        第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。
        {{{Contact}}}
        特此函告。
        """);

    // 条例第四十二条; 国办函〔2020〕109号: per request or per volume (never both), pay within 20 working days from the
    // day after receipt, otherwise the request is not processed further.
    public static readonly LetterTemplate FeeNotice = new("政府信息公开信息处理费收费通知书", $$$"""
        {{申请人}}：
        本机关于{{收到申请日期}}收到您提出的政府信息公开申请（申请编号：{{申请编号}}），您申请获取“{{申请内容}}”。
        经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据{{{Regulation}}}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费。计收方式及标准：{{收费依据}}；应缴金额：人民币{{收费金额}}元。同一申请不同时按件和按量计收。
        请您自收到本通知次日起20个工作日内{{#缴费期限}}（即{{缴费期限}}前）{{/缴费期限}}，按照政府非税收入收缴的有关规定缴纳上述费用。逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。
        {{{Contact}}}
        特此通知。
        """);

    // 条例第十条 (who makes or keeps it discloses it), 第三十四条: the co-producing agency answers within 15 working days,
    // silence counts as consent. Sent to another agency for 协查/会商, not to the applicant.
    public static readonly LetterTemplate TransferNotice = new("政府信息公开申请协查（会商）函", $$$"""
        {{负责机关}}：
        本机关于{{收到申请日期}}收到政府信息公开申请（申请编号：{{申请编号}}），申请人申请获取“{{申请内容}}”。经审查，该政府信息涉及贵单位职责{{#理由}}（{{理由}}）{{/理由}}。根据{{{Regulation}}}第十条、第三十四条的规定，请贵单位协助查找相关政府信息，并就是否公开提出意见。
        请于{{反馈期限}}前书面反馈本机关。对本机关牵头、与贵单位共同制作的政府信息，贵单位应当自收到本函之日起15个工作日内提出意见，逾期未提出意见的，视为同意公开。
        {{{Contact}}}
        特此函告。
        """);
}
