using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;

namespace Zwgk.Web.Requests.Reports;

/// <summary>
/// The annual-report tables B and C for any unit of the user's subtree and any year, laid out as the national format,
/// with an XLSX export. Reading needs 办理依申请公开 on the unit.
/// </summary>
[RequirePermission(Permission.HandleRequests)]
public sealed class RequestReportModel(RequestReports reports) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public List<SelectListItem> UnitItems { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public RequestReport? Report { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        if (Report is null)
        {
            return Page();
        }

        var name = $"{Report.UnitName}{Report.Year}年依申请公开统计表.xlsx";
        return File(ReportWorkbook.Build(Report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        Title = "依申请公开年度统计";
        var units = await reports.UnitsAsync(HttpContext.RequestAborted);
        var year = Year ?? reports.CurrentYear - 1; // the report is written in January–March for the year before (条例第四十九条)
        Years = Enumerable.Range(RequestReports.FirstYear, reports.CurrentYear - RequestReports.FirstYear + 1).Reverse().ToList();
        var unitId = UnitId ?? (units.Any(u => u.Id == Unit?.Id) ? Unit!.Id : (units.Count > 0 ? units[0].Id : (int?)null));
        UnitItems = UnitOptions.Items(units, unitId);
        Year = year;
        UnitId = unitId;
        if (unitId is null)
        {
            Error = "您没有可统计的单位。";
            return null;
        }

        var o = await reports.GetAsync(unitId.Value, year, HttpContext.RequestAborted);
        if (o.NotFound)
        {
            return NotFound();
        }

        if (o.Forbidden)
        {
            return Forbid();
        }

        Error = o.Error;
        Report = o.Value;
        if (Report is not null)
        {
            Title = $"{Report.UnitName}{Report.Year}年依申请公开统计";
        }

        return null;
    }
}
