using System.Globalization;
using System.Text.RegularExpressions;
using Zwgk.Domain.Calendar;

namespace Zwgk.Domain.Catalogs;

/// <summary>How a time limit counts (rules/domains.md: real rows mix all of these).</summary>
public enum TimeLimitUnit
{
    /// <summary>N 个工作日 on the official calendar.</summary>
    WorkingDays,

    /// <summary>N 日 / 天 (calendar days), e.g. budgets within 20 days of approval.</summary>
    CalendarDays,

    /// <summary>实时 / 即时: as soon as the information exists.</summary>
    RealTime,

    /// <summary>每年 M 月 D 日前: a fixed date each year.</summary>
    FixedDateYearly,
}

/// <summary>
/// 公开时限 in structured form — amount, unit, start event, optional 公示期 — with the original text kept, so the system
/// can tell when an item is overdue. Parsed from the wording real catalogs use.
/// </summary>
public sealed partial record TimeLimit
{
    /// <summary>条例第二十六条: proactive information is published within 20 working days of being formed or changed.</summary>
    public const string DefaultStartEvent = "信息形成或者变更之日";

    public static readonly TimeLimit Statutory = new() { Unit = TimeLimitUnit.WorkingDays, Amount = 20, StartEvent = DefaultStartEvent, Text = "信息形成或者变更之日起20个工作日内" };

    public TimeLimitUnit Unit { get; init; }

    /// <summary>Days for working/calendar-day limits.</summary>
    public int? Amount { get; init; }

    /// <summary>起算事件, e.g. "信息形成或者变更之日", "本级人大或其常委会批准".</summary>
    public string StartEvent { get; init; } = "";

    /// <summary>Month and day of a yearly fixed date.</summary>
    public int? FixedMonth { get; init; }

    public int? FixedDay { get; init; }

    /// <summary>公示期 in days, when the item is posted for public comment (e.g. 公示 7 个工作日).</summary>
    public int? PublicityDays { get; init; }

    public bool PublicityInWorkingDays { get; init; } = true;

    /// <summary>The wording as written in the catalog.</summary>
    public string Text { get; init; } = "";

    /// <summary>Reads a time limit as catalogs write it; null with a Chinese reason when the wording gives no countable limit.</summary>
    public static TimeLimit? Parse(string? text, out string? error)
    {
        error = null;
        var original = (text ?? "").Trim();
        if (original.Length == 0)
        {
            error = "公开时限为空。";
            return null;
        }

        var t = Normalize(original);
        var publicity = PublicityPattern().Match(t);
        int? publicityDays = publicity.Success ? int.Parse(publicity.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
        var publicityWorking = !publicity.Success || publicity.Groups["u"].Value.Contains("工作日", StringComparison.Ordinal);
        var main = publicity.Success ? t.Remove(publicity.Index, publicity.Length) : t;

        var yearly = YearlyPattern().Match(main);
        if (yearly.Success)
        {
            var month = int.Parse(yearly.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = yearly.Groups["d"].Success ? int.Parse(yearly.Groups["d"].Value, CultureInfo.InvariantCulture) : DateTime.DaysInMonth(2001, Math.Clamp(month, 1, 12));
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2001, month))
            {
                error = $"公开时限中的日期“{yearly.Value}”不存在。";
                return null;
            }

            return new TimeLimit { Unit = TimeLimitUnit.FixedDateYearly, FixedMonth = month, FixedDay = day, StartEvent = "每年", PublicityDays = publicityDays, PublicityInWorkingDays = publicityWorking, Text = original };
        }

        var days = DaysPattern().Match(main);
        if (days.Success)
        {
            var amount = int.Parse(days.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (amount is < 1 or > 366)
            {
                error = $"公开时限“{original}”的天数应在1至366之间。";
                return null;
            }

            var unit = days.Groups["u"].Value.Contains("工作日", StringComparison.Ordinal) ? TimeLimitUnit.WorkingDays : TimeLimitUnit.CalendarDays;
            return new TimeLimit { Unit = unit, Amount = amount, StartEvent = StartOf(main[..days.Index]), PublicityDays = publicityDays, PublicityInWorkingDays = publicityWorking, Text = original };
        }

        if (main.Contains("实时", StringComparison.Ordinal) || main.Contains("即时", StringComparison.Ordinal))
        {
            return new TimeLimit { Unit = TimeLimitUnit.RealTime, StartEvent = StartOf(main.Split(["实时", "即时"], StringSplitOptions.None)[0]), PublicityDays = publicityDays, PublicityInWorkingDays = publicityWorking, Text = original };
        }

        error = $"无法识别公开时限“{original}”：请写明天数和单位（如“信息形成或者变更之日起20个工作日内”“批准后20日内”），或写“实时”“每年3月31日前”。";
        return null;
    }

    /// <summary>The last day to publish for an obligation that arose on <paramref name="start"/> (China date).</summary>
    public DateOnly DueDate(DateOnly start, WorkingDayCalendar calendar) => Unit switch
    {
        TimeLimitUnit.WorkingDays => calendar.AddWorkingDays(start, Amount ?? 20),
        TimeLimitUnit.CalendarDays => start.AddDays(Amount ?? 20),
        TimeLimitUnit.RealTime => start,
        _ => NextFixedDate(start),
    };

    /// <summary>The yearly fixed date on or after the given day.</summary>
    public DateOnly NextFixedDate(DateOnly from)
    {
        var thisYear = FixedOn(from.Year);
        return thisYear >= from ? thisYear : FixedOn(from.Year + 1);
    }

    public DateOnly FixedOn(int year)
    {
        var month = FixedMonth ?? 12;
        return new DateOnly(year, month, Math.Min(FixedDay ?? 31, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>A short structured reading for reviewers, e.g. "20 个工作日（自信息形成或者变更之日起），公示 7 个工作日".</summary>
    public string Describe()
    {
        var main = Unit switch
        {
            TimeLimitUnit.WorkingDays => $"{Amount} 个工作日（自{StartEvent}起）",
            TimeLimitUnit.CalendarDays => $"{Amount} 日（自{StartEvent}起）",
            TimeLimitUnit.RealTime => "实时",
            _ => $"每年 {FixedMonth} 月 {FixedDay} 日前",
        };
        return PublicityDays is int p ? $"{main}，公示 {p} 个{(PublicityInWorkingDays ? "工作日" : "日")}" : main;
    }

    private static string StartOf(string before)
    {
        var s = before.Trim().TrimStart('自', '从').Trim();
        foreach (var tail in new[] { "起", "后", "内" })
        {
            if (s.EndsWith(tail, StringComparison.Ordinal))
            {
                s = s[..^tail.Length];
                break;
            }
        }

        s = s.Trim('，', ',', '；', ' ');
        return s.Length == 0 ? DefaultStartEvent : s;
    }

    private static string Normalize(string s)
    {
        var chars = s.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).Where(c => !char.IsWhiteSpace(c)).ToArray();
        return new string(chars);
    }

    [GeneratedRegex(@"[，,；;]?公示(期)?(为)?(?<n>\d+)个?(?<u>工作日|自然日|日|天)")]
    private static partial Regex PublicityPattern();

    [GeneratedRegex(@"每年(?<m>\d{1,2})月(底|(?<d>\d{1,2})日)")]
    private static partial Regex YearlyPattern();

    [GeneratedRegex(@"(?<n>\d+)个?(?<u>工作日|自然日|日|天)")]
    private static partial Regex DaysPattern();
}
