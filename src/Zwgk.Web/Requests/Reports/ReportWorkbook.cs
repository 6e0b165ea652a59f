using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Zwgk.Web.Requests.Reports;

/// <summary>
/// Tables B and C as an XLSX workbook in the official layout (merged header cells as in 国办公开办函〔2021〕30号), one sheet
/// each, written with DocumentFormat.OpenXml so that Excel and WPS open it without repair.
/// </summary>
public static class ReportWorkbook
{
    // Style indexes of the stylesheet below.
    private const uint TitleStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint LabelStyle = 3;
    private const uint NumberStyle = 4;

    public static byte[] Build(RequestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            doc.PackageProperties.Title = $"{report.UnitName}{report.Year}年政府信息公开工作年度报告统计表";
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            styles.Stylesheet.Save();
            AddSheet(workbook, 1, "收到和处理政府信息公开申请情况", RequestsSheet(report), [34, 20, 44, .. Enumerable.Repeat(11d, 7)]);
            AddSheet(workbook, 2, "行政复议、行政诉讼情况", RemediesSheet(report), [.. Enumerable.Repeat(10d, 15)]);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private sealed class Grid
    {
        public SortedDictionary<(int Row, int Col), (string? Text, int? Number, uint Style)> Cells { get; } = [];

        public List<string> Merges { get; } = [];

        public void Put(int row, int col, string text, uint style, int rowSpan = 1, int colSpan = 1)
        {
            for (var r = row; r < row + rowSpan; r++)
            {
                for (var c = col; c < col + colSpan; c++)
                {
                    Cells[(r, c)] = (r == row && c == col ? text : null, null, style); // covered cells keep the border
                }
            }

            if (rowSpan > 1 || colSpan > 1)
            {
                Merges.Add($"{Ref(row, col)}:{Ref(row + rowSpan - 1, col + colSpan - 1)}");
            }
        }

        public void Number(int row, int col, int value) => Cells[(row, col)] = (null, value, NumberStyle);
    }

    private static Grid RequestsSheet(RequestReport report)
    {
        var g = new Grid();
        g.Put(0, 0, $"{RequestReports.RequestsTitle}（{report.UnitName}，{report.Year}年）", TitleStyle, colSpan: 10);
        foreach (var h in ReportLayout.RequestColumnHeaders)
        {
            g.Put(1 + h.Row, h.Column, h.Text, HeaderStyle, h.RowSpan, h.ColSpan);
        }

        var first = 1 + ReportLayout.HeaderRows;
        for (var row = 0; row < 25; row++)
        {
            foreach (var label in ReportLayout.RequestRowLabels(row))
            {
                g.Put(first + row, label.Column, label.Text, LabelStyle, label.RowSpan, label.ColSpan);
            }

            var values = report.Requests.RowValues(row);
            for (var c = 0; c < 7; c++)
            {
                g.Number(first + row, ReportLayout.LabelColumns + c, values[c]);
            }
        }

        return g;
    }

    private static Grid RemediesSheet(RequestReport report)
    {
        var g = new Grid();
        g.Put(0, 0, $"{RequestReports.RemediesTitle}（{report.UnitName}，{report.Year}年）", TitleStyle, colSpan: 15);
        foreach (var h in ReportLayout.RemedyHeaders)
        {
            g.Put(1 + h.Row, h.Column, h.Text, HeaderStyle, h.RowSpan, h.ColSpan);
        }

        for (var c = 0; c < 15; c++)
        {
            g.Number(4, c, report.Remedies[c]);
        }

        return g;
    }

    private static void AddSheet(WorkbookPart workbook, uint id, string name, Grid grid, double[] widths)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var data = new SheetData();
        foreach (var row in grid.Cells.GroupBy(c => c.Key.Row))
        {
            var r = new Row { RowIndex = (uint)row.Key + 1 };
            if (row.Key == 0)
            {
                r.Height = 30;
                r.CustomHeight = true;
            }

            foreach (var (key, cell) in row)
            {
                r.Append(cell.Number is { } n
                    ? new Cell { CellReference = Ref(key.Row, key.Col), StyleIndex = cell.Style, CellValue = new CellValue(n) }
                    : new Cell { CellReference = Ref(key.Row, key.Col), StyleIndex = cell.Style, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Platform.Input.TextInput.Clean(cell.Text ?? ""))) });
            }

            data.Append(r);
        }

        var sheet = new Worksheet(columns, data);
        if (grid.Merges.Count > 0)
        {
            sheet.Append(new MergeCells(grid.Merges.Select(m => new MergeCell { Reference = m })));
        }

        part.Worksheet = sheet;
        part.Worksheet.Save();
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Stylesheet Stylesheet()
    {
        static Font Font(bool bold, double size)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
            return font;
        }

        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 }),
            Font(true, 14),
            Font(true, 11));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);
        CellFormat Format(uint font, uint border, HorizontalAlignmentValues h) => new(new Alignment { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = true })
        {
            FontId = font, FillId = 0, BorderId = border, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true,
        };
        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            Format(1, 0, HorizontalAlignmentValues.Center),
            Format(2, 1, HorizontalAlignmentValues.Center),
            Format(0, 1, HorizontalAlignmentValues.Left),
            Format(0, 1, HorizontalAlignmentValues.Center));
        return new Stylesheet(fonts, fills, borders, formats);
    }

    private static string Ref(int row, int col)
    {
        var name = "";
        for (var c = col + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + (c - 1) % 26) + name;
        }

        return name + (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
