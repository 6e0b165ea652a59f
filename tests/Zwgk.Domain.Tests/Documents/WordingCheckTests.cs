using Zwgk.Domain.Documents;

namespace Zwgk.Domain.Tests.Documents;

public sealed class WordingCheckTests
{
    private static readonly WordingRule Misspelt = new("中华人民共合国", "中华人民共和国", Serious: true);
    private static readonly WordingRule Dated = new("国家质检总局", "国家市场监督管理总局", Serious: false);

    [Fact]
    public void Title_and_body_are_counted_separately()
    {
        var findings = WordingCheck.Find(
            [Misspelt],
            "中华人民共合国政府信息公开条例解读",
            "根据《中华人民共合国政府信息公开条例》……《中华人民共合国保守国家秘密法》");

        Assert.Equal(2, findings.Count);
        Assert.Equal(new WordingFinding("中华人民共合国", "中华人民共和国", true, "标题", 1), findings[0]);
        Assert.Equal(new WordingFinding("中华人民共合国", "中华人民共和国", true, "正文", 2), findings[1]);
    }

    [Fact]
    public void Only_where_a_term_occurs_is_reported()
    {
        var findings = WordingCheck.Find([Misspelt, Dated], "关于产品质量抽查的通知", "原国家质检总局发布的标准");

        var finding = Assert.Single(findings);
        Assert.Equal("国家质检总局", finding.Term);
        Assert.Equal("正文", finding.Where);
        Assert.Equal(1, finding.Count);
        Assert.False(finding.Serious);
        Assert.Equal("国家市场监督管理总局", finding.Suggestion);
    }

    [Fact]
    public void Clean_text_has_no_findings()
    {
        Assert.Empty(WordingCheck.Find([Misspelt, Dated], "中华人民共和国", "中华人民共和国政府信息公开条例"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_terms_are_ignored(string term)
    {
        var findings = WordingCheck.Find([new WordingRule(term, null, true), Misspelt], "标题   ", "正文中华人民共合国");

        var finding = Assert.Single(findings);
        Assert.Equal("中华人民共合国", finding.Term);
    }

    [Fact]
    public void Occurrences_are_counted_without_overlap()
    {
        var finding = Assert.Single(WordingCheck.Find([new WordingRule("哈哈", null, false)], "", "哈哈哈哈哈"));

        Assert.Equal(2, finding.Count);
    }

    [Fact]
    public void Rule_without_suggestion_is_reported_as_is()
    {
        var finding = Assert.Single(WordingCheck.Find([new WordingRule("敏感词", null, true)], "含敏感词的标题", ""));

        Assert.Null(finding.Suggestion);
        Assert.Equal("标题", finding.Where);
    }
}
