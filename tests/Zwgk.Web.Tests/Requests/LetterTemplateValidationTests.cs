using Zwgk.Domain.Requests;
using Zwgk.Web.Requests.Letters;

namespace Zwgk.Web.Tests.Requests;

/// <summary>What an edited letter text may contain: known placeholders, balanced sections, and on a reply the remedy notice.</summary>
public sealed class LetterTemplateValidationTests
{
    private static readonly LetterTemplateKey Clarification = LetterTemplateKey.For(LetterKind.ClarificationNotice, null);
    private static readonly LetterTemplateKey Reply = LetterTemplateKey.For(LetterKind.Reply, RequestOutcome.Disclosed);

    [Fact]
    public void Unknown_placeholders_are_named()
    {
        var errors = LetterTemplates.Validate(Clarification, "补正告知书", "{{申请人}}：\n请补正{{补正内容}}，联系{{ 经办人 }}。");

        Assert.Equal(["未知的占位符“{{补正内容}}”。", "未知的占位符“{{经办人}}”。"], errors["Body"]);
    }

    [Fact]
    public void Unbalanced_sections_and_unclosed_braces_are_refused()
    {
        Assert.Contains("没有对应的结束标记", LetterTemplates.Validate(Clarification, "标题", "{{#理由}}理由：{{理由}}")["Body"][0], StringComparison.Ordinal);
        Assert.Contains("没有对应的开始标记", LetterTemplates.Validate(Clarification, "标题", "理由{{/理由}}")["Body"][0], StringComparison.Ordinal);
        Assert.Contains("缺少结尾", LetterTemplates.Validate(Clarification, "标题{{申请人", "正文")["Title"][0], StringComparison.Ordinal);
        Assert.Equal(["请填写正文。"], LetterTemplates.Validate(Clarification, "标题", "  ")["Body"]);
    }

    [Fact]
    public void A_reply_must_always_print_the_remedy_notice()
    {
        Assert.Contains("救济途径", LetterTemplates.Validate(Reply, "答复", "{{申请人}}：\n予以公开。")["Body"][0], StringComparison.Ordinal);
        Assert.Contains("条件段落", LetterTemplates.Validate(Reply, "答复", "{{#理由}}{{救济途径}}{{/理由}}")["Body"][0], StringComparison.Ordinal);
        Assert.Empty(LetterTemplates.Validate(Reply, "答复", "{{申请人}}：\n予以公开。\n{{救济途径}}"));
        // A notice is not a reply: it needs no remedy notice.
        Assert.Empty(LetterTemplates.Validate(Clarification, "补正告知书", "{{申请人}}：\n请补正。"));
    }
}
