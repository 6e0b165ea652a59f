using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Calendar;

/// <summary>What the console sends to enter a new year of the official calendar.</summary>
public sealed class CalendarYearInput
{
    [Range(2000, 2100, ErrorMessage = "年份应在2000至2100之间。")]
    public int Year { get; set; }

    [Required(ErrorMessage = "请填写依据的通知名称。"), StringLength(200, ErrorMessage = "通知名称不超过200字。")]
    public string Source { get; set; } = "";

    /// <summary>One special day a line: <c>YYYY-MM-DD,holiday|workday,名称</c>.</summary>
    [Required(ErrorMessage = "请逐行填写节假日和调休工作日。")]
    public string Days { get; set; } = "";
}

/// <summary>
/// Enters a year of holidays and make-up workdays typed in the console. Each line goes through the same
/// reader as the shipped calendar file (<see cref="ChinaCalendarCsv"/>) so the domain's checks apply.
/// </summary>
public sealed class CalendarYearEntry(ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock)
{
    private const string Header = "date,kind,name,notice_year,source";

    private const int MaxNameLength = 32;

    public async Task<StepResult<CalendarYear>> AddAsync(CalendarYearInput input, CancellationToken ct = default)
    {
        if (!(await access.GetAsync(ct)).HasAnywhere(Permission.ManageCalendar))
        {
            return StepResult.Denied<CalendarYear>();
        }

        var errors = Validation.Of(input);
        if (errors.Count > 0)
        {
            return StepResult.Invalid<CalendarYear>(errors);
        }

        if (await db.CalendarYears.AnyAsync(y => y.Year == input.Year, ct))
        {
            errors["Year"] = [$"{input.Year} 年的日历已经录入，不能重复录入。"];
            return StepResult.Invalid<CalendarYear>(errors);
        }

        var (days, lineErrors) = Parse(input.Year, input.Source.Trim(), input.Days);
        var dates = days.Select(d => d.Date).ToList();
        if (lineErrors.Count == 0 && await db.CalendarDays.AnyAsync(d => dates.Contains(d.Date), ct))
        {
            lineErrors.Add("其中有日期已存在于日历中。");
        }

        if (lineErrors.Count > 0)
        {
            errors["Days"] = [.. lineErrors];
            return StepResult.Invalid<CalendarYear>(errors);
        }

        var year = new CalendarYear
        {
            Year = input.Year,
            Source = input.Source.Trim(),
            EnteredAt = clock.GetUtcNow().UtcDateTime,
            EnteredBy = access.UserName ?? "未知用户",
        };
        audit.Action = "CalendarYearAdded";
        db.CalendarYears.Add(year);
        db.CalendarDays.AddRange(days.Select(d => new CalendarDayRecord { Date = d.Date, Kind = d.Kind, Name = d.Name, Source = d.Source }));
        await db.SaveChangesAsync(ct);
        return StepResult.Done(year);
    }

    /// <summary>Reads the typed lines; returns the days and, per bad line, a message naming the line.</summary>
    public static (List<CalendarDay> Days, List<string> Errors) Parse(int year, string source, string text)
    {
        var days = new List<CalendarDay>();
        var errors = new List<string>();
        var seen = new Dictionary<DateOnly, int>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var parts = lines[i].Split([',', '，']).Select(p => p.Trim()).ToArray();
            if (parts.Length != 3)
            {
                errors.Add($"第 {number} 行：应为“日期,类型,名称”三项，用逗号分隔。");
                continue;
            }

            if (parts[2].Length > MaxNameLength)
            {
                errors.Add($"第 {number} 行：名称不超过{MaxNameLength}字。");
                continue;
            }

            var csv = $"{Header}\n{Quote(parts[0])},{Quote(Kind(parts[1]))},{Quote(parts[2])},{year.ToString(CultureInfo.InvariantCulture)},{Quote(source)}";
            CalendarDay day;
            try
            {
                day = ChinaCalendarCsv.Parse(new StringReader(csv))[0];
            }
            catch (FormatException e)
            {
                // The reader numbers lines of its own two-line file; report the line the user typed.
                var message = e.Message[(e.Message.IndexOf('：', StringComparison.Ordinal) + 1)..];
                errors.Add($"第 {number} 行：{message}");
                continue;
            }

            if (day.Date.Year != year)
            {
                errors.Add($"第 {number} 行：日期 {parts[0]} 不在 {year} 年内。");
            }
            else if (!seen.TryAdd(day.Date, number))
            {
                errors.Add($"第 {number} 行：日期 {parts[0]} 与第 {seen[day.Date]} 行重复。");
            }
            else
            {
                days.Add(day);
            }
        }

        if (days.Count == 0 && errors.Count == 0)
        {
            errors.Add("请至少填写一天。");
        }

        return (days, errors);
    }

    // Accepts the Chinese words staff actually type as well as the file's codes.
    private static string Kind(string kind) => kind switch
    {
        "放假" or "休" or "休息" => "holiday",
        "上班" or "班" or "调休上班" => "workday",
        _ => kind,
    };

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
