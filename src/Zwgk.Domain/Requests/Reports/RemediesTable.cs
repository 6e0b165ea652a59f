using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Requests.Reports;

/// <summary>One of the 15 number columns of table C: a result (or 总计, Result null) within one remedy group.</summary>
public sealed record RemediesTableColumn(RemedyKind Kind, RemedyResult? Result)
{
    public const string LawsuitHeading = "行政诉讼";

    public string Key => $"{Kind}.{Result?.ToString() ?? "Total"}";

    public string Label => Result?.DisplayName() ?? "总计";

    /// <summary>行政复议, or 行政诉讼's sub-heading (未经复议直接起诉 / 复议后起诉).</summary>
    public string GroupLabel => Kind.DisplayName();

    public static IReadOnlyList<RemediesTableColumn> All { get; } =
    [
        .. Enum.GetValues<RemedyKind>().SelectMany(k =>
            Enum.GetValues<RemedyResult>().Select(r => new RemediesTableColumn(k, r)).Append(new RemediesTableColumn(k, null))),
    ];
}

/// <summary>
/// Table C of the annual report, "四、政府信息公开行政复议、行政诉讼情况" (国办公开办函〔2021〕30号): one row of 15 numbers.
/// Counting rules (docs/adr/0014): a case counts in the year when it was filed that year, or was filed earlier and was
/// still undecided on 1 January; it counts under its result if decided by 31 December, otherwise under 尚未审结.
/// Each group's 总计 is the sum of its four result columns.
/// </summary>
public sealed class RemediesTable
{
    private readonly int[] _cells = new int[15];

    private RemediesTable(int year) => Year = year;

    public int Year { get; }

    public static IReadOnlyList<RemediesTableColumn> Columns => RemediesTableColumn.All;

    public int this[int column] => _cells[column];

    public int Cell(RemedyKind kind, RemedyResult? result) => _cells[IndexOf(kind, result)];

    public IReadOnlyList<int> Values => _cells.ToList();

    public static RemediesTable Compute(int year, IEnumerable<RemedyStatRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var table = new RemediesTable(year);
        foreach (var r in records)
        {
            Check(r);
            var decided = r.Result != RemedyResult.Pending ? r.DecidedOn : null;
            if (r.FiledOn > last || decided < first)
            {
                continue;
            }

            // Decided after 31 December: at the year's end the case was still 尚未审结.
            var result = decided <= last ? r.Result : RemedyResult.Pending;
            table._cells[IndexOf(r.Kind, result)]++;
            table._cells[IndexOf(r.Kind, null)]++;
        }

        return table;
    }

    private static int IndexOf(RemedyKind kind, RemedyResult? result) => (int)kind * 5 + (result is { } r ? (int)r : 4);

    private static void Check(RemedyStatRecord r)
    {
        if (!Enum.IsDefined(r.Kind) || !Enum.IsDefined(r.Result))
        {
            throw new DomainRuleException("行政复议、行政诉讼的类型或结果不在年度报告格式之内。");
        }

        if (r.Result != RemedyResult.Pending && r.DecidedOn is null)
        {
            throw new DomainRuleException($"{r.FiledOn:yyyy-MM-dd} 提起的{r.Kind.DisplayName()}已有结果（{r.Result.DisplayName()}）但没有审结日期，无法计入年度报告。");
        }

        if (r.DecidedOn is { } d && d < r.FiledOn)
        {
            throw new DomainRuleException($"{r.Kind.DisplayName()}的审结日期（{d:yyyy-MM-dd}）早于提起日期（{r.FiledOn:yyyy-MM-dd}）。");
        }
    }
}
