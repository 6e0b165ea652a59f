using Zwgk.Domain.Catalogs;
using static Zwgk.Domain.Tests.Catalogs.Items;

namespace Zwgk.Domain.Tests.Catalogs;

public sealed class CatalogTermsTests
{
    [Theory]
    [InlineData("就业创业")]
    [InlineData("就业领域")]
    [InlineData(" 就业 ")]
    public void A_domain_is_recognised_by_any_of_its_names(string text) =>
        Assert.True(new PilotDomain(8, "就业", "就业创业").IsNamed(text));

    [Fact]
    public void Channels_are_read_in_the_spellings_catalogs_use()
    {
        var (known, unknown) = Channels.Parse("政府网站、两微一端，村（社区）公示栏；飞鸽传书");
        Assert.Equal(["政府网站", "政务新媒体", "村(居)务公开栏"], known);
        Assert.Equal(["飞鸽传书"], unknown);
    }

    [Fact]
    public void Every_required_element_is_named_when_missing()
    {
        var problems = new ItemElements().Problems(unitCatalog: true).Select(p => p.Column).ToList();
        Assert.Equal([Columns.Category, Columns.Name, Columns.Content, Columns.LegalBasis, Columns.ResponsibleBody, Columns.Channels, Columns.Levels], problems);
        Assert.Empty(Guide().Problems(unitCatalog: true));
        Assert.Contains((Guide() with { Audience = Audience.SpecificGroup }).Problems(true), p => p.Column == Columns.Audience);
    }

    [Fact]
    public void Audience_method_and_levels_are_parsed_from_the_standard_wording()
    {
        Assert.True(CatalogTermsExtensions.TryParseAudience("特定群体：低保申请对象", out var a, out var group));
        Assert.Equal((Audience.SpecificGroup, "低保申请对象"), (a, group));
        Assert.True(CatalogTermsExtensions.TryParseMethod("依申请公开", out var m));
        Assert.Equal(DisclosureMethod.OnRequest, m);
        Assert.True(CatalogTermsExtensions.TryParseLevels("县级、乡级", out var l));
        Assert.Equal(CatalogLevels.County | CatalogLevels.Township, l);
        Assert.False(CatalogTermsExtensions.TryParseLevels("省级", out _));
    }

    [Fact]
    public void The_diff_against_the_guideline_names_each_adapted_element()
    {
        var adapted = Guide() with { ResponsibleBody = "东村街道办事处", ChannelList = "政府网站" };
        var changes = Guide().ChangesTo(adapted);
        Assert.Equal([Columns.ResponsibleBody, Columns.Channels], changes.Select(c => c.Column));
        Assert.Equal("东村街道办事处", changes[0].After);
    }
}
