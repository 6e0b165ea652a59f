using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests.Reports;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Accounts;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests.Reports;

/// <summary>Tables B and C of one unit's annual report for one year.</summary>
public sealed record RequestReport(int UnitId, string UnitName, int Year, RequestsTable Requests, RemediesTable Remedies);

/// <summary>
/// Computes the annual-report tables for a unit the caller may see (办理依申请公开 on it: the handler's and the 主管部门's
/// roles) from <see cref="IRequestStatisticsSource"/>; nobody reads a unit's statistics outside their subtree.
/// </summary>
public sealed class RequestReports(ZwgkDbContext db, UserAccess access, IEnumerable<IRequestStatisticsSource> sources, TimeProvider clock)
{
    // The procedure registers the source (AddRequests, R1); resolved as a list so the console still starts without it.
    private readonly IRequestStatisticsSource? _source = sources.LastOrDefault();

    public const string RequestsTitle = "三、收到和处理政府信息公开申请情况";
    public const string RemediesTitle = "四、政府信息公开行政复议、行政诉讼情况";

    // 条例 first took effect on 2008-05-01: no annual report exists for an earlier year.
    public const int FirstYear = 2008;

    public int CurrentYear => ChinaTime.Today(clock).Year;

    /// <summary>Null when the year can have a report (2008 to this year), else the reason in Chinese.</summary>
    public string? CheckYear(int year) =>
        year < FirstYear || year > CurrentYear ? $"年份须在{FirstYear}年至{CurrentYear}年之间。" : null;

    /// <summary>The units whose reports the caller may read, in tree order.</summary>
    public async Task<IReadOnlyList<Organization>> UnitsAsync(CancellationToken ct = default) =>
        await (await access.UnitsWhereAsync(Permission.HandleRequests, ct)).AsNoTracking().ToListAsync(ct);

    /// <summary>
    /// The report, or why not: a year without reports, an unknown unit, a unit outside the caller's subtree, or
    /// inconsistent case data. The API checks the year first (<see cref="CheckYear"/>) to answer it as bad input.
    /// </summary>
    public async Task<StepResult<RequestReport>> GetAsync(int unitId, int year, CancellationToken ct = default)
    {
        if (CheckYear(year) is { } bad)
        {
            return StepResult.Refused<RequestReport>(bad);
        }

        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unitId, ct);
        if (unit is null)
        {
            return StepResult.Missing<RequestReport>();
        }

        if (!(await access.GetAsync(ct)).Has(Permission.HandleRequests, unit.UnitPath))
        {
            return StepResult.Denied<RequestReport>();
        }

        if (_source is null)
        {
            return StepResult.Refused<RequestReport>("依申请公开办理数据尚未接入本系统，暂不能统计。");
        }

        try
        {
            var requests = RequestsTable.Compute(year, await _source.RequestsAsync(unitId, year, ct));
            var remedies = RemediesTable.Compute(year, await _source.RemediesAsync(unitId, year, ct));
            return StepResult.Done(new RequestReport(unit.Id, unit.Name, year, requests, remedies));
        }
        catch (DomainRuleException e)
        {
            return StepResult.Refused<RequestReport>(e.Message);
        }
    }
}
