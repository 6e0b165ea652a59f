using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Tests.Documents.Docs;

namespace Zwgk.Domain.Tests.Documents;

/// <summary>A correction's whole path, for tests about what a correction ends in: prepared, reviewed and signed off by others.</summary>
internal static class CorrectionFlow
{
    public static void Correct(this Document d, DocumentContent content, string actor, string reason, DateTime now, int wordingFlags = 0, string? wordingOverrideReason = null)
    {
        if (d.Correction != CorrectionState.SignOff)
        {
            d.PrepareCorrection(content, actor, reason, now);
            d.SubmitCorrection(actor, now);
            d.PassCorrectionReview("审查员孙八", "不涉密。", now);
        }

        d.SignOffCorrection("领导周九", now, wordingFlags, wordingOverrideReason);
    }
}

// 更正 after 保密审查 (issue 11 item 8): a pending correction is not public, passes review again, and its preparer cannot pass it.
public sealed class DocumentCorrectionTests
{
    [Fact]
    public void A_prepared_correction_leaves_the_published_text_until_sign_off()
    {
        var d = Published();
        var title = d.Title;
        d.PrepareCorrection(Valid() with { Title = "更正后的标题" }, "编辑钱七", "标题有误。", At(10));
        d.SubmitCorrection("编辑钱七", At(10));
        d.PassCorrectionReview("审查员孙八", "不涉密。", At(11));
        Assert.Equal(title, d.Title);
        Assert.Equal(1, d.CurrentVersion);
        Assert.True(d.IsPublic);

        d.SignOffCorrection("领导周九", At(12), 0, null);
        Assert.Equal("更正后的标题", d.Title);
        Assert.Equal(2, d.CurrentVersion);
        Assert.Null(d.Correction);
        Assert.Equal("标题有误。", d.Versions[^1].Reason);
    }

    [Fact]
    public void The_preparer_of_a_correction_neither_reviews_nor_signs_it_off()
    {
        var d = Published();
        d.PrepareCorrection(Valid() with { Title = "更正后的标题" }, "编辑钱七", "标题有误。", At(10));
        d.SubmitCorrection("编辑钱七", At(10));
        Assert.Throws<DomainRuleException>(() => d.PassCorrectionReview("编辑钱七", "不涉密。", At(11)));
        d.PassCorrectionReview("审查员孙八", "不涉密。", At(11));
        Assert.Throws<DomainRuleException>(() => d.SignOffCorrection("编辑钱七", At(12), 0, null));
        Assert.Equal(1, d.CurrentVersion);
    }

    [Fact]
    public void A_returned_correction_can_be_revised_and_a_submitted_one_cannot()
    {
        var d = Published();
        d.PrepareCorrection(Valid() with { Title = "第一稿" }, "编辑钱七", "标题有误。", At(10));
        d.SubmitCorrection("编辑钱七", At(10));
        Assert.Throws<DomainRuleException>(() => d.PrepareCorrection(Valid() with { Title = "第二稿" }, "编辑钱七", "标题有误。", At(10)));
        d.ReturnCorrection("审查员孙八", "标题仍不准确。", At(11));
        Assert.Equal(CorrectionState.Draft, d.Correction);
        d.PrepareCorrection(Valid() with { Title = "第二稿" }, "编辑钱七", "标题有误。", At(12));
        Assert.Equal("第二稿", d.PendingCorrection!.Title);
        Assert.Contains(d.Events, e => e.Action == Document.CorrectionReturned && e.Note == "标题仍不准确。");
    }
}
