using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;

namespace Zwgk.Web.Requests.Letters;

/// <summary>Which standard text: a notice kind, or the reply for one of the 21 outcomes of table B.</summary>
public readonly record struct LetterTemplateKey
{
    private LetterTemplateKey(LetterKind kind, RequestOutcome? outcome) => (Kind, Outcome) = (kind, outcome);

    public LetterKind Kind { get; }

    public RequestOutcome? Outcome { get; }

    /// <summary>Every standard text: six notices, then the 21 replies in the order of table B.</summary>
    public static IReadOnlyList<LetterTemplateKey> All { get; } =
    [
        .. Enum.GetValues<LetterKind>().Where(k => k != LetterKind.Reply).Select(k => new LetterTemplateKey(k, null)),
        .. RequestOutcomeExtensions.InTableOrder.Select(o => new LetterTemplateKey(LetterKind.Reply, o)),
    ];

    /// <summary>A reply needs its outcome (条例第三十六条: the reply type decides the text); a notice ignores one.</summary>
    public static LetterTemplateKey For(LetterKind kind, RequestOutcome? outcome)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("未知的文书类型。");
        }

        if (kind != LetterKind.Reply)
        {
            return new(kind, null);
        }

        return outcome is { } o && Enum.IsDefined(o)
            ? new(kind, o)
            : throw new DomainRuleException("生成答复书须指明办理结果（年度报告表格中的一种处理情形）。");
    }

    public static bool TryParse(string? value, out LetterTemplateKey key)
    {
        key = default;
        var match = All.Where(k => k.ToString() == value).ToList();
        if (match.Count != 1)
        {
            return false;
        }

        key = match[0];
        return true;
    }

    public bool IsReply => Kind == LetterKind.Reply;

    /// <summary>The document's name as staff know it, e.g. 补正告知书 or 答复书（不予公开：属于国家秘密）.</summary>
    public string DisplayName => Outcome is { } o
        ? o.SubRowNumber() is null ? $"答复书（{o.Group().DisplayName()[3..7]}）" : $"答复书（{o.Group().DisplayName()[3..]}：{o.DisplayName()}）"
        : Kind switch
        {
            LetterKind.Acknowledgement => "登记回执",
            LetterKind.ClarificationNotice => "补正告知书",
            LetterKind.ExtensionNotice => "延期答复告知书",
            LetterKind.ThirdPartyConsultation => "征求第三方意见书",
            LetterKind.FeeNotice => "收费通知书",
            LetterKind.TransferNotice => "协查（会商）函",
            _ => Kind.ToString(),
        };

    public override string ToString() => Outcome is { } o ? $"{Kind}.{o}" : Kind.ToString();
}
