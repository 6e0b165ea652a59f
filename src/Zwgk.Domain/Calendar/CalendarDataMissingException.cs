namespace Zwgk.Domain.Calendar;

// Thrown when a computation needs a year whose official arrangement has not been entered.
// Weekends alone would give a wrong date, so the calendar refuses instead of guessing.
public sealed class CalendarDataMissingException : Exception
{
    public CalendarDataMissingException(int year)
        : base($"{year} 年的法定节假日安排尚未录入，无法计算期限。请先由管理员录入该年度的节假日和调休工作日。")
    {
        Year = year;
    }

    public int Year { get; }
}
