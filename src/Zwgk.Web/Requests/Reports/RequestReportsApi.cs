using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Zwgk.Domain.Access;
using Zwgk.Domain.Requests.Reports;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests.Reports;

public sealed record ReportColumnDto(string Key, string Label, string? Group, string? Subgroup);

public sealed record ReportRowDto(string Key, string Label, string? Section, string? Group, IReadOnlyList<int> Values);

public sealed record RequestsTableDto(string Title, string Note, IReadOnlyList<ReportColumnDto> Columns, IReadOnlyList<ReportRowDto> Rows);

public sealed record RemediesTableDto(string Title, IReadOnlyList<ReportColumnDto> Columns, IReadOnlyList<int> Values);

public sealed record RequestReportDto(int UnitId, string UnitName, int Year, RequestsTableDto Requests, RemediesTableDto Remedies)
{
    public static RequestReportDto From(RequestReport r) => new(r.UnitId, r.UnitName, r.Year,
        new RequestsTableDto(
            RequestReports.RequestsTitle,
            RequestsTableColumn.CornerNote,
            RequestsTable.Columns.Select(c => new ReportColumnDto(c.Key, c.Label, RequestsTableColumn.ApplicantsHeading,
                c.Applicant is { } k && k != Zwgk.Domain.Requests.ApplicantKind.NaturalPerson ? RequestsTableColumn.OrganizationsHeading : null)).ToList(),
            RequestsTable.Rows.Select((row, i) => new ReportRowDto(row.Key, row.Label, row.Section, row.GroupHeading, r.Requests.RowValues(i))).ToList()),
        new RemediesTableDto(
            RequestReports.RemediesTitle,
            RemediesTable.Columns.Select(c => c.Kind == Zwgk.Domain.Requests.RemedyKind.Reconsideration
                ? new ReportColumnDto(c.Key, c.Label, c.GroupLabel, null)
                : new ReportColumnDto(c.Key, c.Label, RemediesTableColumn.LawsuitHeading, c.GroupLabel)).ToList(),
            r.Remedies.Values));
}

public static class RequestReportsApi
{
    public static void MapRequestReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/requests", async Task<Results<Ok<RequestReportDto>, ProblemHttpResult>> (string? unit, string? year, RequestReports reports, CancellationToken ct) =>
        {
            if (!int.TryParse(unit, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId))
            {
                return Problems.BadRequest("请用参数 unit 指明单位（单位编号，整数）。");
            }

            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return Problems.BadRequest("请用参数 year 指明年份（四位数字，如 2025）。");
            }

            if (reports.CheckYear(y) is { } bad)
            {
                return Problems.BadRequest(bad);
            }

            var o = await reports.GetAsync(unitId, y, ct);
            return o.Ok ? TypedResults.Ok(RequestReportDto.From(o.Value!))
                : o.ToProblem(
                    notFound: "单位不存在。",
                    forbidden: "您无权查看该单位的依申请公开统计：只能查看本人办理依申请公开的单位及其下级单位。",
                    ruleTitle: "申请数据不一致，无法统计");
        })
        .WithTags("依申请公开")
        .RequireAuthorization(PermissionRequirement.PolicyName(Permission.HandleRequests))
        .WithSummary("年度报告“收到和处理政府信息公开申请情况”和“政府信息公开行政复议、行政诉讼情况”两张表（国办公开办函〔2021〕30号格式，含行列标签）");
    }
}
