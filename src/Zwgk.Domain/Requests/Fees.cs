namespace Zwgk.Domain.Requests;

/// <summary>国办函〔2020〕109号第三条: a fee is counted per request or per volume — for one request, never both.</summary>
public enum FeeMode
{
    /// <summary>按件计收 (第四条): by the number of requests of the applicant in the natural month.</summary>
    PerRequest,

    /// <summary>按量计收 (第五条): by the pages of one request.</summary>
    PerVolume,
}

/// <summary>The information processing fee, both modes progressive over the excess (超额累进, 国办函〔2020〕109号第三条).</summary>
public static class FeeCalculator
{
    /// <summary>
    /// 国办函〔2020〕109号第四条: the fee for the applicant's <paramref name="ordinalInMonth"/>-th request of a natural month —
    /// up to 10 free; 11–30: 100 元/件; from 31, each further band of 10 raises the rate by 100 元/件.
    /// </summary>
    public static decimal PerRequest(int ordinalInMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinalInMonth, 1);
        if (ordinalInMonth <= 10)
        {
            return 0m;
        }

        if (ordinalInMonth <= 30)
        {
            return 100m;
        }

        var band = (ordinalInMonth - 31) / 10 + 1;
        return 100m + 100m * band;
    }

    /// <summary>
    /// 国办函〔2020〕109号第五条: the fee for <paramref name="pages"/> pages of one request — up to 30 free; pages 31–100 at
    /// 10 元/页; 101–200 at 20 元/页; from 201 at 40 元/页, each rate on its own band only.
    /// </summary>
    public static decimal PerVolume(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        static int Band(int pages, int from, int to) => Math.Max(0, Math.Min(pages, to) - (from - 1));
        return 10m * Band(pages, 31, 100) + 20m * Band(pages, 101, 200) + 40m * Band(pages, 201, int.MaxValue);
    }

    public static decimal Amount(FeeMode mode, int quantity) =>
        mode == FeeMode.PerRequest ? PerRequest(quantity) : PerVolume(quantity);

    /// <summary>The basis printed on the fee notice: mode, rate and quantity.</summary>
    public static string Basis(FeeMode mode, int quantity) => mode == FeeMode.PerRequest
        ? $"按件计收：本申请为申请人本自然月内第 {quantity} 件申请，收费标准 {PerRequest(quantity):0} 元/件（《政府信息公开信息处理费管理办法》第四条）"
        : $"按量计收：本申请所涉信息共 {quantity} 页，30 页以下不收费，31—100 页 10 元/页，101—200 页 20 元/页，200 页以上 40 元/页（《政府信息公开信息处理费管理办法》第五条）";
}

public static class FeeModeExtensions
{
    public static string DisplayName(this FeeMode m) => m == FeeMode.PerRequest ? "按件计收" : "按量计收";
}
