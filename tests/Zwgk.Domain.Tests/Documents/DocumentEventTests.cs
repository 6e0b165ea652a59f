using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Tests.Documents.Docs;

namespace Zwgk.Domain.Tests.Documents;

// Every step leaves an event: who, when (the UTC instant given), from which state to which, and why.
public sealed class DocumentEventTests
{
    [Fact]
    public void The_whole_life_of_a_proactive_document_is_recorded_in_order()
    {
        var d = NewDraft();
        d.Edit(Valid() with { Title = "改过的标题" }, 30, "编辑钱七", At(1));
        d.Submit(Drafter, At(2));
        d.Return(Reviewer, "请补充附件。", At(3));
        d.Submit(Drafter, At(4));
        d.PassConfidentialityReview(Reviewer, Opinion, At(5));
        d.SignOff(Leader, At(6), 0, null, At(7), null);
        d.PublishScheduled(At(7), IndexNo);
        d.PrepareCorrection(Valid() with { Title = "更正后的标题" }, "编辑钱七", "错别字。", At(8));
        d.SubmitCorrection("编辑钱七", At(9));
        d.PassCorrectionReview(Reviewer, Opinion, At(10));
        d.SignOffCorrection(Leader, At(11), 0, null);
        d.DeclareValidity(Validity.Amended, new DateOnly(2026, 1, 1), "部分条款修改。", 99, "法制科吴十", At(12));
        d.Withdraw(Leader, "已被新文件替代。", At(13));

        var expected = new (string Action, string Actor, DocumentState From, DocumentState To, string? Note)[]
        {
            ("Created", Drafter, DocumentState.Draft, DocumentState.Draft, null),
            ("Edited", "编辑钱七", DocumentState.Draft, DocumentState.Draft, null),
            ("Submitted", Drafter, DocumentState.Draft, DocumentState.ConfidentialityReview, null),
            ("Returned", Reviewer, DocumentState.ConfidentialityReview, DocumentState.Draft, "请补充附件。"),
            ("Submitted", Drafter, DocumentState.Draft, DocumentState.ConfidentialityReview, null),
            ("ConfidentialityPassed", Reviewer, DocumentState.ConfidentialityReview, DocumentState.SignOff, Opinion),
            ("Scheduled", Leader, DocumentState.SignOff, DocumentState.Scheduled, null),
            ("Published", "系统（定时发布）", DocumentState.Scheduled, DocumentState.Published, null),
            ("CorrectionPrepared", "编辑钱七", DocumentState.Published, DocumentState.Published, "错别字。"),
            ("CorrectionSubmitted", "编辑钱七", DocumentState.Published, DocumentState.Published, "错别字。"),
            ("CorrectionReviewed", Reviewer, DocumentState.Published, DocumentState.Published, Opinion),
            ("Corrected", Leader, DocumentState.Published, DocumentState.Published, "错别字。"),
            ("ValidityChanged", "法制科吴十", DocumentState.Published, DocumentState.Published, "已修改（2026-01-01）：部分条款修改。"),
            ("Withdrawn", Leader, DocumentState.Published, DocumentState.Withdrawn, "已被新文件替代。"),
        };

        Assert.Equal(expected.Length, d.Events.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = d.Events[i];
            Assert.Equal(expected[i], (e.Action, e.Actor, e.From, e.To, e.Note));
            Assert.Equal(At(i), e.At);
            Assert.Equal(DateTimeKind.Utc, e.At.Kind);
        }
    }

    [Fact]
    public void Immediate_publication_and_filing_are_recorded_with_the_leader()
    {
        var published = Published();
        var filed = Filed();

        Assert.Equal(
            ["Created", "Submitted", "ConfidentialityPassed", "Published"],
            published.Events.Select(e => e.Action));
        Assert.Equal(
            ["Created", "Submitted", "ConfidentialityPassed", "Filed"],
            filed.Events.Select(e => e.Action));
        Assert.All([published.Events[^1], filed.Events[^1]], e =>
        {
            Assert.Equal(Leader, e.Actor);
            Assert.Equal(At(3), e.At);
            Assert.Equal(DocumentState.SignOff, e.From);
        });
    }

    [Fact]
    public void Each_transition_event_ends_in_the_current_state()
    {
        foreach (var state in Enum.GetValues<DocumentState>())
        {
            var d = InState(state);
            Assert.Equal(state, d.Events[^1].To);
            for (var i = 1; i < d.Events.Count; i++)
            {
                Assert.Equal(d.Events[i - 1].To, d.Events[i].From);
            }
        }
    }

    [Fact]
    public void A_refused_move_records_nothing()
    {
        var d = InConfidentialityReview();
        var count = d.Events.Count;

        Assert.Throws<DomainRuleException>(() => d.SignOff(Leader, At(5), 0, null, null, IndexNo));
        Assert.Throws<DomainRuleException>(() => d.PassConfidentialityReview(Reviewer, " ", At(5)));
        Assert.Throws<DomainRuleException>(() => d.Return(Reviewer, "", At(5)));
        Assert.Throws<DomainRuleException>(() => d.Withdraw(Leader, "理由。", At(5)));

        Assert.Equal(count, d.Events.Count);
    }

    [Theory]
    [InlineData(DocumentState.Draft, "草稿")]
    [InlineData(DocumentState.ConfidentialityReview, "保密审查中")]
    [InlineData(DocumentState.SignOff, "待审签")]
    [InlineData(DocumentState.Scheduled, "定时发布")]
    [InlineData(DocumentState.Published, "已发布")]
    [InlineData(DocumentState.Filed, "已归档（不主动公开）")]
    [InlineData(DocumentState.Withdrawn, "已撤稿")]
    public void State_names_are_chinese(DocumentState state, string name)
    {
        Assert.Equal(name, state.DisplayName());
    }

    [Fact]
    public void Submitting_from_a_wrong_state_names_the_state()
    {
        var d = Published();

        Refused(() => d.Submit(Drafter, At(10)), "当前状态为“已发布”");
    }
}
