using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Tests.Documents.Docs;

namespace Zwgk.Domain.Tests.Rules;

/// <summary>职责分离 on a document and 备案 of withheld policy documents, as state-machine rules.</summary>
public sealed class SeparationOfDutiesTests
{
    [Fact]
    public void The_drafter_cannot_pass_the_review_of_their_own_draft()
    {
        var d = InConfidentialityReview();
        var e = Assert.Throws<DomainRuleException>(() => d.PassConfidentialityReview(Drafter, Opinion, At(2)));
        Assert.Contains("起草人", e.Message, StringComparison.Ordinal);
        Assert.Contains("未放宽职责分离", e.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentState.ConfidentialityReview, d.State);
    }

    [Fact]
    public void Whoever_edited_the_draft_is_a_drafter_too()
    {
        var d = NewDraft();
        d.Edit(Valid() with { Summary = "改" }, 30, "修改人赵六", At(1));
        d.Submit(Drafter, At(2));
        Assert.Throws<DomainRuleException>(() => d.PassConfidentialityReview("修改人赵六", Opinion, At(3)));
        d.PassConfidentialityReview(Reviewer, Opinion, At(3));
        Assert.Throws<DomainRuleException>(() => d.SignOff("修改人赵六", At(4), 0, null, null, IndexNo));
        Assert.Equal(DocumentState.SignOff, d.State);
    }

    [Fact]
    public void The_drafter_cannot_sign_off_their_own_document_but_the_reviewer_may()
    {
        var d = AtSignOff();
        Assert.Throws<DomainRuleException>(() => d.SignOff(Drafter, At(3), 0, null, null, IndexNo));
        Assert.Null(d.SignedOffBy);
        d.SignOff(Reviewer, At(3), 0, null, null, IndexNo);
        Assert.Equal(DocumentState.Published, d.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_relaxed_site_still_needs_a_reason_from_the_same_person(string? reason)
    {
        var d = InConfidentialityReview();
        var e = Assert.Throws<DomainRuleException>(() => d.PassConfidentialityReview(Drafter, Opinion, At(2), new DutySeparation(true, reason)));
        Assert.Contains("须填写由本人办理的理由", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relaxed_site_records_each_use_with_who_and_why()
    {
        var d = InConfidentialityReview();
        d.PassConfidentialityReview(Drafter, Opinion, At(2), new DutySeparation(true, " 本单位仅一人 "));
        d.SignOff(Drafter, At(3), 0, null, null, IndexNo, new DutySeparation(true, "负责人电话同意"));
        var overrides = d.Events.Where(e => e.Action == Document.DutyOverridden).ToList();
        Assert.Equal(2, overrides.Count);
        Assert.All(overrides, e => Assert.Equal(Drafter, e.Actor));
        Assert.Equal("保密审查：同一人办理（职责分离已按站点设置放宽）：本单位仅一人", overrides[0].Note);
        Assert.Contains("负责人电话同意", overrides[1].Note, StringComparison.Ordinal);
        Assert.Equal(DocumentState.Published, d.State);
    }

    [Fact]
    public void Another_person_acting_on_a_relaxed_site_records_no_override()
    {
        var d = AtSignOff();
        d.SignOff(Leader, At(3), 0, null, null, IndexNo, new DutySeparation(true, null));
        Assert.DoesNotContain(d.Events, e => e.Action == Document.DutyOverridden);
    }

    [Theory]
    [InlineData(DisclosureAttribute.Withheld, "20.1", false, true)]
    [InlineData(DisclosureAttribute.OnRequest, "20.11", false, true)]
    [InlineData(DisclosureAttribute.Withheld, "20.2", true, true)]
    [InlineData(DisclosureAttribute.Withheld, "20.2", false, false)]
    [InlineData(DisclosureAttribute.Proactive, "20.1", true, false)]
    public void Only_a_policy_document_not_proactive_is_filed_before_sign_off(DisclosureAttribute attribute, string category, bool normative, bool files)
    {
        var content = (attribute == DisclosureAttribute.Proactive ? Valid() : NotProactive(attribute)) with { StatutoryCategory = category, IsNormative = normative };
        var d = InConfidentialityReview(content);
        d.PassConfidentialityReview(Reviewer, Opinion, At(2));
        Assert.Equal(files ? DocumentState.AwaitingFiling : DocumentState.SignOff, d.State);
        Assert.Equal(files, d.RequiresFiling);
    }

    [Fact]
    public void A_withheld_policy_document_is_signed_off_only_after_the_office_filed_it()
    {
        var d = InConfidentialityReview(WithheldPolicy());
        d.PassConfidentialityReview(Reviewer, Opinion, At(2));
        var early = Assert.Throws<DomainRuleException>(() => d.SignOff(Leader, At(3), 0, null, null, null));
        Assert.Contains("须先送政务公开工作机构备案", early.Message, StringComparison.Ordinal);
        Assert.Contains(DocumentStep.RecordFiling, d.AvailableSteps());
        Assert.DoesNotContain(DocumentStep.SignOff, d.AvailableSteps());

        d.RecordFiling("政务公开办", "理由充分", At(4));
        Assert.Equal(DocumentState.SignOff, d.State);
        Assert.Equal("政务公开办", d.FiledWithOfficeBy);
        Assert.Equal(At(4), d.FiledWithOfficeAt);
        Assert.Equal(Document.FilingRecorded, d.Events[^1].Action);
        d.SignOff(Leader, At(5), 0, null, null, null);
        Assert.Equal(DocumentState.Filed, d.State);
    }

    [Fact]
    public void A_returned_document_is_filed_afresh()
    {
        var d = InConfidentialityReview(WithheldPolicy());
        d.PassConfidentialityReview(Reviewer, Opinion, At(2));
        d.RecordFiling("政务公开办", null, At(3));
        d.Return(Leader, "依据不充分", At(4));
        Assert.Null(d.FiledWithOfficeAt);
        d.Submit(Drafter, At(5));
        d.PassConfidentialityReview(Reviewer, Opinion, At(6));
        Assert.Equal(DocumentState.AwaitingFiling, d.State);
    }

    private static DocumentContent WithheldPolicy() => NotProactive(DisclosureAttribute.Withheld) with { StatutoryCategory = "20.1" };

    [Fact]
    public void Filing_is_refused_out_of_its_step()
    {
        var d = AtSignOff();
        Assert.Throws<DomainRuleException>(() => d.RecordFiling("政务公开办", null, At(3)));
    }
}
