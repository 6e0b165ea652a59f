using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Requests.Reports;
using Zwgk.Domain.Workflow;
using static Zwgk.Domain.Requests.ApplicantKind;
using static Zwgk.Domain.Requests.RequestOutcome;
using Row = Zwgk.Domain.Requests.Reports.RequestsTableRowKind;

namespace Zwgk.Domain.Tests.Requests.Reports;

/// <summary>Table B with hand-counted cells, the year-boundary cases of annual-report.md, and the verbatim layout.</summary>
public sealed class RequestsTableReportTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static RequestStatRecord Open(ApplicantKind who, DateOnly received) => new(who, received, null, null);

    private static RequestStatRecord Closed(ApplicantKind who, DateOnly received, DateOnly closed, RequestOutcome outcome) => new(who, received, closed, outcome);

    [Fact]
    public void Has_the_25_rows_and_7_columns_of_the_national_format_with_verbatim_labels()
    {
        Assert.Equal(25, RequestsTable.Rows.Count);
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], RequestsTable.Columns.Select(c => c.Label));
        var labels = RequestsTable.Rows.Select(r => r.Label).ToList();
        Assert.Equal("一、本年新收政府信息公开申请数量", labels[0]);
        Assert.Equal("二、上年结转政府信息公开申请数量", labels[1]);
        Assert.Equal("（一）予以公开", labels[2]);
        Assert.Equal("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", labels[3]);
        Assert.Equal("1.属于国家秘密", labels[4]);
        Assert.Equal("8.属于行政查询事项", labels[11]);
        Assert.Equal("3.补正后申请内容仍不明确", labels[14]);
        Assert.Equal("5.要求行政机关确认或重新出具已获取信息", labels[19]);
        Assert.Equal("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", labels[20]);
        Assert.Equal("3.其他", labels[22]);
        Assert.Equal("（七）总计", labels[23]);
        Assert.Equal("四、结转下年度继续办理", labels[24]);
        Assert.Equal("（三）不予公开", RequestsTable.Rows[4].GroupHeading);
        Assert.Equal("（六）其他处理", RequestsTable.Rows[22].GroupHeading);
        Assert.Null(RequestsTable.Rows[2].GroupHeading);
        Assert.All(RequestsTable.Rows.Skip(2).Take(22), r => Assert.Equal("三、本年度办理结果", r.Section));
        Assert.Null(RequestsTable.Rows[24].Section);
    }

    [Fact]
    public void Counts_a_small_year_cell_by_cell()
    {
        var records = new[]
        {
            Closed(NaturalPerson, D(2026, 2, 3), D(2026, 2, 20), Disclosed),
            Closed(NaturalPerson, D(2026, 3, 1), D(2026, 3, 25), PartlyDisclosed),
            Closed(NaturalPerson, D(2026, 4, 1), D(2026, 4, 9), NotDisclosedProcessInformation),
            Closed(CommercialEnterprise, D(2026, 5, 6), D(2026, 5, 30), CannotProvideNotHeld),
            Closed(LegalServiceProvider, D(2025, 12, 15), D(2026, 1, 12), Disclosed),
            Open(ResearchInstitution, D(2026, 12, 20)),
            Open(NaturalPerson, D(2025, 11, 1)),
            Closed(OtherOrganization, D(2026, 6, 1), D(2026, 6, 1), NotProcessedRepeatRequest),
        };

        var t = RequestsTable.Compute(2026, records);

        Assert.Equal(3, t.Cell(Row.NewThisYear, NaturalPerson));
        Assert.Equal(1, t.Cell(Row.NewThisYear, CommercialEnterprise));
        Assert.Equal(1, t.Cell(Row.NewThisYear, ResearchInstitution));
        Assert.Equal(0, t.Cell(Row.NewThisYear, LegalServiceProvider));
        Assert.Equal(1, t.Cell(Row.NewThisYear, OtherOrganization));
        Assert.Equal(6, t.Cell(Row.NewThisYear));
        Assert.Equal(1, t.Cell(Row.CarriedFromLastYear, LegalServiceProvider));
        Assert.Equal(1, t.Cell(Row.CarriedFromLastYear, NaturalPerson));
        Assert.Equal(2, t.Cell(Row.CarriedFromLastYear));
        Assert.Equal(1, t.Cell(Disclosed, NaturalPerson));
        Assert.Equal(1, t.Cell(Disclosed, LegalServiceProvider));
        Assert.Equal(2, t.Cell(Disclosed));
        Assert.Equal(1, t.Cell(PartlyDisclosed));
        Assert.Equal(1, t.Cell(NotDisclosedProcessInformation, NaturalPerson));
        Assert.Equal(1, t.Cell(CannotProvideNotHeld, CommercialEnterprise));
        Assert.Equal(1, t.Cell(NotProcessedRepeatRequest, OtherOrganization));
        Assert.Equal(0, t.Cell(NotDisclosedStateSecret));
        Assert.Equal(3, t.Cell(Row.ResultTotal, NaturalPerson));
        Assert.Equal(6, t.Cell(Row.ResultTotal));
        Assert.Equal(1, t.Cell(Row.CarriedToNextYear, ResearchInstitution));
        Assert.Equal(1, t.Cell(Row.CarriedToNextYear, NaturalPerson));
        Assert.Equal(2, t.Cell(Row.CarriedToNextYear));
        Assert.Equal(0, t.Cell(Row.NewThisYear, PublicInterestOrganization));
    }

    [Fact]
    public void A_request_received_31_December_and_closed_2_January_is_new_and_carried_forward_then_carried_over_and_closed()
    {
        var r = Closed(PublicInterestOrganization, D(2025, 12, 31), D(2026, 1, 2), NotDisclosedThirdPartyRights);

        var y2025 = RequestsTable.Compute(2025, [r]);
        Assert.Equal(1, y2025.Cell(Row.NewThisYear, PublicInterestOrganization));
        Assert.Equal(0, y2025.Cell(Row.ResultTotal));
        Assert.Equal(1, y2025.Cell(Row.CarriedToNextYear, PublicInterestOrganization));

        var y2026 = RequestsTable.Compute(2026, [r]);
        Assert.Equal(0, y2026.Cell(Row.NewThisYear));
        Assert.Equal(1, y2026.Cell(Row.CarriedFromLastYear, PublicInterestOrganization));
        Assert.Equal(1, y2026.Cell(NotDisclosedThirdPartyRights, PublicInterestOrganization));
        Assert.Equal(0, y2026.Cell(Row.CarriedToNextYear));
    }

    [Fact]
    public void A_request_received_last_year_and_still_open_is_carried_over_and_carried_forward()
    {
        var t = RequestsTable.Compute(2026, [Open(CommercialEnterprise, D(2025, 10, 9))]);

        Assert.Equal(0, t.Cell(Row.NewThisYear));
        Assert.Equal(1, t.Cell(Row.CarriedFromLastYear, CommercialEnterprise));
        Assert.Equal(0, t.Cell(Row.ResultTotal));
        Assert.Equal(1, t.Cell(Row.CarriedToNextYear, CommercialEnterprise));
        Assert.Equal(1, t.Cell(Row.CarriedToNextYear));
    }

    [Fact]
    public void A_request_closed_in_the_year_it_was_received_is_new_and_one_result_and_not_carried()
    {
        var t = RequestsTable.Compute(2026, [Closed(NaturalPerson, D(2026, 1, 1), D(2026, 12, 31), OtherFeeNotPaid)]);

        Assert.Equal(1, t.Cell(Row.NewThisYear, NaturalPerson));
        Assert.Equal(0, t.Cell(Row.CarriedFromLastYear));
        Assert.Equal(1, t.Cell(OtherFeeNotPaid, NaturalPerson));
        Assert.Equal(1, t.Cell(Row.ResultTotal));
        Assert.Equal(0, t.Cell(Row.CarriedToNextYear));
    }

    [Fact]
    public void Ignores_requests_outside_the_year()
    {
        var t = RequestsTable.Compute(2026,
        [
            Closed(NaturalPerson, D(2025, 3, 1), D(2025, 12, 31), Disclosed), // closed before 1 January
            Open(NaturalPerson, D(2027, 1, 1)),                              // received after 31 December
        ]);

        Assert.All(Enumerable.Range(0, 25), row => Assert.All(t.RowValues(row), v => Assert.Equal(0, v)));
    }

    [Fact]
    public void Refuses_a_closed_request_without_an_outcome_or_closed_before_received()
    {
        var noOutcome = Assert.Throws<DomainRuleException>(() => RequestsTable.Compute(2026, [new(NaturalPerson, D(2026, 1, 5), D(2026, 1, 9), null)]));
        Assert.Contains("没有办理结果", noOutcome.Message, StringComparison.Ordinal);
        var backwards = Assert.Throws<DomainRuleException>(() => RequestsTable.Compute(2026, [Closed(NaturalPerson, D(2026, 2, 5), D(2026, 1, 9), Disclosed)]));
        Assert.Contains("早于收到日期", backwards.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_year_is_all_zeros()
    {
        var t = RequestsTable.Compute(2026, []);
        Assert.Equal(2026, t.Year);
        Assert.All(Enumerable.Range(0, 25), row => Assert.Equal(0, t.RowValues(row).Sum()));
    }
}
