using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Tests.Documents.Docs;

namespace Zwgk.Domain.Tests.Workflow;

// The console offers exactly the steps a state allows, and a step offered is one the aggregate then takes.
public sealed class AvailableStepsTests
{
    [Fact]
    public void A_document_offers_the_steps_of_its_state_and_none_of_the_others()
    {
        Assert.Equal([DocumentStep.Edit, DocumentStep.Submit], Sorted(NewDraft().AvailableSteps()));
        Assert.Equal([DocumentStep.PassConfidentialityReview, DocumentStep.Return], Sorted(InConfidentialityReview().AvailableSteps()));
        Assert.Equal([DocumentStep.SignOff, DocumentStep.Return], Sorted(AtSignOff().AvailableSteps()));
        Assert.Equal([DocumentStep.Return, DocumentStep.Withdraw], Sorted(Scheduled(At(60)).AvailableSteps()));
        Assert.Equal([DocumentStep.Withdraw, DocumentStep.Correct, DocumentStep.DeclareValidity], Sorted(Published().AvailableSteps()));
        Assert.Equal([DocumentStep.ConvertToProactive, DocumentStep.DeclareValidity], Sorted(Filed().AvailableSteps()));

        var withdrawn = Published();
        withdrawn.Withdraw(Leader, "已被新文件替代。", At(9));
        Assert.Empty(withdrawn.AvailableSteps());
    }

    [Fact]
    public void A_step_a_document_does_not_offer_is_refused_when_tried()
    {
        var published = Published();
        Assert.DoesNotContain(DocumentStep.Edit, published.AvailableSteps());
        Assert.Throws<DomainRuleException>(() => published.Edit(Valid(), 30, Drafter, At(9)));
        Assert.DoesNotContain(DocumentStep.Submit, published.AvailableSteps());
        Assert.Throws<DomainRuleException>(() => published.Submit(Drafter, At(9)));
    }

    [Fact]
    public void Only_published_proactive_documents_are_visible_to_the_public_by_the_one_rule()
    {
        var documents = new[] { NewDraft(), Published(), Filed(), Scheduled(At(60)) }.AsQueryable();
        var visible = documents.Where(Document.Visible).ToList();
        Assert.Equal([DocumentState.Published], visible.Select(d => d.State));
        Assert.All(documents, d => Assert.Equal(visible.Contains(d), d.IsPublic));
    }

    [Fact]
    public void A_catalog_offers_editing_only_in_draft_and_review_only_when_submitted()
    {
        var c = Catalogs.Items.Draft();
        Assert.Equal([CatalogStep.Edit, CatalogStep.Submit], c.AvailableSteps().Order());
        c.Submit(Catalogs.Items.Editor, Catalogs.Items.T0, []);
        Assert.Equal([CatalogStep.Return, CatalogStep.Approve], c.AvailableSteps().Order());
        c.Approve(Catalogs.Items.Scope(Role.Reviewer, Catalogs.Items.County), Catalogs.Items.County, Catalogs.Items.Reviewer, null, Catalogs.Items.T0);
        Assert.Equal([CatalogStep.Publish], c.AvailableSteps().Order());
        c.Publish(Catalogs.Items.Editor, Catalogs.Items.T0);
        Assert.Equal([CatalogStep.StartRevision], c.AvailableSteps().Order());
        Assert.True(StandardCatalog.IsPublicState(c.State));
        Assert.True(StandardCatalog.Public.Compile()(c));
        Assert.True(StandardCatalog.Current.Compile()(c));
    }

    [Fact]
    public void A_request_offers_assignment_first_then_the_steps_of_processing_and_then_approval()
    {
        var r = Requests.Cases.Received("2026-03-02");
        var registered = r.AvailableSteps();
        Assert.Contains(RequestStep.Assign, registered);
        Assert.Contains(RequestStep.Clarify, registered);
        Assert.DoesNotContain(RequestStep.Decide, registered);
        Assert.DoesNotContain(RequestStep.Approve, registered);

        r.Assign(2, "海阳市住房和城乡建设局", ("u-wangwu", "王五"), null, "登记人", Requests.Cases.At("2026-03-02"));
        var processing = r.AvailableSteps();
        Assert.Contains(RequestStep.Decide, processing);
        Assert.Contains(RequestStep.Consult, processing);
        Assert.Contains(RequestStep.FeeNotice, processing);
        Assert.DoesNotContain(RequestStep.AnswerConsultation, processing);
        Assert.DoesNotContain(RequestStep.Reply, processing);

        r.Decide(Requests.Cases.Disclose(), "王五", Requests.Cases.At("2026-03-03"));
        Assert.Equal(RequestState.AwaitingApproval, r.State);
        var approval = r.AvailableSteps();
        Assert.Contains(RequestStep.Approve, approval);
        Assert.Contains(RequestStep.Return, approval);
        Assert.DoesNotContain(RequestStep.Decide, approval);
        Assert.DoesNotContain(RequestStep.Assign, approval);
    }

    private static DocumentStep[] Sorted(IReadOnlySet<DocumentStep> steps) => [.. steps.Order()];
}
