using Zwgk.Domain.Search;

namespace Zwgk.Domain.Tests.Search;

public sealed class SearchHighlighterTests
{
    private static IReadOnlyList<string> Terms(string query) => ChineseTokenizer.ParseQuery(query).HighlightTerms;

    [Fact]
    public void Marks_each_occurrence_and_encodes_the_rest()
    {
        Assert.Equal(
            "关于&lt;script&gt;<mark>低保</mark>与<mark>低保</mark>金",
            SearchHighlighter.Highlight("关于<script>低保与低保金", Terms("低保")));
    }

    [Fact]
    public void Overlapping_and_touching_terms_merge_into_one_mark()
    {
        Assert.Equal("<mark>政务公开</mark>工作", SearchHighlighter.Highlight("政务公开工作", Terms("政务 务公开")));
        Assert.Equal("〔<mark>2020</mark>〕<mark>17号</mark>", SearchHighlighter.Highlight("〔2020〕17号", Terms("2020 17号")));
    }

    [Fact]
    public void Matching_ignores_case_and_width_but_keeps_the_original_text()
    {
        Assert.Equal("<mark>ＡＢ</mark> 和 <mark>Ab</mark>", SearchHighlighter.Highlight("ＡＢ 和 Ab", Terms("ab")));
    }

    [Fact]
    public void Latin_terms_do_not_light_up_inside_longer_words()
    {
        Assert.Equal("2017年和<mark>17</mark>号", SearchHighlighter.Highlight("2017年和17号", Terms("17")));
    }

    [Fact]
    public void Text_without_matches_is_only_encoded()
    {
        Assert.Equal("a &amp; b &quot;c&quot;", SearchHighlighter.Highlight("a & b \"c\"", Terms("低保")));
        Assert.Equal("", SearchHighlighter.Highlight(null, Terms("低保")));
    }

    [Fact]
    public void Snippet_is_a_window_around_the_matches()
    {
        var text = new string('甲', 300) + "最低生活保障即低保" + new string('乙', 300);
        var snippet = SearchHighlighter.Snippet(text, Terms("低保"));

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>低保</mark>", snippet);
        Assert.InRange(snippet.Replace("<mark>", "").Replace("</mark>", "").Length, 120, 124);
        // Some text before the match is kept for context.
        Assert.Contains("甲最低生活保障即", snippet);
    }

    [Fact]
    public void Snippet_prefers_the_place_where_most_different_terms_meet()
    {
        var text = "社保" + new string('甲', 300) + "低保和社保" + new string('乙', 300);
        var snippet = SearchHighlighter.Snippet(text, Terms("社保 低保"));

        Assert.Contains("<mark>低保</mark>和<mark>社保</mark>", snippet);
    }

    [Fact]
    public void Snippet_without_matches_is_the_start_of_the_text()
    {
        var text = new string('甲', 200);
        Assert.Equal(new string('甲', 120) + "…", SearchHighlighter.Snippet(text, Terms("低保")));
        Assert.Equal("短文", SearchHighlighter.Snippet("短文", []));
    }

    [Fact]
    public void Snippet_at_the_end_of_the_text_shows_a_full_window()
    {
        var text = new string('甲', 300) + "低保";
        var snippet = SearchHighlighter.Snippet(text, Terms("低保"));
        Assert.EndsWith("<mark>低保</mark>", snippet);
        Assert.Equal(121, snippet.Replace("<mark>", "").Replace("</mark>", "").Length);
    }

    [Fact]
    public void Snippet_never_splits_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("𠀀", 200));
        var snippet = SearchHighlighter.Snippet(text, Terms("低保"), 121);
        Assert.DoesNotContain('\uFFFD', snippet);
        Assert.False(char.IsHighSurrogate(snippet.TrimEnd('…')[^1]));
    }
}
