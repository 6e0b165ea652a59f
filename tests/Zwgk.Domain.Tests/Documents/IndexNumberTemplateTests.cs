using Zwgk.Domain.Documents;

namespace Zwgk.Domain.Tests.Documents;

public sealed class IndexNumberTemplateTests
{
    [Theory]
    [InlineData(IndexNumberTemplate.Default)]
    [InlineData("{code}/{year}-{serial}")]
    [InlineData("{year}{serial:6}")]
    [InlineData("YT-{serial:4}-{year}")]
    public void Templates_with_year_and_serial_are_accepted(string template)
    {
        Assert.Null(IndexNumberTemplate.Check(template));
    }

    [Theory]
    [InlineData("{code}/{serial:5}")]
    [InlineData("{code}/{year}")]
    [InlineData("{code}/{year}-{serial:}")] // not a placeholder
    [InlineData("{code}/{Year}-{serial:5}")] // placeholders are lower case
    [InlineData("{code}")]
    public void Templates_without_year_or_serial_are_rejected(string template)
    {
        var reason = IndexNumberTemplate.Check(template);

        Assert.NotNull(reason);
        Assert.Contains("须包含 {year} 和 {serial}", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_template_is_rejected(string template)
    {
        Assert.Contains("不能为空", IndexNumberTemplate.Check(template), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_over_100_characters_is_rejected()
    {
        var template = "{year}-{serial:5}" + new string('X', 100 - 17);
        Assert.Equal(100, template.Length);
        Assert.Null(IndexNumberTemplate.Check(template));

        Assert.Contains("不超过100字符", IndexNumberTemplate.Check(template + "X"), StringComparison.Ordinal);
    }

    [Fact]
    public void Default_template_gives_the_documented_example()
    {
        Assert.Equal("{code}/{year}-{serial:5}", IndexNumberTemplate.Default);
        Assert.Equal(
            "11370600MB0000001X/2026-00017",
            IndexNumberTemplate.Format(IndexNumberTemplate.Default, "11370600MB0000001X", 2026, 17));
    }

    [Theory]
    [InlineData("{serial:5}", 1, "00001")]
    [InlineData("{serial:5}", 99999, "99999")]
    [InlineData("{serial:5}", 123456, "123456")] // never truncated
    [InlineData("{serial:3}", 7, "007")]
    [InlineData("{serial}", 7, "7")]
    [InlineData("{serial:12}", 42, "000000000042")]
    public void Serial_is_padded_to_the_width(string template, int serial, string expected)
    {
        Assert.Equal(expected, IndexNumberTemplate.Format(template, "CODE", 2026, serial));
    }

    [Fact]
    public void Every_placeholder_is_replaced_and_other_text_is_kept()
    {
        Assert.Equal(
            "索引-2025/CODE/2025-0003{unknown}",
            IndexNumberTemplate.Format("索引-{year}/{code}/{year}-{serial:4}{unknown}", "CODE", 2025, 3));
    }
}
