using Zwgk.Domain.Calendar;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Calendar;

/// <summary>答复期限计算: the public working-day calculator, a plain GET form that needs no JavaScript.</summary>
public sealed class DeadlineModel(CalendarService calendar, TimeProvider clock) : PortalPageModel
{
    public string From { get; private set; } = "";

    public int Days { get; private set; } = 20;

    public string? Result { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? from, int? days)
    {
        Title = "答复期限计算";
        Tags.VirtualColumn = ("答复期限计算", "按国务院办公厅公布的节假日安排，计算法定工作日期限。", "工作日,答复期限,依申请公开", "依申请公开");
        From = from ?? CalendarApi.Iso(ChinaTime.Today(clock));
        Days = days ?? 20;
        if (from is null)
        {
            return;
        }

        var (start, error) = CalendarApi.Compute(from, days);
        if (error is not null)
        {
            Error = error;
            return;
        }

        try
        {
            var due = (await calendar.GetAsync()).AddWorkingDays(start, Days);
            Result = $"{start:yyyy年M月d日}起第 {Days} 个工作日为 {due:yyyy年M月d日}（{Weekday(due)}）。";
        }
        catch (CalendarDataMissingException e)
        {
            Error = e.Message;
        }
    }

    private static string Weekday(DateOnly d) => "日一二三四五六"[(int)d.DayOfWeek] is var c ? $"星期{c}" : "";
}
