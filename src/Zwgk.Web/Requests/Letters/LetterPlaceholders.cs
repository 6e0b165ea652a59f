using System.Globalization;

namespace Zwgk.Web.Requests.Letters;

/// <summary>
/// The placeholders a letter template may use: Chinese names, so the staff who edit the texts read them as words
/// (docs/request-letters.md). Each maps to a field of <see cref="LetterFields"/>, formatted as a letter prints it.
/// </summary>
public static class LetterPlaceholders
{
    public const string Remedy = "救济途径";

    public sealed record Placeholder(string Name, string Description, Func<LetterFields, string?> Value);

    public static IReadOnlyList<Placeholder> All { get; } =
    [
        new("答复机关", "本机关全称", f => f.AgencyName),
        new("机关地址", "本机关通信地址", f => f.AgencyAddress),
        new("联系电话", "本机关联系电话", f => f.AgencyPhone),
        new("申请编号", "申请的查询编号", f => f.TrackingNumber),
        new("申请人", "申请人姓名或名称", f => f.ApplicantName),
        new("收到申请日期", "本机关收到申请之日（条例第三十一条）", f => Date(f.ReceivedOn)),
        new("申请内容", "申请获取的政府信息的描述", f => f.InformationSought),
        new("出具日期", "本文书落款日期", f => Date(f.IssuedOn)),
        new("答复期限", "答复期限届满之日", f => Date(f.DueOn)),
        new("延长后期限", "延长后的答复期限届满之日", f => Date(f.ExtendedDueOn)),
        new("延期理由", "需要延长答复期限的理由", f => f.ExtensionReason),
        new("理由", "不予公开、无法提供、不予处理等的具体理由", f => f.ReasonText),
        new("法律依据", "所依据的法律、法规条款", f => f.LegalBasis),
        new("获取方式", "获取信息的方式、途径和时间", f => f.HowToObtain),
        new("负责机关", "负责公开该信息的其他机关，或协查、会商的机关", f => f.ResponsibleAgency),
        new("负责机关联系方式", "该机关的联系方式", f => f.ResponsibleAgencyContact),
        new("补正事项", "需要补正的内容", f => f.ClarificationItems),
        new("补正期限", "补正的截止日期", f => Date(f.ClarificationDeadline)),
        new("第三方", "被征求意见的第三方名称", f => f.ThirdPartyName),
        new("反馈期限", "第三方或其他机关提出意见的截止日期（条例第三十二条、第三十四条：15个工作日）", f => Date(f.ThirdPartyDeadline)),
        new("收费金额", "信息处理费金额（元）", f => f.FeeAmount?.ToString("0.##", CultureInfo.InvariantCulture)),
        new("收费依据", "按件或按量计收及其标准", f => f.FeeBasis),
        new("缴费期限", "缴纳费用的截止日期", f => Date(f.FeePaymentDeadline)),
        new("送达方式", "提供信息或送达文书的方式", f => f.DeliveryMethod),
        new("复议机关", "救济告知中的行政复议机关", f => f.ReconsiderationBody),
        new("人民法院", "救济告知中的人民法院", f => f.Court),
        new(Remedy, "救济告知（行政复议60日、行政诉讼6个月），答复书必须包含", RemedyNotice),
    ];

    private static readonly Dictionary<string, Placeholder> ByName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public static bool IsKnown(string name) => ByName.ContainsKey(name);

    public static string? ValueOf(string name, LetterFields fields) =>
        name == Remedy ? RemedyNotice(fields) : Blank(ByName[name].Value(fields));

    /// <summary>Dates print in Chinese style without leading zeros: 2026年3月5日.</summary>
    public static string? Date(DateOnly? date) =>
        date is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日") : null;

    // 行政复议法第二十条: 60 days from knowing of the act; 行政诉讼法第四十六条: 6 months. Where the reply names no
    // reconsideration body or court, the notice still states both periods and the remedy.
    private static string RemedyNotice(LetterFields f)
    {
        var body = Blank(f.ReconsiderationBody) is { } b ? $"向{b}" : "依法";
        var court = Blank(f.Court) is { } c ? $"向{c}" : "依法向人民法院";
        return $"如对本答复不服，可以自收到本答复之日起60日内{body}申请行政复议，或者自收到本答复之日起6个月内{court}提起行政诉讼。";
    }

    // Templates own the punctuation: a free-text value's closing full stop or semicolon is dropped, so "理由：{{理由}}。"
    // never prints "。。".
    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().TrimEnd('。', '.', '；', ';', '，', ',').Trim();
}
