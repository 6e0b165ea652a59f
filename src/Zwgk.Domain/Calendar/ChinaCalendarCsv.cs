using System.Globalization;
using System.Text;

namespace Zwgk.Domain.Calendar;

// Reads the official calendar file (china-calendar.csv):
//
//   date,kind,name,notice_year,source
//   2025-01-26,workday,春节,2025,国务院办公厅关于2025年部分节假日安排的通知
//
// The header row is required. Fields are trimmed; blank lines are skipped. date is yyyy-MM-dd,
// kind is holiday or workday, notice_year is the year of the notice that fixed the day (the
// date's year, or the next year for late-December days). A field that contains a comma must be
// enclosed in double quotes ("" inside quotes is one quote); a field may not span lines.
// Any malformed line is rejected with a FormatException that names its line number.
public static class ChinaCalendarCsv
{
    private static readonly string[] Header = ["date", "kind", "name", "notice_year", "source"];

    public static IReadOnlyList<CalendarDay> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var headerLine = reader.ReadLine()?.TrimStart('\uFEFF');
        if (headerLine is null || !IsHeader(SplitFields(headerLine, 1)))
        {
            throw new FormatException($"第 1 行：缺少表头，应为“{string.Join(',', Header)}”。");
        }

        var days = new List<CalendarDay>();
        var seen = new Dictionary<DateOnly, int>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var day = ParseLine(SplitFields(line, lineNumber), lineNumber);
            if (!seen.TryAdd(day.Date, lineNumber))
            {
                throw new FormatException(
                    $"第 {lineNumber} 行：日期 {FormatDate(day.Date)} 与第 {seen[day.Date]} 行重复。");
            }

            days.Add(day);
        }

        return days.AsReadOnly();
    }

    private static bool IsHeader(List<string> fields) =>
        fields.Count == Header.Length
        && fields.Select((field, i) => string.Equals(field, Header[i], StringComparison.OrdinalIgnoreCase)).All(ok => ok);

    private static CalendarDay ParseLine(List<string> fields, int lineNumber)
    {
        if (fields.Count != Header.Length)
        {
            throw Error(lineNumber, $"应有 {Header.Length} 列，实际为 {fields.Count} 列。");
        }

        if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Error(lineNumber, $"日期“{fields[0]}”无效，应为 yyyy-MM-dd 格式。");
        }

        CalendarDayKind kind;
        if (string.Equals(fields[1], "holiday", StringComparison.OrdinalIgnoreCase))
        {
            kind = CalendarDayKind.Holiday;
        }
        else if (string.Equals(fields[1], "workday", StringComparison.OrdinalIgnoreCase))
        {
            kind = CalendarDayKind.Workday;
        }
        else
        {
            throw Error(lineNumber, $"类型“{fields[1]}”无效，应为 holiday 或 workday。");
        }

        // A notice for year N fixes days of year N and, for the New Year holiday, late December of N-1.
        if (!int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var noticeYear)
            || (noticeYear != date.Year && noticeYear != date.Year + 1))
        {
            throw Error(lineNumber, $"通知年份“{fields[3]}”无效，应为 {date.Year} 或 {date.Year + 1}。");
        }

        if (CalendarDay.FindProblem(date, kind, fields[2], fields[4]) is { } problem)
        {
            throw Error(lineNumber, problem.Message);
        }

        return new CalendarDay(date, kind, fields[2], fields[4]);
    }

    // Splits one line on commas, honouring double-quoted fields, and trims each field.
    private static List<string> SplitFields(string line, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw Error(lineNumber, "引号未闭合。");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i]);
                    i++;
                }

                while (i < line.Length && char.IsWhiteSpace(line[i]))
                {
                    i++;
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw Error(lineNumber, "引号后只能是逗号或行尾。");
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"')
                    {
                        throw Error(lineNumber, "含引号的字段必须整体用引号括起。");
                    }

                    field.Append(line[i]);
                    i++;
                }
            }

            fields.Add(field.ToString().Trim());
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }

    private static FormatException Error(int lineNumber, string message) =>
        new($"第 {lineNumber} 行：{message}");

    private static string FormatDate(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
