using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Requests.Reports;

/// <summary>
/// Table B of the annual report, "三、收到和处理政府信息公开申请情况" (国办公开办函〔2021〕30号): 25 rows × 7 columns,
/// computed from the requests of one unit for one calendar year (China time). Counting rules (annual-report.md):
/// 一 counts requests received in the year; 二 those received earlier and still open on 1 January; each request closed
/// in the year counts once under its one result; 四 those still open on 31 December. Hence 一+二 = 三（七）+四 per column.
/// </summary>
public sealed class RequestsTable
{
    private readonly int[,] _cells = new int[25, 7];

    private RequestsTable(int year) => Year = year;

    public int Year { get; }

    public static IReadOnlyList<RequestsTableRow> Rows => RequestsTableRow.All;

    public static IReadOnlyList<RequestsTableColumn> Columns => RequestsTableColumn.All;

    public int this[int row, int column] => _cells[row, column];

    public int Cell(RequestsTableRowKind kind, ApplicantKind? applicant = null) =>
        _cells[Rows.ToList().FindIndex(r => r.Kind == kind), ColumnOf(applicant)];

    public int Cell(RequestOutcome outcome, ApplicantKind? applicant = null) => _cells[RequestsTableRow.IndexOf(outcome), ColumnOf(applicant)];

    /// <summary>The numbers row by row, for export and JSON.</summary>
    public IReadOnlyList<int> RowValues(int row) => Enumerable.Range(0, 7).Select(c => _cells[row, c]).ToList();

    /// <summary>
    /// Counts the records; records outside the year (received after 31 December, closed before 1 January) are ignored.
    /// A record that contradicts itself (closed without an outcome, closed before received) is refused out loud: the
    /// report is a legal statement and must not silently drop a case.
    /// </summary>
    public static RequestsTable Compute(int year, IEnumerable<RequestStatRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var table = new RequestsTable(year);
        foreach (var r in records)
        {
            Check(r);
            if (r.ReceivedOn > last || r.ClosedOn < first)
            {
                continue;
            }

            var column = ColumnOf(r.Applicant);
            // 一 / 二: received this year, or carried over from an earlier year still open on 1 January.
            table.Add(r.ReceivedOn >= first ? 0 : 1, column);
            if (r.ClosedOn is { } closed && closed <= last)
            {
                // 三: closed this year, counted once under its one result (部分公开 only under 部分公开).
                table.Add(RequestsTableRow.IndexOf(r.Outcome!.Value), column);
                table.Add(RequestsTableRow.ResultTotalIndex, column);
            }
            else
            {
                // 四: still open on 31 December.
                table.Add(24, column);
            }
        }

        return table;
    }

    private void Add(int row, int column)
    {
        _cells[row, column]++;
        _cells[row, RequestsTableColumn.TotalIndex]++;
    }

    private static int ColumnOf(ApplicantKind? applicant) => applicant is { } k ? (int)k : RequestsTableColumn.TotalIndex;

    private static void Check(RequestStatRecord r)
    {
        if (r.ClosedOn is { } closed && r.Outcome is null)
        {
            throw new DomainRuleException($"{closed:yyyy-MM-dd} 办结的申请没有办理结果，无法计入年度报告。");
        }

        if (r.ClosedOn is { } c && c < r.ReceivedOn)
        {
            throw new DomainRuleException($"申请的办结日期（{c:yyyy-MM-dd}）早于收到日期（{r.ReceivedOn:yyyy-MM-dd}），无法计入年度报告。");
        }

        if (!Enum.IsDefined(r.Applicant) || r.Outcome is { } o && !Enum.IsDefined(o))
        {
            throw new DomainRuleException("申请人类型或办理结果不在年度报告格式之内。");
        }
    }
}
