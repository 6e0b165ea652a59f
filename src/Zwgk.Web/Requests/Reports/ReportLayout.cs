using Zwgk.Domain.Requests;
using Zwgk.Domain.Requests.Reports;

namespace Zwgk.Web.Requests.Reports;

/// <summary>A header cell of the official layout: where it starts, how far it spans, and its id for the HTML headers attribute.</summary>
public sealed record HeaderCell(string Id, string Text, int Row, int Column, int RowSpan = 1, int ColSpan = 1);

/// <summary>
/// The merged-cell layout of tables B and C as printed in 国办公开办函〔2021〕30号, shared by the web page and the XLSX export.
/// Table B: three label columns (section 三, group （三）–（六）, sub-row) then the 7 number columns under three header rows.
/// Table C: three header rows (group, 行政诉讼's two kinds, results) over 15 number columns.
/// </summary>
public static class ReportLayout
{
    public const int LabelColumns = 3;
    public const int HeaderRows = 3;

    /// <summary>Table B's column headers, positioned in a grid whose first row is 0 and first number column is 3.</summary>
    public static IReadOnlyList<HeaderCell> RequestColumnHeaders { get; } =
    [
        new("b-corner", RequestsTableColumn.CornerNote, 0, 0, RowSpan: 3, ColSpan: 3),
        new("b-applicants", RequestsTableColumn.ApplicantsHeading, 0, 3, ColSpan: 7),
        new("b-col-NaturalPerson", ApplicantKind.NaturalPerson.DisplayName(), 1, 3, RowSpan: 2),
        new("b-organizations", RequestsTableColumn.OrganizationsHeading, 1, 4, ColSpan: 5),
        .. RequestsTableColumn.All.Skip(1).Take(5).Select((c, i) => new HeaderCell($"b-col-{c.Key}", c.Label, 2, 4 + i)),
        new("b-col-Total", "总计", 1, 9, RowSpan: 2),
    ];

    /// <summary>The ids of the column headers over number column <paramref name="column"/> (0–6).</summary>
    public static string RequestColumnHeaderIds(int column) => column switch
    {
        0 => "b-applicants b-col-NaturalPerson",
        6 => "b-applicants b-col-Total",
        _ => $"b-applicants b-organizations b-col-{RequestsTableColumn.All[column].Key}",
    };

    /// <summary>The row-label cells that start on data row <paramref name="row"/> (0–24), with grid column 0–2.</summary>
    public static IReadOnlyList<HeaderCell> RequestRowLabels(int row)
    {
        var rows = RequestsTableRow.All;
        var r = rows[row];
        var cells = new List<HeaderCell>();
        if (r.Section is null)
        {
            return [new HeaderCell(RowId(row), r.Label, row, 0, ColSpan: 3)];
        }

        if (row == 0 || rows[row - 1].Section != r.Section)
        {
            cells.Add(new HeaderCell("b-section", r.Section, row, 0, RowSpan: rows.Count(x => x.Section == r.Section)));
        }

        if (r.GroupHeading is null)
        {
            cells.Add(new HeaderCell(RowId(row), r.Label, row, 1, ColSpan: 2));
            return cells;
        }

        if (rows[row - 1].GroupHeading != r.GroupHeading)
        {
            cells.Add(new HeaderCell(GroupId(r), r.GroupHeading, row, 1, RowSpan: rows.Count(x => x.GroupHeading == r.GroupHeading)));
        }

        cells.Add(new HeaderCell(RowId(row), r.Label, row, 2));
        return cells;
    }

    /// <summary>The ids of every row header that covers data row <paramref name="row"/>.</summary>
    public static string RequestRowHeaderIds(int row)
    {
        var r = RequestsTableRow.All[row];
        return string.Join(' ', new[] { r.Section is null ? null : "b-section", r.GroupHeading is null ? null : GroupId(r), RowId(row) }.OfType<string>());
    }

    /// <summary>Table C's headers in a grid of three rows over the 15 number columns.</summary>
    public static IReadOnlyList<HeaderCell> RemedyHeaders { get; } =
    [
        new("c-Reconsideration", RemedyKind.Reconsideration.DisplayName(), 0, 0, RowSpan: 2, ColSpan: 5),
        new("c-lawsuit", RemediesTableColumn.LawsuitHeading, 0, 5, ColSpan: 10),
        new("c-LawsuitDirect", RemedyKind.LawsuitDirect.DisplayName(), 1, 5, ColSpan: 5),
        new("c-LawsuitAfterReconsideration", RemedyKind.LawsuitAfterReconsideration.DisplayName(), 1, 10, ColSpan: 5),
        .. RemediesTableColumn.All.Select((c, i) => new HeaderCell($"c-{c.Key}", c.Label, 2, i)),
    ];

    public static string RemedyHeaderIds(int column)
    {
        var c = RemediesTableColumn.All[column];
        return c.Kind == RemedyKind.Reconsideration ? $"c-Reconsideration c-{c.Key}" : $"c-lawsuit c-{c.Kind} c-{c.Key}";
    }

    private static string RowId(int row) => $"b-row-{RequestsTableRow.All[row].Key}";

    private static string GroupId(RequestsTableRow r) => $"b-group-{r.Outcome!.Value.Group()}";
}
