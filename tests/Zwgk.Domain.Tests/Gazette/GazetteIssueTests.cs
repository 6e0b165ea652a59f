using Zwgk.Domain.Gazette;

namespace Zwgk.Domain.Tests.Gazette;

/// <summary>An issue of 政府公报: compiled as a draft from public documents only, published once, then fixed.</summary>
public sealed class GazetteIssueTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    private static GazetteIssue Draft() => GazetteIssue.Create(columnId: 1, unitId: 2, year: 2026, number: 3, new DateOnly(2026, 6, 1), Now);

    [Fact]
    public void The_contents_keep_the_order_documents_were_added_in_moved_and_removed()
    {
        var issue = Draft();
        issue.Add(10, isPublicOnSameSite: true);
        issue.Add(20, isPublicOnSameSite: true);
        issue.Add(30, isPublicOnSameSite: true);
        issue.Move(30, up: true);
        issue.Remove(10);

        Assert.Equal([30, 20], issue.Entries.OrderBy(e => e.Position).Select(e => e.DocumentId));
        Assert.Equal([1, 2], issue.Entries.OrderBy(e => e.Position).Select(e => e.Position));
        Assert.Equal("2026年第3期", issue.Label);
    }

    [Fact]
    public void A_document_that_is_not_public_on_the_site_or_is_already_listed_is_refused()
    {
        var issue = Draft();
        Assert.Equal("只能收录本站点已发布的主动公开信息。", Assert.Throws<GazetteException>(() => issue.Add(10, isPublicOnSameSite: false)).Message);
        issue.Add(10, isPublicOnSameSite: true);
        Assert.Throws<GazetteException>(() => issue.Add(10, isPublicOnSameSite: true));
        Assert.Single(issue.Entries);
    }

    [Fact]
    public void An_empty_issue_is_not_published_and_a_published_one_is_fixed()
    {
        var issue = Draft();
        Assert.Throws<GazetteException>(() => issue.Publish("office", Now));
        issue.Add(10, isPublicOnSameSite: true);
        issue.Publish("office", Now);

        Assert.Equal(GazetteIssueState.Published, issue.State);
        Assert.Equal(Now, issue.PublishedAt);
        Assert.Throws<GazetteException>(() => issue.Add(20, isPublicOnSameSite: true));
        Assert.Throws<GazetteException>(() => issue.Remove(10));
        Assert.Throws<GazetteException>(() => issue.Publish("office", Now));
    }

    [Theory]
    [InlineData(2026, 0, "2026-06-01")]
    [InlineData(2026, 1, "2025-12-31")]
    public void A_number_below_one_or_a_date_outside_the_year_is_refused(int year, int number, string issuedOn) =>
        Assert.Throws<GazetteException>(() => GazetteIssue.Create(1, 2, year, number, DateOnly.Parse(issuedOn, System.Globalization.CultureInfo.InvariantCulture), Now));
}
