using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Calendar;

public sealed record AddWorkingDaysResult(string From, int Days, string Result);

public sealed record CalendarYearDto(int Year, string Source, int Holidays, int Workdays);

public static class CalendarApi
{
    public const int MaxDays = 366;

    public static void MapCalendarApi(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("工作日历").AllowAnonymous();

        calendar.MapGet("/add-working-days", async Task<Results<Ok<AddWorkingDaysResult>, ProblemHttpResult>> (string? from, int? days, CalendarService service, CancellationToken ct) =>
        {
            var (start, error) = Compute(from, days);
            if (error is not null)
            {
                return Problems.BadRequest(error);
            }

            try
            {
                var result = (await service.GetAsync(ct)).AddWorkingDays(start, days!.Value);
                return TypedResults.Ok(new AddWorkingDaysResult(Iso(start), days.Value, Iso(result)));
            }
            catch (CalendarDataMissingException e)
            {
                return Problems.Unprocessable(e.Message, "缺少该年度的节假日数据");
            }
        }).WithSummary("自 from 起第 N 个工作日（from 当日不计入），按国务院办公厅公布的节假日安排计算");

        calendar.MapGet("/years", async (ZwgkDbContext db, CancellationToken ct) =>
        {
            var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(ct);
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
            return TypedResults.Ok(years.Select(y => new CalendarYearDto(
                y.Year, y.Source,
                days.Count(d => d.Date.Year == y.Year && d.Kind == CalendarDayKind.Holiday),
                days.Count(d => d.Date.Year == y.Year && d.Kind == CalendarDayKind.Workday))));
        }).WithSummary("已录入节假日安排的年度");
    }

    /// <summary>Shared by the API and the portal page: parses and bounds the inputs, in Chinese.</summary>
    public static (DateOnly From, string? Error) Compute(string? from, int? days)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return (default, "起算日期 from 须为 YYYY-MM-DD 格式的有效日期。");
        }

        if (!Platform.Input.InputDates.InRange(start))
        {
            return (start, "起算日期 from：" + Platform.Input.InputDates.Message);
        }

        if (days is null or < 1 or > MaxDays)
        {
            return (start, $"工作日数 days 须为 1 至 {MaxDays} 之间的整数。");
        }

        return (start, null);
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
