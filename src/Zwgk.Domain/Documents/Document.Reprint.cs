using System.Linq.Expressions;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Documents;

// 转载 (Reprint.cs): stored as four plain columns of the document, so the audit trail shows them like any other field.
public sealed partial class Document
{
    /// <summary>
    /// This government's own disclosure: public and not a reprint. The 主动公开基本目录, the 法定主动公开内容 and every
    /// count of a unit's disclosure start from this; <see cref="Visible"/> (what the public may read) includes reprints.
    /// </summary>
    public static readonly Expression<Func<Document, bool>> OwnDisclosure =
        d => d.State == DocumentState.Published && d.Attribute == DisclosureAttribute.Proactive && d.ReprintSource == null;

    /// <summary>转载 来源; null for the unit's own documents.</summary>
    public string? ReprintSource { get; private set; }

    public string? ReprintOriginalNumber { get; private set; }

    public DateOnly? ReprintOriginalDate { get; private set; }

    public string? ReprintOriginalUrl { get; private set; }

    public bool IsReprint => ReprintSource is not null;

    public Reprint? Reprint => ReprintSource is null ? null : new Reprint(ReprintSource, ReprintOriginalNumber, ReprintOriginalDate, ReprintOriginalUrl);

    /// <summary>
    /// Takes the reprint fields of new content, refusing a reprint without its source or claiming the unit's own
    /// number, category or attribute. A published document stays what it is: a correction cannot turn the unit's own
    /// document (with its index number) into a reprint, nor a reprint into one that would need an index number.
    /// </summary>
    private void ApplyReprint(DocumentContent c)
    {
        var problems = Reprint.ContentProblems(c);
        Require(problems.Count == 0, string.Join("", problems));
        Require(State != DocumentState.Published || (c.Reprint is null) == !IsReprint, "更正不能改变信息是否为转载。");
        var r = c.Reprint?.Normalized();
        ReprintSource = r?.Source;
        ReprintOriginalNumber = r?.OriginalNumber;
        ReprintOriginalDate = r?.OriginalDate;
        ReprintOriginalUrl = r?.OriginalUrl;
    }
}
