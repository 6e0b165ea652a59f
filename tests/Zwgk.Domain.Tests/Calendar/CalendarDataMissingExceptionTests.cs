using Zwgk.Domain.Calendar;

namespace Zwgk.Domain.Tests.Calendar;

public class CalendarDataMissingExceptionTests
{
    [Fact]
    public void Carries_the_year_and_a_chinese_message()
    {
        var ex = new CalendarDataMissingException(2027);

        Assert.Equal(2027, ex.Year);
        Assert.Equal(
            "2027 年的法定节假日安排尚未录入，无法计算期限。请先由管理员录入该年度的节假日和调休工作日。",
            ex.Message);
    }
}
