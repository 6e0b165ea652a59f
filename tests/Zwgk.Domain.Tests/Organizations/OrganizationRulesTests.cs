using Zwgk.Domain.Organizations;

namespace Zwgk.Domain.Tests.Organizations;

public sealed class OrganizationRulesTests
{
    [Theory]
    // The worked example used in explanations of GB 32100-2015.
    [InlineData("91350100M000100Y43")]
    public void Valid_credit_codes_parse(string code)
    {
        Assert.True(CreditCode.TryParse(code, out var parsed, out var error), error);
        Assert.Equal(code, parsed!.Value);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "校验位")]
    [InlineData("1137060000419462", "18位")]
    [InlineData("I1370600004194627A", "不是有效字符")]
    public void Invalid_credit_codes_say_why(string code, string reason)
    {
        Assert.False(CreditCode.TryParse(code, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void A_completed_body_is_valid()
    {
        var code = CreditCode.FromBody("11370687MB0000012");
        Assert.True(CreditCode.TryParse(code.Value, out _, out _));
    }

    [Theory]
    [InlineData(OrganizationKind.Government, AdministrativeLevel.County, OrganizationKind.Government, AdministrativeLevel.City, true)]
    [InlineData(OrganizationKind.Government, AdministrativeLevel.Township, OrganizationKind.Government, AdministrativeLevel.County, true)]
    [InlineData(OrganizationKind.Department, AdministrativeLevel.County, OrganizationKind.Government, AdministrativeLevel.County, true)]
    [InlineData(OrganizationKind.Committee, AdministrativeLevel.Village, OrganizationKind.Government, AdministrativeLevel.Township, true)]
    [InlineData(OrganizationKind.Government, AdministrativeLevel.Township, OrganizationKind.Government, AdministrativeLevel.City, false)]
    [InlineData(OrganizationKind.Department, AdministrativeLevel.Township, OrganizationKind.Government, AdministrativeLevel.County, false)]
    [InlineData(OrganizationKind.Committee, AdministrativeLevel.Village, OrganizationKind.Government, AdministrativeLevel.County, false)]
    [InlineData(OrganizationKind.Department, AdministrativeLevel.County, OrganizationKind.Department, AdministrativeLevel.County, false)]
    public void The_tree_keeps_its_shape(OrganizationKind kind, AdministrativeLevel level, OrganizationKind parentKind, AdministrativeLevel parentLevel, bool allowed)
    {
        Assert.Equal(allowed, OrganizationPlacement.Check(kind, level, parentKind, parentLevel) is null);
    }

    [Fact]
    public void Only_a_city_government_is_a_root()
    {
        Assert.Null(OrganizationPlacement.Check(OrganizationKind.Government, AdministrativeLevel.City, null, null));
        Assert.NotNull(OrganizationPlacement.Check(OrganizationKind.Government, AdministrativeLevel.County, null, null));
    }
}
