using Zwgk.Domain.Documents;
using static Zwgk.Domain.Tests.Documents.Docs;

namespace Zwgk.Domain.Tests.Documents;

// Draft → 保密审查 → 审签 → published / scheduled / filed, and back to draft with a reason.
public sealed class DocumentReviewFlowTests
{
    [Fact]
    public void A_new_draft_is_not_public_and_has_no_versions()
    {
        var d = NewDraft();

        Assert.Equal(DocumentState.Draft, d.State);
        Assert.False(d.IsPublic);
        Assert.Empty(d.Versions);
        Assert.Equal(0, d.CurrentVersion);
        Assert.Null(d.IndexNumber);
        Assert.Equal(7, d.UnitId);
        Assert.Equal(1, d.SiteId);
        Assert.Equal(30, d.ColumnId);
    }

    // ---- Submit ----

    [Fact]
    public void Complete_draft_is_submitted_to_confidentiality_review()
    {
        var d = NewDraft();

        d.Submit(Drafter, At(1));

        Assert.Equal(DocumentState.ConfidentialityReview, d.State);
    }

    [Theory]
    [MemberData(nameof(DocumentContentTests.MissingFields), MemberType = typeof(DocumentContentTests))]
    public void Incomplete_draft_is_not_submitted_and_the_message_names_the_field(string field, string message)
    {
        var d = NewDraft(DocumentContentTests.Without(field));

        var ex = Refused(() => d.Submit(Drafter, At(1)), "稿件不完整：");

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentState.Draft, d.State);
        Assert.Single(d.Events);
    }

    [Fact]
    public void Submission_message_names_every_missing_field()
    {
        var d = NewDraft(new DocumentContent());

        var ex = Refused(() => d.Submit(Drafter, At(1)), "稿件不完整");

        foreach (var field in new[] { "标题", "成文日期", "发文机关", "体裁分类", "主题分类", "正文" })
        {
            Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(DisclosureAttribute.OnRequest)]
    [InlineData(DisclosureAttribute.Withheld)]
    public void Not_proactive_without_reason_is_not_issued(DisclosureAttribute attribute)
    {
        var d = NewDraft(NotProactive(attribute) with { WithholdingReason = null });

        Refused(() => d.Submit(Drafter, At(1)), "不主动公开的法定事由");
        Assert.Equal(DocumentState.Draft, d.State);
    }

    [Theory]
    [InlineData(DisclosureAttribute.OnRequest)]
    [InlineData(DisclosureAttribute.Withheld)]
    public void Not_proactive_without_written_basis_is_not_issued(DisclosureAttribute attribute)
    {
        var d = NewDraft(NotProactive(attribute) with { WithholdingBasis = null });

        Refused(() => d.Submit(Drafter, At(1)), "书面依据和理由");
        Assert.Equal(DocumentState.Draft, d.State);
    }

    [Theory]
    [InlineData(DocumentState.ConfidentialityReview)]
    [InlineData(DocumentState.SignOff)]
    [InlineData(DocumentState.Scheduled)]
    [InlineData(DocumentState.Published)]
    [InlineData(DocumentState.Filed)]
    [InlineData(DocumentState.Withdrawn)]
    public void Only_a_draft_can_be_submitted(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.Submit(Drafter, At(10)), "不能提交审查");
        Assert.Equal(state, d.State);
    }

    // ---- 保密审查 ----

    [Fact]
    public void Passing_confidentiality_review_records_the_named_reviewer_opinion_and_time()
    {
        var d = InConfidentialityReview();

        d.PassConfidentialityReview("保密员赵六", "  经审查，可以公开。 ", At(2));

        Assert.Equal(DocumentState.SignOff, d.State);
        Assert.Equal("保密员赵六", d.ConfidentialityReviewer);
        Assert.Equal("经审查，可以公开。", d.ConfidentialityOpinion);
        Assert.Equal(At(2), d.ConfidentialityReviewedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Confidentiality_review_needs_an_opinion(string opinion)
    {
        var d = InConfidentialityReview();

        Refused(() => d.PassConfidentialityReview(Reviewer, opinion, At(2)), "请填写保密审查意见");
        Assert.Equal(DocumentState.ConfidentialityReview, d.State);
        Assert.Null(d.ConfidentialityReviewer);
        Assert.Null(d.ConfidentialityReviewedAt);
    }

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.SignOff)]
    [InlineData(DocumentState.Published)]
    [InlineData(DocumentState.Filed)]
    public void Confidentiality_review_only_in_that_step(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.PassConfidentialityReview(Reviewer, Opinion, At(10)), "不在保密审查环节");
        Assert.Equal(state, d.State);
    }

    // ---- 审签 ----

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.ConfidentialityReview)]
    public void No_sign_off_before_confidentiality_review_is_passed(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.SignOff(Leader, At(3), 0, null, null, IndexNo), "不在审签环节");
        Assert.Equal(state, d.State);
        Assert.False(d.IsPublic);
        Assert.Null(d.SignedOffBy);
        Assert.Null(d.IndexNumber);
    }

    [Theory]
    [InlineData(DocumentState.Scheduled)]
    [InlineData(DocumentState.Published)]
    [InlineData(DocumentState.Filed)]
    [InlineData(DocumentState.Withdrawn)]
    public void No_second_sign_off(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.SignOff(Leader, At(10), 0, null, null, IndexNo), "不在审签环节");
        Assert.Equal(state, d.State);
    }

    [Fact]
    public void Proactive_document_is_published_with_its_index_number_at_sign_off()
    {
        var d = AtSignOff();

        d.SignOff(Leader, At(3), 0, null, null, IndexNo);

        Assert.Equal(DocumentState.Published, d.State);
        Assert.True(d.IsPublic);
        Assert.Equal(IndexNo, d.IndexNumber);
        Assert.Equal(At(3), d.PublishedAt);
        Assert.Equal(Leader, d.SignedOffBy);
        Assert.Equal(At(3), d.SignedOffAt);
        Assert.Null(d.ScheduledFor);
        Assert.Equal(1, d.CurrentVersion);
        var v1 = Assert.Single(d.Versions);
        Assert.Equal(1, v1.Number);
        Assert.Equal(Valid().Title, v1.Title);
        Assert.Equal(Valid().BodyHtml, v1.BodyHtml);
        Assert.Equal(Valid().DocumentNumber, v1.DocumentNumber);
        Assert.Equal(At(3), v1.PublishedAt);
        Assert.Equal(Leader, v1.Actor);
        Assert.Null(v1.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Proactive_document_is_not_published_without_an_index_number(string? indexNumber)
    {
        var d = AtSignOff();
        var events = d.Events.Count;

        Refused(() => d.SignOff(Leader, At(3), 0, null, null, indexNumber), "索引号");

        Assert.Equal(DocumentState.SignOff, d.State);
        Assert.False(d.IsPublic);
        Assert.Equal(events, d.Events.Count);
        // A refused sign-off leaves no trace of having been signed.
        Assert.Null(d.SignedOffBy);
        Assert.Null(d.SignedOffAt);
    }

    [Theory]
    [InlineData(0)]   // publishAt is now
    [InlineData(-30)] // publishAt already passed
    public void Publish_time_not_in_the_future_publishes_at_once(int offsetMinutes)
    {
        var d = AtSignOff();

        d.SignOff(Leader, At(3), 0, null, At(3 + offsetMinutes), IndexNo);

        Assert.Equal(DocumentState.Published, d.State);
        Assert.Equal(At(3), d.PublishedAt);
        Assert.Null(d.ScheduledFor);
    }

    [Fact]
    public void Future_publish_time_schedules_the_document()
    {
        var d = AtSignOff();
        var publishAt = At(60 * 24);

        d.SignOff(Leader, At(3), 0, null, publishAt, null);

        Assert.Equal(DocumentState.Scheduled, d.State);
        Assert.Equal(publishAt, d.ScheduledFor);
        Assert.False(d.IsPublic);
        Assert.Null(d.PublishedAt);
        Assert.Null(d.IndexNumber);
        Assert.Empty(d.Versions);
        Assert.Equal(Leader, d.SignedOffBy);
        Assert.Equal(At(3), d.SignedOffAt);
    }

    [Fact]
    public void Scheduled_document_is_not_published_before_its_time()
    {
        var publishAt = At(60 * 24);
        var d = Scheduled(publishAt);

        Refused(() => d.PublishScheduled(publishAt.AddSeconds(-1), IndexNo), "尚未到定时发布时间");

        Assert.Equal(DocumentState.Scheduled, d.State);
        Assert.False(d.IsPublic);
        Assert.Null(d.IndexNumber);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Scheduled_document_is_published_when_its_time_has_come(int minutesLate)
    {
        var publishAt = At(60 * 24);
        var d = Scheduled(publishAt);
        var now = publishAt.AddMinutes(minutesLate);

        d.PublishScheduled(now, IndexNo);

        Assert.Equal(DocumentState.Published, d.State);
        Assert.True(d.IsPublic);
        Assert.Equal(IndexNo, d.IndexNumber);
        Assert.Equal(now, d.PublishedAt);
        Assert.Null(d.ScheduledFor);
        Assert.Equal(1, Assert.Single(d.Versions).Number);
        var e = d.Events[^1];
        Assert.Equal("Published", e.Action);
        Assert.Equal(DocumentState.Scheduled, e.From);
        Assert.Equal(DocumentState.Published, e.To);
        Assert.Contains("定时发布", e.Actor, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheduled_document_needs_an_index_number_to_publish()
    {
        var publishAt = At(60 * 24);
        var d = Scheduled(publishAt);

        Refused(() => d.PublishScheduled(publishAt, null), "索引号");
        Assert.Equal(DocumentState.Scheduled, d.State);
    }

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.SignOff)]
    [InlineData(DocumentState.Published)]
    [InlineData(DocumentState.Filed)]
    [InlineData(DocumentState.Withdrawn)]
    public void Only_a_scheduled_document_is_published_by_the_job(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.PublishScheduled(At(60 * 48), IndexNo), "不是定时发布状态");
        Assert.Equal(state, d.State);
    }

    [Theory]
    [InlineData(DisclosureAttribute.OnRequest)]
    [InlineData(DisclosureAttribute.Withheld)]
    public void Not_proactive_document_is_filed_not_published(DisclosureAttribute attribute)
    {
        var d = AtSignOff(NotProactive(attribute));

        d.SignOff(Leader, At(3), 0, null, At(60 * 24), IndexNo);

        Assert.Equal(DocumentState.Filed, d.State);
        Assert.False(d.IsPublic);
        Assert.Null(d.PublishedAt);
        Assert.Null(d.ScheduledFor);
        Assert.Null(d.IndexNumber);
        Assert.Empty(d.Versions);
        Assert.Equal(Leader, d.SignedOffBy);
        var e = d.Events[^1];
        Assert.Equal("Filed", e.Action);
        Assert.Contains(attribute.DisplayName(), e.Note, StringComparison.Ordinal);
        Assert.Contains(WithholdingReason.ProcessInformation.DisplayName(), e.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Flagged_wording_needs_an_override_reason_at_sign_off(string? reason)
    {
        var d = AtSignOff();

        Refused(() => d.SignOff(Leader, At(3), 2, reason, null, IndexNo), "2 处疑似错敏表述");

        Assert.Equal(DocumentState.SignOff, d.State);
        Assert.Null(d.SignedOffBy);
    }

    [Fact]
    public void Flagged_wording_with_a_reason_is_published_and_the_reason_recorded()
    {
        var d = AtSignOff();

        d.SignOff(Leader, At(3), 1, "  “中华人民共合国”系引用原文，经核实无误。 ", null, IndexNo);

        Assert.Equal(DocumentState.Published, d.State);
        Assert.Equal("“中华人民共合国”系引用原文，经核实无误。", d.WordingOverrideReason);
    }

    [Fact]
    public void Override_reason_is_not_kept_when_nothing_was_flagged()
    {
        var d = AtSignOff();

        d.SignOff(Leader, At(3), 0, "无需理由", null, IndexNo);

        Assert.Null(d.WordingOverrideReason);
    }

    [Fact]
    public void Flagged_wording_also_blocks_filing_without_a_reason()
    {
        var d = AtSignOff(NotProactive());

        Refused(() => d.SignOff(Leader, At(3), 1, null, null, null), "疑似错敏表述");
        Assert.Equal(DocumentState.SignOff, d.State);
    }

    // ---- Return and edit ----

    [Theory]
    [InlineData(DocumentState.ConfidentialityReview)]
    [InlineData(DocumentState.SignOff)]
    [InlineData(DocumentState.Scheduled)]
    public void Each_review_step_can_return_to_draft_with_a_reason(DocumentState state)
    {
        var d = InState(state);

        d.Return("审核人", "  标题与正文不一致。 ", At(20));

        Assert.Equal(DocumentState.Draft, d.State);
        Assert.Null(d.ScheduledFor);
        Assert.False(d.IsPublic);
        var e = d.Events[^1];
        Assert.Equal("Returned", e.Action);
        Assert.Equal(state, e.From);
        Assert.Equal(DocumentState.Draft, e.To);
        Assert.Equal("审核人", e.Actor);
        Assert.Equal("标题与正文不一致。", e.Note);
        Assert.Equal(At(20), e.At);
    }

    [Theory]
    [InlineData(DocumentState.ConfidentialityReview, "")]
    [InlineData(DocumentState.SignOff, "  ")]
    [InlineData(DocumentState.Scheduled, "")]
    public void Return_needs_a_reason(DocumentState state, string reason)
    {
        var d = InState(state);

        Refused(() => d.Return("审核人", reason, At(20)), "退回须填写理由");
        Assert.Equal(state, d.State);
    }

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.Published)]
    [InlineData(DocumentState.Filed)]
    [InlineData(DocumentState.Withdrawn)]
    public void Only_documents_under_review_can_be_returned(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.Return("审核人", "需要修改。", At(20)), "只有审查、备案、审签或定时发布中的稿件可以退回");
        Assert.Equal(state, d.State);
    }

    [Fact]
    public void A_returned_document_goes_through_both_reviews_again()
    {
        var d = AtSignOff();
        d.Return(Leader, "数据需核实。", At(3));

        Refused(() => d.SignOff(Leader, At(4), 0, null, null, IndexNo), "不在审签环节");

        d.Edit(Valid() with { Title = "修改后的标题" }, 31, Drafter, At(5));
        d.Submit(Drafter, At(6));
        Refused(() => d.SignOff(Leader, At(7), 0, null, null, IndexNo), "不在审签环节");
        d.PassConfidentialityReview(Reviewer, Opinion, At(8));
        d.SignOff(Leader, At(9), 0, null, null, IndexNo);

        Assert.Equal(DocumentState.Published, d.State);
        Assert.Equal("修改后的标题", Assert.Single(d.Versions).Title);
        Assert.Equal(At(8), d.ConfidentialityReviewedAt);
    }

    [Fact]
    public void Draft_can_be_edited()
    {
        var d = NewDraft();

        d.Edit(Valid() with { Title = "新标题", Genre = "意见" }, 31, "编辑钱七", At(1));

        Assert.Equal("新标题", d.Title);
        Assert.Equal("意见", d.Genre);
        Assert.Equal(31, d.ColumnId);
        Assert.Equal(DocumentState.Draft, d.State);
        var e = d.Events[^1];
        Assert.Equal("Edited", e.Action);
        Assert.Equal("编辑钱七", e.Actor);
    }

    [Theory]
    [InlineData(DocumentState.ConfidentialityReview)]
    [InlineData(DocumentState.SignOff)]
    [InlineData(DocumentState.Scheduled)]
    [InlineData(DocumentState.Published)]
    [InlineData(DocumentState.Filed)]
    [InlineData(DocumentState.Withdrawn)]
    public void Only_a_draft_can_be_edited(DocumentState state)
    {
        var d = InState(state);
        var title = d.Title;

        Refused(() => d.Edit(Valid() with { Title = "偷偷改掉" }, 30, Drafter, At(30)), "只有草稿可以修改");

        Assert.Equal(title, d.Title);
        Assert.Equal(state, d.State);
    }
}
