using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Documents;

// 历史文件 whose 公开属性 was never settled, and the 公函 that settles it (seed 004 §三(一)1: "应受理的公开申请涉及未确定
// 公开属性的历史文件时，应由起草单位向受理公开申请的政务公开工作机构出具公函，确定公开属性并说明理由").
public sealed partial class Document
{
    /// <summary>The event of a 公函 settling the attribute.</summary>
    public const string AttributeSettled = "AttributeSettled";

    /// <summary>
    /// 待认定: an older document registered without a settled attribute. Until a 公函 settles it, it is kept as not
    /// to be disclosed (the safe side) and never published; <see cref="Attribute"/> then means nothing.
    /// </summary>
    public bool AttributePending { get; private set; }

    /// <summary>The number of the 公函 that settled the attribute, e.g. 海阳市政公函〔2026〕3号.</summary>
    public string? AttributeNoticeNumber { get; private set; }

    /// <summary>Registers an older document (历史文件) whose attribute is not settled: it is filed, not public, 待认定.</summary>
    public static Document RegisterHistorical(int unitId, int siteId, DocumentContent content, string actor, DateTime now)
    {
        Require(!string.IsNullOrWhiteSpace(content.Title), "请填写标题。");
        var d = new Document { UnitId = unitId, SiteId = siteId };
        d.Apply(content with { Attribute = DisclosureAttribute.Withheld, WithholdingReason = null, WithholdingBasis = null });
        d.AttributePending = true;
        d.State = DocumentState.Filed;
        d.Record(now, actor, "Created", DocumentState.Filed, "历史文件登记，公开属性待认定");
        return d;
    }

    /// <summary>
    /// Settles the attribute by the 公函 numbered <paramref name="noticeNumber"/>. Only a 待认定 document: a settled
    /// attribute changes only by the yearly review (004: "属性可以由依申请公开或不予公开转为主动公开"), never by a letter.
    /// A document that is not proactive needs its ground and a written reason (004: "确定公开属性并说明理由").
    /// </summary>
    public void SettleAttribute(DisclosureAttribute attribute, WithholdingReason? reason, string? basis, string noticeNumber, string actor, DateTime now)
    {
        Require(AttributePending, $"《{Title}》的公开属性已确定为“{Attribute.DisplayName()}”，不能再以公函认定；如需调整，请通过年度属性复核。");
        Require(Enum.IsDefined(attribute), "公开属性只能是主动公开、依申请公开或不予公开。");
        var cleanBasis = attribute == DisclosureAttribute.Proactive ? null : Optional(basis, 2000, "理由");
        Require(attribute == DisclosureAttribute.Proactive || (reason is { } r && Enum.IsDefined(r) && cleanBasis is not null),
            $"《{Title}》认定为{attribute.DisplayName()}，须选择不予主动公开的依据并说明理由。");
        Attribute = attribute;
        WithholdingReason = attribute == DisclosureAttribute.Proactive ? null : reason;
        WithholdingBasis = cleanBasis;
        AttributePending = false;
        AttributeNoticeNumber = noticeNumber;
        Record(now, actor, AttributeSettled, State,
            $"{noticeNumber}：{attribute.DisplayName()}{(reason is { } g && attribute != DisclosureAttribute.Proactive ? "（" + g.DisplayName() + "）" : "")}");
    }
}
