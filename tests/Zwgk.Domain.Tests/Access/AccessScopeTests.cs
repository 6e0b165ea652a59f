using Zwgk.Domain.Access;
using Zwgk.Domain.Organizations;

namespace Zwgk.Domain.Tests.Access;

public sealed class AccessScopeTests
{
    // 烟台市 /1/ → 海阳市 /1/2/ → 东村街道 /1/2/3/ → 凤城社区 /1/2/3/4/; 莱阳市 /1/9/.
    private static readonly UnitPath City = UnitPath.Parse("/1/");
    private static readonly UnitPath Haiyang = UnitPath.Parse("/1/2/");
    private static readonly UnitPath Dongcun = UnitPath.Parse("/1/2/3/");
    private static readonly UnitPath Fengcheng = UnitPath.Parse("/1/2/3/4/");
    private static readonly UnitPath Laiyang = UnitPath.Parse("/1/9/");

    private static AccessScope Holding(params (Role Role, UnitPath Unit)[] grants) =>
        new(grants.Select(g => new RoleGrantScope(g.Role, g.Unit.Ids[^1], g.Unit)));

    [Fact]
    public void A_role_holds_on_its_unit_and_every_unit_below_but_not_above_or_beside()
    {
        var office = Holding((Role.DisclosureOffice, Haiyang));

        Assert.True(office.Has(Permission.ManageUsers, Haiyang));
        Assert.True(office.Has(Permission.ManageUsers, Fengcheng));
        Assert.False(office.Has(Permission.ManageUsers, City));
        Assert.False(office.Has(Permission.ManageUsers, Laiyang));
    }

    [Fact]
    public void A_path_prefix_that_is_not_a_whole_segment_does_not_count()
    {
        // "/1/2/" must not cover "/1/23/".
        var office = Holding((Role.DisclosureOffice, Haiyang));
        Assert.False(office.Has(Permission.ManageUnits, UnitPath.Parse("/1/23/")));
    }

    [Fact]
    public void Permissions_follow_the_role()
    {
        var editor = Holding((Role.Editor, Dongcun));

        Assert.True(editor.Has(Permission.EditContent, Fengcheng));
        Assert.False(editor.Has(Permission.ManageUsers, Dongcun));
        Assert.False(editor.Has(Permission.ViewAudit, Dongcun));
        Assert.False(editor.HasAnywhere(Permission.ManageCalendar));
        Assert.True(editor.HasAnywhere(Permission.ViewConsole));
    }

    [Fact]
    public void Roots_drop_subtrees_already_covered()
    {
        var scope = Holding((Role.DisclosureOffice, Haiyang), (Role.DisclosureOffice, Dongcun), (Role.DisclosureOffice, Laiyang));

        Assert.Equal([Haiyang, Laiyang], scope.Roots(Permission.ManageUnits));
    }

    [Fact]
    public void No_one_grants_a_role_whose_permissions_they_do_not_hold_there()
    {
        var office = Holding((Role.DisclosureOffice, Haiyang));

        Assert.Null(office.CheckCanGrant(Role.Editor, Dongcun));
        Assert.Null(office.CheckCanGrant(Role.DisclosureOffice, Dongcun));
        Assert.NotNull(office.CheckCanGrant(Role.SystemAdmin, Dongcun));
        Assert.NotNull(office.CheckCanGrant(Role.Editor, Laiyang));
        Assert.NotNull(office.CheckCanGrant(Role.Editor, City));
    }

    [Fact]
    public void Only_a_system_admin_makes_a_system_admin_and_an_editor_grants_nothing()
    {
        Assert.Null(Holding((Role.SystemAdmin, City)).CheckCanGrant(Role.SystemAdmin, Laiyang));
        var editor = Holding((Role.Editor, Dongcun));
        Assert.All(Enum.GetValues<Role>(), r => Assert.NotNull(editor.CheckCanGrant(r, Fengcheng)));
    }

    [Fact]
    public void Nobody_without_grants_can_do_anything()
    {
        Assert.All(Enum.GetValues<Permission>(), p => Assert.False(AccessScope.None.HasAnywhere(p)));
    }
}
