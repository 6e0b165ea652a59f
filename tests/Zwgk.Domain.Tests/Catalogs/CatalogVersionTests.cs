using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Tests.Catalogs.Items;

namespace Zwgk.Domain.Tests.Catalogs;

public sealed class CatalogVersionTests
{
    [Fact]
    public void A_published_catalog_is_frozen()
    {
        var c = Published();
        CatalogReviewFlowTests.SetIds(c);
        var e = Assert.Throws<DomainRuleException>(() => c.EditItem(1, Guide() with { Content = "改" }, Editor, T0));
        Assert.Contains("修订版本", e.Message);
        Assert.Throws<DomainRuleException>(() => c.AddItem(Row("新事项"), Editor, T0));
        Assert.Throws<DomainRuleException>(() => c.RemoveItem(1, Editor, T0));
    }

    [Fact]
    public void A_revision_keeps_item_identity_and_the_history_says_what_was_added_changed_and_removed()
    {
        var v1 = Published("办事指南", "审核信息", "审批信息");
        Assert.Throws<DomainRuleException>(() => v1.StartRevision(Editor, " ", T0));
        var v2 = v1.StartRevision(Editor, "按2026年新标准调整", T0.AddDays(30));
        Assert.Equal(2, v2.Number);
        Assert.Equal(CatalogState.Draft, v2.State);
        Assert.Equal(v1.Items.Select(i => i.Key), v2.Items.Select(i => i.Key));
        CatalogReviewFlowTests.SetIds(v2);

        v2.EditItem(1, Guide() with { ChannelList = "政府网站、政务新媒体" }, Editor, T0.AddDays(30));
        v2.RemoveItem(3, Editor, T0.AddDays(30));
        v2.AddItem(Row("政策法规文件"), Editor, T0.AddDays(30));

        var diff = CatalogDiff.Between(v1.Items, v2.Items);
        var changed = Assert.Single(diff, d => d.Kind == ItemChangeKind.Changed);
        Assert.Equal("办事指南", changed.Name);
        Assert.Equal(Columns.Channels, Assert.Single(changed.Elements).Column);
        Assert.Equal("审批信息", Assert.Single(diff, d => d.Kind == ItemChangeKind.Removed).Name);
        Assert.Equal("政策法规文件", Assert.Single(diff, d => d.Kind == ItemChangeKind.Added).Name);
        // Carried-over items keep the date their obligation began; the new one starts when v2 goes public.
        Assert.Equal(v1.PublishedAt, v2.Items[0].FirstPublishedAt);
        Assert.Null(v2.Items.Single(i => i.Elements.Name == "政策法规文件").FirstPublishedAt);
    }

    [Fact]
    public void Only_the_current_version_is_superseded()
    {
        var v1 = Published();
        v1.Supersede("系统", T0.AddDays(1));
        Assert.Equal(CatalogState.Superseded, v1.State);
        Assert.Throws<DomainRuleException>(() => v1.Supersede("系统", T0.AddDays(2)));
    }

    [Fact]
    public void Duplicate_items_in_a_domain_are_refused_but_the_same_name_in_another_domain_is_fine()
    {
        var c = Draft("办事指南");
        Assert.Contains("已有事项", Assert.Throws<DomainRuleException>(() => c.AddItem(Row("办事指南"), Editor, T0)).Message);
        c.AddItem(Row("办事指南", domain: 5), Editor, T0);
        Assert.Equal(2, c.Items.Count);
    }

    [Fact]
    public void Not_applicable_needs_a_reason_and_an_import_keeps_identities_of_matching_items()
    {
        var c = Draft("办事指南", "审核信息");
        CatalogReviewFlowTests.SetIds(c);
        Assert.Throws<DomainRuleException>(() => c.SetApplicability(2, true, "", Editor, T0));
        c.SetApplicability(2, true, "本街道无特困供养机构", Editor, T0);
        Assert.True(c.Items[1].NotApplicable);

        var key = c.Items[0].Key;
        c.ReplaceItems([Row("办事指南"), Row("审批信息")], "目录.xlsx", Editor, T0);
        Assert.Equal(key, c.Items[0].Key);
        Assert.Equal(["办事指南", "审批信息"], c.Items.Select(i => i.Elements.Name));
        Assert.Contains("目录.xlsx", c.Events[^1].Note);
    }
}
