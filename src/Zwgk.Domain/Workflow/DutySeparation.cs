namespace Zwgk.Domain.Workflow;

/// <summary>
/// 职责分离 (issue 11; seed 004 §三(一)1 has the drafting unit propose and others review and approve): whoever prepared a
/// piece of work — drafted a document, proposed a reply — does not also pass or approve it. A site may relax this for a
/// very small unit with one or two staff; then the same person may act, but only with a written reason, and the step
/// records that the rule was set aside, by whom and why.
/// </summary>
public sealed record DutySeparation(bool Relaxed, string? Reason)
{
    public const int ReasonMax = 500;

    /// <summary>The rule as it stands by default: the same person is refused.</summary>
    public static readonly DutySeparation Strict = new(false, null);

    /// <summary>
    /// Refuses the same person with <paramref name="refusal"/> unless the site relaxed the rule and a reason is given;
    /// answers the note that the step records when the relaxation was used (null when another person acts).
    /// </summary>
    public string? Check(bool samePerson, string refusal)
    {
        if (!samePerson)
        {
            return null;
        }

        Guard.Require(Relaxed, refusal + "（本站点未放宽职责分离，请由本单位其他有权限的人员办理。）");
        var reason = Guard.RequireText(Reason, "本站点允许小单位由同一人办理，但须填写由本人办理的理由。");
        Guard.Require(reason.Length <= ReasonMax, $"由本人办理的理由不能超过 {ReasonMax} 字。");
        return "同一人办理（职责分离已按站点设置放宽）：" + reason;
    }
}
