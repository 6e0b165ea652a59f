using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Tests.Catalogs.Items;

namespace Zwgk.Domain.Tests.Catalogs;

public sealed class CatalogReviewFlowTests
{
    [Fact]
    public void A_township_catalog_cannot_be_published_without_county_approval()
    {
        var c = Draft();
        Assert.Contains("审核通过后才能发布", Assert.Throws<DomainRuleException>(() => c.Publish(Editor, T0)).Message);
        c.Submit(Editor, T0, []);
        Assert.Throws<DomainRuleException>(() => c.Publish(Editor, T0));
        Assert.Equal(CatalogState.Submitted, c.State);
    }

    [Fact]
    public void The_township_cannot_approve_its_own_catalog_nor_can_a_reviewer_of_another_county()
    {
        var c = Draft();
        c.Submit(Editor, T0, []);
        var own = Assert.Throws<DomainRuleException>(() => c.Approve(Scope(Role.Reviewer, Township), County, "街道审核人", null, T0));
        Assert.Contains("上一级", own.Message);
        Assert.Throws<DomainRuleException>(() => c.Approve(Scope(Role.Reviewer, OtherCounty), County, "莱阳市审核人", null, T0));
        Assert.Throws<DomainRuleException>(() => c.Approve(Scope(Role.Editor, County), County, "海阳市信息员", null, T0));
        Assert.Equal(CatalogState.Submitted, c.State);

        c.Approve(Scope(Role.Reviewer, County), County, Reviewer, null, T0);
        Assert.Equal(CatalogState.Approved, c.State);
    }

    [Fact]
    public void A_city_reviewer_may_review_a_township_below_it_and_the_county_office_may_too()
    {
        var c = Draft();
        c.Submit(Editor, T0, []);
        c.Approve(Scope(Role.DisclosureOffice, County), County, "海阳市政务公开办", null, T0);
        Assert.Equal(CatalogState.Approved, c.State);
    }

    [Fact]
    public void The_reviewing_government_is_the_nearest_government_above()
    {
        var kinds = new Dictionary<int, Zwgk.Domain.Organizations.OrganizationKind>
        {
            [1] = Zwgk.Domain.Organizations.OrganizationKind.Government,
            [2] = Zwgk.Domain.Organizations.OrganizationKind.Government,
            [3] = Zwgk.Domain.Organizations.OrganizationKind.Government,
            [5] = Zwgk.Domain.Organizations.OrganizationKind.Department,
        };
        Assert.Equal(2, CatalogReview.ReviewingUnitId(Township, id => kinds[id]));
        Assert.Equal(2, CatalogReview.ReviewingUnitId(County.Child(5), id => kinds[id]));
        Assert.Equal(1, CatalogReview.ReviewingUnitId(County, id => kinds[id]));
        Assert.Null(CatalogReview.ReviewingUnitId(City, id => kinds[id]));
    }

    [Fact]
    public void Return_needs_a_comment_and_leaves_the_comments_on_the_items_for_the_editor()
    {
        var c = Draft("办事指南", "审核信息");
        SetIds(c);
        c.Submit(Editor, T0, []);
        var reviewer = Scope(Role.Reviewer, County);
        Assert.Throws<DomainRuleException>(() => c.Return(reviewer, County, Reviewer, " ", new Dictionary<int, string>(), T0));

        c.Return(reviewer, County, Reviewer, null, new Dictionary<int, string> { [2] = "公示期应写明7个工作日。" }, T0.AddMinutes(5));

        Assert.Equal(CatalogState.Draft, c.State);
        var comment = Assert.Single(c.OpenComments);
        Assert.Equal(c.Items[1].Key, comment.ItemKey);
        Assert.Equal(Reviewer, comment.Reviewer);
        Assert.Equal("Returned", c.Events[^1].Action);

        c.EditItem(2, Guide("审核信息") with { TimeLimit = TimeLimit.Parse("10个工作日内公开，公示7个工作日", out _)! }, Editor, T0.AddMinutes(6));
        c.Submit(Editor, T0.AddMinutes(7), []);
        Assert.Empty(c.OpenComments);
        Assert.Equal(2, c.Round);
    }

    [Fact]
    public void Submission_is_refused_while_a_service_item_name_does_not_match_the_service_list()
    {
        var c = Draft();
        var e = Assert.Throws<DomainRuleException>(() => c.Submit(Editor, T0, ["最低生活保障审核确认"]));
        Assert.Contains("最低生活保障审核确认", e.Message);
        Assert.Equal(CatalogState.Draft, c.State);
    }

    [Fact]
    public void A_service_item_must_name_its_service()
    {
        var c = Draft();
        var e = Assert.Throws<DomainRuleException>(() => c.AddItem(new NewCatalogItem(4, null, Guide("申请") with { IsService = true }), Editor, T0));
        Assert.Contains("政务服务事项名称", e.Message);
    }

    [Fact]
    public void Every_transition_is_recorded_with_who_and_when()
    {
        var c = Published();
        Assert.Equal(["Created", "ItemAdded", "Submitted", "Approved", "Published"], c.Events.Select(e => e.Action));
        Assert.Equal(Reviewer, c.Events.Single(e => e.Action == "Approved").Actor);
        Assert.Equal(T0.AddMinutes(2), c.PublishedAt);
        Assert.All(c.Items, i => Assert.Equal(T0.AddMinutes(2), i.FirstPublishedAt));
    }

    internal static void SetIds(StandardCatalog c)
    {
        var prop = typeof(CatalogItem).GetProperty(nameof(CatalogItem.Id))!;
        for (var i = 0; i < c.Items.Count; i++)
        {
            prop.SetValue(c.Items[i], i + 1);
        }
    }
}
