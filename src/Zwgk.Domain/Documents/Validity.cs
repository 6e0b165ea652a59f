namespace Zwgk.Domain.Documents;

/// <summary>有效性 (seed 002 §四(一)). Expired is derived from the effective-to date; repealed and amended come from later documents.</summary>
public enum Validity
{
    Effective,
    Expired,
    Repealed,
    Amended,
}

public static class ValidityExtensions
{
    public static string DisplayName(this Validity v) => v switch
    {
        Validity.Effective => "有效",
        Validity.Expired => "失效",
        Validity.Repealed => "废止",
        Validity.Amended => "已修改",
        _ => v.ToString(),
    };
}
