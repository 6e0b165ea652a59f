namespace Zwgk.Domain.Documents;

/// <summary>公开属性, decided when the document is drafted (seed 000 §三(二)1, seed 004 §三(一)1).</summary>
public enum DisclosureAttribute
{
    Proactive,
    OnRequest,
    Withheld,
}

public static class DisclosureAttributeExtensions
{
    public static string DisplayName(this DisclosureAttribute a) => a switch
    {
        DisclosureAttribute.Proactive => "主动公开",
        DisclosureAttribute.OnRequest => "依申请公开",
        DisclosureAttribute.Withheld => "不予公开",
        _ => a.ToString(),
    };

    /// <summary>The label printed on the issued document (seed 000 §三(二)1).</summary>
    public static string Label(this DisclosureAttribute a) => a switch
    {
        DisclosureAttribute.Proactive => "此件公开发布",
        DisclosureAttribute.OnRequest => "此件依申请公开",
        DisclosureAttribute.Withheld => "此件不予公开",
        _ => a.ToString(),
    };
}
