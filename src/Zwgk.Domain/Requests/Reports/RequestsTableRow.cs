namespace Zwgk.Domain.Requests.Reports;

/// <summary>What a data row of table B counts.</summary>
public enum RequestsTableRowKind
{
    /// <summary>一、本年新收政府信息公开申请数量</summary>
    NewThisYear,

    /// <summary>二、上年结转政府信息公开申请数量</summary>
    CarriedFromLastYear,

    /// <summary>One of the 21 result rows of 三、本年度办理结果.</summary>
    Result,

    /// <summary>三（七）总计</summary>
    ResultTotal,

    /// <summary>四、结转下年度继续办理</summary>
    CarriedToNextYear,
}

/// <summary>
/// One of the 25 data rows of table B "三、收到和处理政府信息公开申请情况" (国办公开办函〔2021〕30号), with its verbatim label
/// and where it sits under the section 三 and the group headings （三）–（六）, which carry no numbers of their own.
/// </summary>
public sealed record RequestsTableRow(RequestsTableRowKind Kind, RequestOutcome? Outcome, string Label)
{
    public const string ResultSection = "三、本年度办理结果";

    /// <summary>A stable key for JSON and tests: "NewThisYear", "Result.PartlyDisclosed", "ResultTotal" …</summary>
    public string Key => Outcome is { } o ? $"{Kind}.{o}" : Kind.ToString();

    /// <summary>The section heading the row sits under (三、本年度办理结果), or null for 一、二、四.</summary>
    public string? Section => Kind is RequestsTableRowKind.Result or RequestsTableRowKind.ResultTotal ? ResultSection : null;

    /// <summary>The group heading （三）–（六） for a numbered sub-row, or null when the row's label stands alone.</summary>
    public string? GroupHeading => Outcome?.SubRowNumber() is null ? null : Outcome.Value.Group().DisplayName();

    /// <summary>The 25 rows in the order of the national format.</summary>
    public static IReadOnlyList<RequestsTableRow> All { get; } =
    [
        new(RequestsTableRowKind.NewThisYear, null, "一、本年新收政府信息公开申请数量"),
        new(RequestsTableRowKind.CarriedFromLastYear, null, "二、上年结转政府信息公开申请数量"),
        .. RequestOutcomeExtensions.InTableOrder.Select(o => new RequestsTableRow(RequestsTableRowKind.Result, o, ResultLabel(o))),
        new(RequestsTableRowKind.ResultTotal, null, "（七）总计"),
        new(RequestsTableRowKind.CarriedToNextYear, null, "四、结转下年度继续办理"),
    ];

    public static int IndexOf(RequestOutcome outcome) => 2 + RequestOutcomeExtensions.InTableOrder.ToList().IndexOf(outcome);

    public static int ResultTotalIndex => 23;

    // （一）予以公开 and （二）部分公开 stand alone with their group number; sub-rows read "1.属于国家秘密".
    private static string ResultLabel(RequestOutcome o) => o.SubRowNumber() is { } n
        ? $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{o.DisplayName()}"
        : o.Group().DisplayName();
}

/// <summary>The seven number columns of table B: 自然人, the five kinds of 法人或其他组织 (no subtotal), 总计.</summary>
public sealed record RequestsTableColumn(ApplicantKind? Applicant, string Label)
{
    public const string ApplicantsHeading = "申请人情况";
    public const string OrganizationsHeading = "法人或其他组织";
    public const string CornerNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public string Key => Applicant?.ToString() ?? "Total";

    public static IReadOnlyList<RequestsTableColumn> All { get; } =
    [
        .. Enum.GetValues<ApplicantKind>().Select(k => new RequestsTableColumn(k, k.DisplayName())),
        new(null, "总计"),
    ];

    public static int TotalIndex => 6;
}
