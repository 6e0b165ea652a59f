using Zwgk.Domain.Calendar;
using static Zwgk.Domain.Tests.Calendar.RealCalendar;

namespace Zwgk.Domain.Tests.Calendar;

public class ChinaCalendarCsvTests
{
    private const string HeaderLine = "date,kind,name,notice_year,source";

    private static IReadOnlyList<CalendarDay> Parse(string text)
    {
        using var reader = new StringReader(text);
        return ChinaCalendarCsv.Parse(reader);
    }

    private static FormatException ParseFails(string text) =>
        Assert.Throws<FormatException>(() => Parse(text));

    [Fact]
    public void Real_file_has_292_rows_covering_2019_to_2026()
    {
        var days = Days;

        Assert.Equal(292, days.Count);
        Assert.Equal(240, days.Count(d => d.Kind == CalendarDayKind.Holiday));
        Assert.Equal(52, days.Count(d => d.Kind == CalendarDayKind.Workday));
        Assert.Equal(Enumerable.Range(2019, 8), days.Select(d => d.Date.Year).Distinct().Order());
        Assert.All(days, d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
    }

    [Fact]
    public void Real_file_rows_are_read_field_by_field()
    {
        var makeUp = Assert.Single(Days, d => d.Date == D("2024-10-12"));
        Assert.Equal(CalendarDayKind.Workday, makeUp.Kind);
        Assert.Equal("国庆节", makeUp.Name);
        Assert.Equal("国务院办公厅关于2024年部分节假日安排的通知", makeUp.Source);

        // Fixed by the 2023 notice although it falls in 2022.
        var newYearsEve = Assert.Single(Days, d => d.Date == D("2022-12-31"));
        Assert.Equal(CalendarDayKind.Holiday, newYearsEve.Kind);
        Assert.Equal("元旦", newYearsEve.Name);
    }

    [Fact]
    public void Parses_a_minimal_file()
    {
        var days = Parse($"{HeaderLine}\n2025-01-26,workday,春节,2025,通知甲\n2025-01-28,holiday,春节,2025,通知甲\n");

        Assert.Equal(
            [
                new CalendarDay(D("2025-01-26"), CalendarDayKind.Workday, "春节", "通知甲"),
                new CalendarDay(D("2025-01-28"), CalendarDayKind.Holiday, "春节", "通知甲"),
            ],
            days);
    }

    [Fact]
    public void Trims_fields_skips_blank_lines_and_accepts_a_byte_order_mark_and_crlf()
    {
        var days = Parse($"\uFEFF{HeaderLine}\r\n\r\n  2025-10-11 , Workday , 国庆节、中秋节 , 2025 , 通知（含调整） \r\n   \r\n");

        var day = Assert.Single(days);
        Assert.Equal(new CalendarDay(D("2025-10-11"), CalendarDayKind.Workday, "国庆节、中秋节", "通知（含调整）"), day);
    }

    [Fact]
    public void Quoted_field_may_contain_commas_and_doubled_quotes()
    {
        var day = Assert.Single(Parse($"{HeaderLine}\n2025-10-01,holiday,\"国庆节,中秋节\",2025,\"关于\"\"延长\"\"的通知\"\n"));

        Assert.Equal("国庆节,中秋节", day.Name);
        Assert.Equal("关于\"延长\"的通知", day.Source);
    }

    [Fact]
    public void Header_only_gives_no_rows()
    {
        Assert.Empty(Parse(HeaderLine));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-10-01,holiday,国庆节,2025,通知")]
    [InlineData("date,kind,name,source")]
    [InlineData("date;kind;name;notice_year;source")]
    public void Missing_or_wrong_header_is_rejected_on_line_1(string text)
    {
        var ex = ParseFails(text);

        Assert.StartsWith("第 1 行：", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-10-01,holiday,国庆节,2025", "应有 5 列")]
    [InlineData("2025-10-01,holiday,国庆节,2025,通知,多余", "应有 5 列")]
    [InlineData("2025/10/01,holiday,国庆节,2025,通知", "日期")]
    [InlineData("2025-02-30,holiday,春节,2025,通知", "日期")]
    [InlineData("2025-10-01,rest,国庆节,2025,通知", "类型")]
    [InlineData("2025-10-01,holiday,国庆节,二〇二五,通知", "通知年份")]
    [InlineData("2025-10-01,holiday,国庆节,2024,通知", "通知年份")]
    [InlineData("2025-10-01,holiday,,2025,通知", "名称")]
    [InlineData("2025-10-01,holiday,国庆节,2025,", "依据")]
    [InlineData("2024-10-15,workday,国庆节,2024,通知", "不是周六或周日")]
    [InlineData("2025-10-01,holiday,\"国庆节,2025,通知", "引号")]
    [InlineData("2025-10-01,holiday,\"国庆节\"x,2025,通知", "引号")]
    [InlineData("2025-10-01,holiday,国\"庆节,2025,通知", "引号")]
    public void Malformed_line_is_rejected_with_its_line_number(string badLine, string reason)
    {
        var ex = ParseFails($"{HeaderLine}\n2025-01-01,holiday,元旦,2025,通知\n\n{badLine}\n2025-01-26,workday,春节,2025,通知\n");

        Assert.StartsWith("第 4 行：", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Late_december_day_may_cite_the_next_years_notice()
    {
        var day = Assert.Single(Parse($"{HeaderLine}\n2022-12-31,holiday,元旦,2023,通知\n"));

        Assert.Equal(D("2022-12-31"), day.Date);
    }

    [Fact]
    public void Duplicate_date_is_rejected_naming_both_lines()
    {
        var ex = ParseFails($"{HeaderLine}\n2025-10-01,holiday,国庆节,2025,通知\n2025-10-01,holiday,国庆节,2025,通知\n");

        Assert.Equal("第 3 行：日期 2025-10-01 与第 2 行重复。", ex.Message);
    }
}
