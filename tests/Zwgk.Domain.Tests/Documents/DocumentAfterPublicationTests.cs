using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Tests.Documents.Docs;

namespace Zwgk.Domain.Tests.Documents;

// 撤稿, 更正 (versions) and the yearly turn of a filed document to 主动公开.
public sealed class DocumentAfterPublicationTests
{
    // ---- Withdraw ----

    [Fact]
    public void Withdrawal_takes_the_document_off_the_public_but_keeps_the_record()
    {
        var d = Published();
        var eventsBefore = d.Events.ToList();

        d.Withdraw("管理员孙八", "  附件数据有误。 ", At(10));

        Assert.Equal(DocumentState.Withdrawn, d.State);
        Assert.False(d.IsPublic);
        Assert.Equal(At(10), d.WithdrawnAt);
        Assert.Equal("附件数据有误。", d.WithdrawalReason);
        // The record stays: index number, publication time, versions and the whole history.
        Assert.Equal(IndexNo, d.IndexNumber);
        Assert.Equal(At(3), d.PublishedAt);
        Assert.Single(d.Versions);
        Assert.Equal(eventsBefore.Count + 1, d.Events.Count);
        Assert.Equal(eventsBefore, d.Events.Take(eventsBefore.Count));
        var e = d.Events[^1];
        Assert.Equal("Withdrawn", e.Action);
        Assert.Equal(DocumentState.Published, e.From);
        Assert.Equal(DocumentState.Withdrawn, e.To);
        Assert.Equal("管理员孙八", e.Actor);
        Assert.Equal("附件数据有误。", e.Note);
    }

    [Fact]
    public void A_scheduled_document_can_be_withdrawn_and_then_never_goes_out()
    {
        var publishAt = At(60 * 24);
        var d = Scheduled(publishAt);

        d.Withdraw(Leader, "发布时间调整。", At(10));

        Assert.Equal(DocumentState.Withdrawn, d.State);
        Assert.Null(d.ScheduledFor);
        Refused(() => d.PublishScheduled(publishAt, IndexNo), "不是定时发布状态");
        Assert.False(d.IsPublic);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Withdrawal_needs_a_reason(string reason)
    {
        var d = Published();

        Refused(() => d.Withdraw(Leader, reason, At(10)), "撤稿须填写理由");

        Assert.Equal(DocumentState.Published, d.State);
        Assert.True(d.IsPublic);
        Assert.Null(d.WithdrawnAt);
    }

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.ConfidentialityReview)]
    [InlineData(DocumentState.SignOff)]
    [InlineData(DocumentState.Filed)]
    [InlineData(DocumentState.Withdrawn)]
    public void Only_published_or_scheduled_documents_can_be_withdrawn(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.Withdraw(Leader, "理由。", At(10)), "只有已发布或定时发布的信息可以撤稿");
        Assert.Equal(state, d.State);
    }

    // ---- Correct ----

    [Fact]
    public void Correction_publishes_version_2_and_keeps_version_1()
    {
        var d = Published();
        var original = Valid();

        d.Correct(original with { Title = "更正后的标题", BodyHtml = "<p>更正后的正文</p>" }, "编辑钱七", "  第三条数字有误。 ", At(10));

        Assert.Equal(DocumentState.Published, d.State);
        Assert.True(d.IsPublic);
        Assert.Equal(2, d.CurrentVersion);
        Assert.Equal("更正后的标题", d.Title);
        Assert.Equal([1, 2], d.Versions.Select(v => v.Number));

        var v1 = d.Versions[0];
        Assert.Equal(original.Title, v1.Title);
        Assert.Equal(original.BodyHtml, v1.BodyHtml);
        Assert.Equal(At(3), v1.PublishedAt);

        var v2 = d.Versions[1];
        Assert.Equal("更正后的标题", v2.Title);
        Assert.Equal("<p>更正后的正文</p>", v2.BodyHtml);
        Assert.Equal(At(10), v2.PublishedAt);
        // The new version goes public at the correction's sign-off (by someone who did not prepare it).
        Assert.Equal("领导周九", v2.Actor);
        Assert.Equal("第三条数字有误。", v2.Reason);

        // The document keeps its identity: same index number, first publication time.
        Assert.Equal(IndexNo, d.IndexNumber);
        Assert.Equal(At(3), d.PublishedAt);

        var e = d.Events[^1];
        Assert.Equal("Corrected", e.Action);
        Assert.Equal(DocumentState.Published, e.From);
        Assert.Equal(DocumentState.Published, e.To);
        Assert.Equal("第三条数字有误。", e.Note);
    }

    [Fact]
    public void A_correction_with_flagged_wording_needs_a_reason_and_records_it()
    {
        var d = Published();

        var refused = Assert.Throws<DomainRuleException>(() => d.Correct(Valid() with { Title = "环境保护部文件" }, Drafter, "更正标题。", At(10), wordingFlags: 1, wordingOverrideReason: " "));
        Assert.Contains("1 处疑似错敏表述", refused.Message, StringComparison.Ordinal);
        Assert.Single(d.Versions);
        Assert.NotEqual("环境保护部文件", d.Title);

        d.Correct(Valid() with { Title = "环境保护部文件" }, Drafter, "更正标题。", At(10), wordingFlags: 1, wordingOverrideReason: "引用原机构名称的历史文件");
        Assert.Equal(2, d.Versions.Count);
        Assert.Equal("更正标题。", d.Versions[^1].Reason);
        Assert.Contains("引用原机构名称的历史文件", d.Events[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Successive_corrections_number_the_versions()
    {
        var d = Published();

        d.Correct(Valid() with { Title = "第二版" }, Drafter, "更正一。", At(10));
        d.Correct(Valid() with { Title = "第三版" }, Drafter, "更正二。", At(11));

        Assert.Equal(3, d.CurrentVersion);
        Assert.Equal([Valid().Title, "第二版", "第三版"], d.Versions.Select(v => v.Title));
    }

    [Theory]
    [InlineData(DisclosureAttribute.OnRequest)]
    [InlineData(DisclosureAttribute.Withheld)]
    public void Correction_cannot_change_the_attribute(DisclosureAttribute attribute)
    {
        var d = Published();

        Refused(() => d.Correct(NotProactive(attribute), Drafter, "改为不公开。", At(10)), "更正不能改变公开属性");

        Assert.Equal(DisclosureAttribute.Proactive, d.Attribute);
        Assert.True(d.IsPublic);
        Assert.Single(d.Versions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Correction_needs_a_reason(string reason)
    {
        var d = Published();

        Refused(() => d.Correct(Valid() with { Title = "新标题" }, Drafter, reason, At(10)), "更正须填写理由");

        Assert.Equal(Valid().Title, d.Title);
        Assert.Equal(1, d.CurrentVersion);
    }

    [Theory]
    [MemberData(nameof(DocumentContentTests.MissingFields), MemberType = typeof(DocumentContentTests))]
    public void Corrected_content_must_be_complete(string field, string message)
    {
        var d = Published();
        var title = d.Title;
        var topics = d.Topics;

        var ex = Refused(() => d.Correct(DocumentContentTests.Without(field), Drafter, "更正。", At(10)), "更正后的内容不完整");

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal(title, d.Title);
        Assert.Equal(topics, d.Topics);
        Assert.Single(d.Versions);
    }

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.SignOff)]
    [InlineData(DocumentState.Scheduled)]
    [InlineData(DocumentState.Filed)]
    [InlineData(DocumentState.Withdrawn)]
    public void Only_published_documents_can_be_corrected(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.Correct(d.Content with { Title = "新标题" }, Drafter, "更正。", At(10)), "只有已发布的信息可以更正");
        Assert.Equal(state, d.State);
    }

    // ---- ConvertToProactive ----

    [Theory]
    [InlineData(DisclosureAttribute.OnRequest)]
    [InlineData(DisclosureAttribute.Withheld)]
    public void Filed_document_turned_proactive_is_published_with_an_index_number(DisclosureAttribute attribute)
    {
        var d = Filed(attribute);

        d.ConvertToProactive("公开办周九", "  申请公开次数达到标准。 ", At(10), IndexNo);

        Assert.Equal(DocumentState.Published, d.State);
        Assert.Equal(DisclosureAttribute.Proactive, d.Attribute);
        Assert.True(d.IsPublic);
        Assert.Equal(IndexNo, d.IndexNumber);
        Assert.Equal(At(10), d.PublishedAt);
        Assert.Null(d.WithholdingReason);
        Assert.Null(d.WithholdingBasis);
        Assert.Equal(1, Assert.Single(d.Versions).Number);

        var converted = d.Events[^2];
        Assert.Equal("Converted", converted.Action);
        Assert.Equal("公开办周九", converted.Actor);
        Assert.Equal(DocumentState.Filed, converted.From);
        Assert.Equal(DocumentState.Filed, converted.To);
        Assert.Contains($"{attribute.DisplayName()} → 主动公开", converted.Note, StringComparison.Ordinal);
        Assert.Contains("申请公开次数达到标准。", converted.Note, StringComparison.Ordinal);

        var published = d.Events[^1];
        Assert.Equal("Published", published.Action);
        Assert.Equal(DocumentState.Filed, published.From);
        Assert.Equal(DocumentState.Published, published.To);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Conversion_needs_a_reason(string reason)
    {
        var d = Filed();

        Refused(() => d.ConvertToProactive("公开办周九", reason, At(10), IndexNo), "转为主动公开须填写理由");

        Assert.Equal(DocumentState.Filed, d.State);
        Assert.Equal(DisclosureAttribute.OnRequest, d.Attribute);
    }

    [Fact]
    public void Failed_conversion_without_index_number_leaves_the_filed_document_as_it_was()
    {
        var d = Filed();
        var events = d.Events.Count;

        Refused(() => d.ConvertToProactive("公开办周九", "年度审查后转为主动公开。", At(10), null), "索引号");

        Assert.Equal(DocumentState.Filed, d.State);
        Assert.Equal(DisclosureAttribute.OnRequest, d.Attribute);
        Assert.Equal(WithholdingReason.ProcessInformation, d.WithholdingReason);
        Assert.Equal(Basis, d.WithholdingBasis);
        Assert.Equal(events, d.Events.Count);

        // …and it can still be converted once an index number is there.
        d.ConvertToProactive("公开办周九", "年度审查后转为主动公开。", At(11), IndexNo);
        Assert.True(d.IsPublic);
    }

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.SignOff)]
    [InlineData(DocumentState.Scheduled)]
    [InlineData(DocumentState.Published)]
    [InlineData(DocumentState.Withdrawn)]
    public void Only_filed_documents_can_be_turned_proactive(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.ConvertToProactive("公开办周九", "理由。", At(10), IndexNo), "只有已归档的依申请公开或不予公开信息可以转为主动公开");
        Assert.Equal(state, d.State);
    }
}
