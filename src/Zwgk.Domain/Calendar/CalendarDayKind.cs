namespace Zwgk.Domain.Calendar;

// What the official arrangement says about one special day.
public enum CalendarDayKind
{
    // A public holiday (法定节假日): a rest day whatever the weekday.
    Holiday,

    // A make-up workday (调休工作日): a Saturday or Sunday that is worked.
    Workday,
}
