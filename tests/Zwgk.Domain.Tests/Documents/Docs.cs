using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Tests.Documents;

// Builds complete, valid content and drives a document to a given step, so each test states only what it varies.
internal static class Docs
{
    public const string Drafter = "起草人张三";
    public const string Reviewer = "保密审查员李四";
    public const string Opinion = "经审查，不涉及国家秘密和工作秘密。";
    public const string Leader = "分管负责人王五";
    public const string IndexNo = "11370600MB0000001X/2025-00017";
    public const string Basis = "本件为内部讨论稿，依据条例第十六条第二款属于过程性信息，不主动公开。";

    // All instants are UTC, a minute apart, in the order the steps happen.
    public static readonly DateTime T0 = new(2025, 3, 3, 2, 0, 0, DateTimeKind.Utc);

    public static DateTime At(int minutes) => T0.AddMinutes(minutes);

    public static DocumentContent Valid() => new()
    {
        Title = "烟台市人民政府办公室关于印发烟台市政务公开工作要点的通知",
        DocumentNumber = "烟政办发〔2025〕3号",
        WrittenOn = new DateOnly(2025, 2, 28),
        IssuingUnits = ["烟台市人民政府办公室"],
        Genre = "通知",
        Topics = ["综合政务"],
        StatutoryCategory = "20.1",
        Keywords = "政务公开；工作要点",
        Summary = "印发本年度政务公开工作要点。",
        BodyHtml = "<p>各区市人民政府，市政府各部门：</p><p>现将工作要点印发给你们，请认真贯彻执行。</p>",
        Attribute = DisclosureAttribute.Proactive,
    };

    // Filed under a category that is not policy (20.2), so it needs no 备案; Rules/SeparationOfDutiesTests covers policy documents.
    public static DocumentContent NotProactive(DisclosureAttribute attribute = DisclosureAttribute.OnRequest) => Valid() with
    {
        StatutoryCategory = "20.2",
        Attribute = attribute,
        WithholdingReason = WithholdingReason.ProcessInformation,
        WithholdingBasis = Basis,
    };

    public static Document NewDraft(DocumentContent? content = null) =>
        Document.Draft(unitId: 7, siteId: 1, columnId: 30, content ?? Valid(), Drafter, T0);

    public static Document InConfidentialityReview(DocumentContent? content = null)
    {
        var d = NewDraft(content);
        d.Submit(Drafter, At(1));
        return d;
    }

    public static Document AtSignOff(DocumentContent? content = null)
    {
        var d = InConfidentialityReview(content);
        d.PassConfidentialityReview(Reviewer, Opinion, At(2));
        return d;
    }

    public static Document Published(DocumentContent? content = null)
    {
        var d = AtSignOff(content);
        d.SignOff(Leader, At(3), 0, null, null, IndexNo);
        return d;
    }

    public static Document Scheduled(DateTime publishAt)
    {
        var d = AtSignOff();
        d.SignOff(Leader, At(3), 0, null, publishAt, null);
        return d;
    }

    public static Document Filed(DisclosureAttribute attribute = DisclosureAttribute.OnRequest)
    {
        var d = AtSignOff(NotProactive(attribute));
        d.SignOff(Leader, At(3), 0, null, null, null);
        return d;
    }

    public static Document Withdrawn()
    {
        var d = Published();
        d.Withdraw(Leader, "发现附件有误。", At(4));
        return d;
    }

    public static Document InState(DocumentState state) => state switch
    {
        DocumentState.Draft => NewDraft(),
        DocumentState.ConfidentialityReview => InConfidentialityReview(),
        DocumentState.AwaitingFiling => AtSignOff(NotProactive(DisclosureAttribute.Withheld) with { StatutoryCategory = "20.1" }),
        DocumentState.SignOff => AtSignOff(),
        DocumentState.Scheduled => Scheduled(At(60 * 24)),
        DocumentState.Published => Published(),
        DocumentState.Filed => Filed(),
        DocumentState.Withdrawn => Withdrawn(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>Asserts the move is refused with a Chinese message containing <paramref name="fragment"/>.</summary>
    public static DomainRuleException Refused(Action act, string fragment)
    {
        var ex = Assert.Throws<DomainRuleException>(act);
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        return ex;
    }
}
