using Zwgk.Domain.Search;

namespace Zwgk.Domain.Tests.Search;

public sealed class ChineseTokenizerTests
{
    [Fact]
    public void Ideograph_runs_become_overlapping_bigrams_and_their_last_character()
    {
        Assert.Equal(["政务", "务公", "公开", "开"], ChineseTokenizer.Tokenize("政务公开"));
    }

    [Fact]
    public void A_lone_ideograph_is_its_own_token()
    {
        Assert.Equal(["市", "abc"], ChineseTokenizer.Tokenize("市。ABC"));
    }

    [Fact]
    public void Latin_and_digit_runs_are_lower_cased_words_with_full_width_folded()
    {
        Assert.Equal(["covid", "19", "疫情", "情", "ab12"], ChineseTokenizer.Tokenize("COVID-19疫情 ＡＢ１２"));
    }

    [Fact]
    public void A_document_number_splits_into_its_parts()
    {
        Assert.Equal(["烟政", "政办", "办发", "发", "2020", "17", "号"], ChineseTokenizer.Tokenize("烟政办发〔2020〕17号"));
    }

    [Fact]
    public void Whitespace_between_ideographs_does_not_end_the_run_when_indexing()
    {
        // PDF text breaks lines inside words: 政务公开⏎⏎标准化 is still 政务公开标准化.
        Assert.Contains("开标", ChineseTokenizer.Tokenize("政务公开\n\n标准化"));
        Assert.DoesNotContain("开标", ChineseTokenizer.ParseQuery("政务公开 标准化").Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Index_text_is_the_tokens_space_separated()
    {
        Assert.Equal("低保 保 2024", ChineseTokenizer.ToIndexText("低保（2024）"));
        Assert.Equal("", ChineseTokenizer.ToIndexText(null));
        Assert.Equal("", ChineseTokenizer.ToIndexText("，。、"));
    }

    [Fact]
    public void Very_long_words_are_cut_the_same_way_on_both_sides()
    {
        var word = new string('a', 200);
        var indexed = Assert.Single(ChineseTokenizer.Tokenize(word));
        Assert.Equal(ChineseTokenizer.MaxWordLength, indexed.Length);
        Assert.Equal(indexed, Assert.Single(ChineseTokenizer.ParseQuery(word).Tokens).Text);
    }

    [Fact]
    public void Supplementary_plane_ideographs_are_kept_whole()
    {
        Assert.Equal(["𠀀中", "中"], ChineseTokenizer.Tokenize("𠀀中"));
    }

    [Theory]
    [InlineData("烟政办发")]
    [InlineData("2020 17")]
    [InlineData("〔2020〕17号")]
    [InlineData("17号")]
    [InlineData("烟政办发〔2020〕17号")]
    [InlineData("烟政办发[2020]17号")]
    [InlineData("政务公开")]
    [InlineData("公开")]
    [InlineData("开")]
    [InlineData("政")]
    [InlineData("标准化")]
    [InlineData("ＢＺＨ")]
    public void Queries_find_a_document_number_and_title(string query)
    {
        var indexed = ChineseTokenizer.Tokenize("烟政办发〔2020〕17号 关于政务公开\n标准化（BZH）工作的通知");
        Assert.True(Matches(query, indexed), query);
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("18号")]
    [InlineData("低保")]
    [InlineData("公开 低保")]
    [InlineData("bz")]
    public void Queries_for_absent_words_do_not_match(string query)
    {
        var indexed = ChineseTokenizer.Tokenize("烟政办发〔2020〕17号 关于政务公开标准化（BZH）工作的通知");
        Assert.False(Matches(query, indexed), query);
    }

    [Fact]
    public void Two_character_queries_are_one_exact_bigram()
    {
        Assert.Equal([new QueryToken("低保", false)], ChineseTokenizer.ParseQuery("低保").Tokens);
        Assert.Equal([new QueryToken("社保", false)], ChineseTokenizer.ParseQuery(" 社保 ").Tokens);
    }

    [Fact]
    public void A_single_character_query_is_a_prefix()
    {
        var terms = ChineseTokenizer.ParseQuery("保");
        Assert.Equal([new QueryToken("保", true)], terms.Tokens);
        Assert.Equal("\"保\"*", terms.ToMatchQuery(SearchDialect.Sqlite));
        Assert.Equal("'保':*", terms.ToMatchQuery(SearchDialect.Postgres));
    }

    [Fact]
    public void Match_queries_and_all_tokens_and_quote_each()
    {
        Assert.Equal("\"烟政\" AND \"政办\" AND \"2020\" AND \"号\"*", ChineseTokenizer.ToMatchQuery("烟政办 2020 号", SearchDialect.Sqlite));
        Assert.Equal("'烟政' & '政办' & '2020' & '号':*", ChineseTokenizer.ToMatchQuery("烟政办 2020 号", SearchDialect.Postgres));
    }

    [Fact]
    public void Match_queries_can_be_restricted_to_the_title()
    {
        var terms = ChineseTokenizer.ParseQuery("公开 号");
        Assert.Equal("{TitleTokens} : (\"公开\" AND \"号\"*)", terms.ToMatchQuery(SearchDialect.Sqlite, "TitleTokens"));
        Assert.Equal("'公开':A & '号':*A", terms.ToMatchQuery(SearchDialect.Postgres, "A"));
    }

    [Theory]
    [InlineData("\"公开\" OR 低保*")]
    [InlineData("公开 AND (低保 OR NOT 社保)")]
    [InlineData("title:公开 & !低保 | 社保 <-> x")]
    [InlineData("'; DROP TABLE x; --")]
    [InlineData("NEAR(公开 低保, 2) ^公开 -x +y {TitleTokens}:z")]
    public void User_operators_are_only_separators(string query)
    {
        var terms = ChineseTokenizer.ParseQuery(query);
        Assert.All(terms.Tokens, t => Assert.True(t.Text.All(char.IsLetterOrDigit), t.Text));
        var sqlite = terms.ToMatchQuery(SearchDialect.Sqlite);
        var postgres = terms.ToMatchQuery(SearchDialect.Postgres);
        // Every token is quoted, joined only by our own AND.
        Assert.Equal(terms.Tokens.Count - 1, sqlite.Split(" AND ").Length - 1);
        Assert.Equal(terms.Tokens.Count - 1, postgres.Split(" & ").Length - 1);
        Assert.DoesNotContain("|", postgres);
        Assert.DoesNotContain("!", postgres);
    }

    [Fact]
    public void Words_like_or_and_not_are_searched_as_words()
    {
        // Lower-cased and quoted, "or" is a term, never the FTS5 operator OR.
        Assert.Equal("\"a\" AND \"or\" AND \"b\"", ChineseTokenizer.ToMatchQuery("a OR b", SearchDialect.Sqlite));
    }

    [Fact]
    public void A_query_without_letters_digits_or_ideographs_is_empty()
    {
        Assert.True(ChineseTokenizer.ParseQuery("《》“”——*:&|").IsEmpty);
        Assert.Null(ChineseTokenizer.ToMatchQuery("  ", SearchDialect.Postgres));
        Assert.Throws<InvalidOperationException>(() => ChineseTokenizer.ParseQuery("").ToMatchQuery(SearchDialect.Sqlite));
    }

    [Fact]
    public void Highlight_terms_are_the_typed_pieces_folded_longest_first()
    {
        Assert.Equal(["2020", "烟政办发", "17号"], ChineseTokenizer.ParseQuery("烟政办发〔２０２０〕17号").HighlightTerms);
    }

    [Fact]
    public void Repeated_tokens_are_asked_for_once()
    {
        Assert.Equal(["公开", "开公"], ChineseTokenizer.ParseQuery("公开公开 公开").Tokens.Select(t => t.Text));
    }

    [Theory]
    [InlineData("  政务公开\n\n标准化 ", "政务公开标准化")]
    [InlineData("2020 年 6 月\t2 日", "2020 年 6 月 2 日")]
    [InlineData("办公室 关于 COVID-19  防控", "办公室关于 COVID-19 防控")]
    [InlineData(null, "")]
    public void Tidy_whitespace_joins_ideographs_and_collapses_the_rest(string? text, string expected)
    {
        Assert.Equal(expected, ChineseTokenizer.TidyWhitespace(text));
    }

    /// <summary>What the engines do with the tokens: every query token is an indexed token, or a prefix of one.</summary>
    private static bool Matches(string query, IReadOnlyList<string> indexed)
    {
        var terms = ChineseTokenizer.ParseQuery(query);
        return !terms.IsEmpty && terms.Tokens.All(t =>
            t.IsPrefix ? indexed.Any(i => i.StartsWith(t.Text, StringComparison.Ordinal)) : indexed.Contains(t.Text));
    }
}
