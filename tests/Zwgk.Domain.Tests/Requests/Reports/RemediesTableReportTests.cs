using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Requests.Reports;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Requests.RemedyKind;
using static Zwgk.Domain.Requests.RemedyResult;

namespace Zwgk.Domain.Tests.Requests.Reports;

/// <summary>Table C: its 15 verbatim columns and the counting rules of docs/adr/0014.</summary>
public sealed class RemediesTableReportTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Has_15_columns_in_three_groups_of_four_results_and_a_total()
    {
        Assert.Equal(15, RemediesTable.Columns.Count);
        Assert.Equal(
            ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
            RemediesTable.Columns.Take(5).Select(c => c.Label));
        Assert.Equal(["行政复议", "未经复议直接起诉", "复议后起诉"], RemediesTable.Columns.Select(c => c.GroupLabel).Distinct());
    }

    [Fact]
    public void Counts_results_decided_in_the_year_and_pending_cases_cell_by_cell()
    {
        var t = RemediesTable.Compute(2026,
        [
            new(Reconsideration, D(2026, 2, 1), Upheld, D(2026, 4, 1)),
            new(Reconsideration, D(2026, 3, 1), Corrected, D(2026, 5, 1)),
            new(Reconsideration, D(2026, 11, 1), Pending, null),
            new(LawsuitDirect, D(2026, 6, 1), Other, D(2026, 9, 30)),
            new(LawsuitAfterReconsideration, D(2026, 7, 1), Upheld, D(2026, 12, 31)),
        ]);

        Assert.Equal([1, 1, 0, 1, 3, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1], t.Values);
    }

    [Fact]
    public void A_case_filed_in_December_and_decided_in_January_is_pending_then_counted_under_its_result()
    {
        var r = new RemedyStatRecord(LawsuitDirect, D(2025, 12, 20), Corrected, D(2026, 1, 15));

        Assert.Equal(1, RemediesTable.Compute(2025, [r]).Cell(LawsuitDirect, Pending));
        Assert.Equal(0, RemediesTable.Compute(2025, [r]).Cell(LawsuitDirect, Corrected));
        Assert.Equal(1, RemediesTable.Compute(2026, [r]).Cell(LawsuitDirect, Corrected));
        Assert.Equal(0, RemediesTable.Compute(2026, [r]).Cell(LawsuitDirect, Pending));
    }

    [Fact]
    public void A_case_filed_earlier_and_still_undecided_stays_pending_and_a_case_decided_last_year_is_left_out()
    {
        var t = RemediesTable.Compute(2026,
        [
            new(Reconsideration, D(2024, 9, 1), Pending, null),
            new(Reconsideration, D(2025, 3, 1), Upheld, D(2025, 6, 1)),
            new(Reconsideration, D(2027, 1, 4), Pending, null),
        ]);

        Assert.Equal(1, t.Cell(Reconsideration, Pending));
        Assert.Equal(1, t.Cell(Reconsideration, null));
        Assert.Equal(1, t.Values.Sum() - t.Cell(Reconsideration, null));
    }

    [Fact]
    public void Refuses_a_result_without_a_decision_date()
    {
        var e = Assert.Throws<DomainRuleException>(() => RemediesTable.Compute(2026, [new(Reconsideration, D(2026, 1, 5), Upheld, null)]));
        Assert.Contains("没有审结日期", e.Message, StringComparison.Ordinal);
    }
}
