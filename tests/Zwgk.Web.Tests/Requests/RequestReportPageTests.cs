using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Zwgk.Domain.Requests;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Requests;

/// <summary>The console report page in the official layout, and its XLSX export.</summary>
public sealed class RequestReportPageTests(ReportStatisticsFixture fixture) : IClassFixture<ReportStatisticsFixture>
{
    private static readonly (string User, string Password) Handler = ("handler", "Zwgk2026Handler");

    private ZwgkFactory Factory => fixture.Factory;

    private async Task<(Browser Browser, int Unit)> HandlerWithDataAsync()
    {
        var unit = await Factory.UnitIdAsync("海阳市");
        fixture.Statistics.Requests[unit] =
        [
            new(ApplicantKind.NaturalPerson, new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 20), RequestOutcome.Disclosed),
            new(ApplicantKind.ResearchInstitution, new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 28), RequestOutcome.OtherFeeNotPaid),
            new(ApplicantKind.NaturalPerson, new DateOnly(2024, 11, 3), null, null),
        ];
        fixture.Statistics.Remedies[unit] = [new(RemedyKind.LawsuitDirect, new DateOnly(2025, 2, 1), RemedyResult.Corrected, new DateOnly(2025, 9, 1))];
        var browser = new Browser(Factory);
        await browser.SignInAsync(Handler.User, Handler.Password);
        return (browser, unit);
    }

    [Fact]
    public async Task Shows_table_B_and_C_with_verbatim_labels_merged_headers_and_accessible_markup()
    {
        var (browser, unit) = await HandlerWithDataAsync();
        using var _ = browser;

        var page = await browser.GetDocumentAsync($"/admin/requests/reports?unit={unit}&year=2025");

        var b = page.QuerySelector("[data-testid=report-table-b]")!;
        var corner = b.QuerySelector("#b-corner")!;
        Assert.Equal("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", corner.TextContent);
        Assert.Equal(("3", "3"), (corner.GetAttribute("rowspan"), corner.GetAttribute("colspan")));
        Assert.Equal("7", b.QuerySelector("#b-applicants")!.GetAttribute("colspan"));
        Assert.Equal("5", b.QuerySelector("#b-organizations")!.GetAttribute("colspan"));
        Assert.Equal("22", b.QuerySelector("#b-section")!.GetAttribute("rowspan"));
        Assert.Equal("三、本年度办理结果", b.QuerySelector("#b-section")!.TextContent);
        Assert.Equal("8", b.QuerySelector("#b-group-NotDisclosed")!.GetAttribute("rowspan"));
        Assert.Equal("rowgroup", b.QuerySelector("#b-group-NotDisclosed")!.GetAttribute("scope"));
        Assert.Equal(25, b.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(25 * 7, b.QuerySelectorAll("tbody td").Length);
        // Every data cell names its headers, and every id it names exists in the table.
        var ids = b.QuerySelectorAll("th[id]").Select(t => t.Id).ToHashSet();
        Assert.All(b.QuerySelectorAll("td"), td => Assert.All(td.GetAttribute("headers")!.Split(' '), id => Assert.Contains(id, ids)));

        var fee = b.QuerySelector("[data-testid='report-row-Result.OtherFeeNotPaid']")!;
        Assert.Equal("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", fee.QuerySelector("th")!.TextContent);
        Assert.Equal(["0", "0", "1", "0", "0", "0", "1"], fee.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["1", "0", "0", "0", "0", "0", "1"], b.QuerySelectorAll("[data-testid=report-row-CarriedFromLastYear] td").Select(td => td.TextContent));
        Assert.Equal(["1", "0", "0", "0", "0", "0", "1"], b.QuerySelectorAll("[data-testid=report-row-CarriedToNextYear] td").Select(td => td.TextContent));
        Assert.Contains("b-col-ResearchInstitution", fee.QuerySelectorAll("td")[2].GetAttribute("headers"), StringComparison.Ordinal);

        var c = page.QuerySelector("[data-testid=report-table-c]")!;
        Assert.Equal(["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"], c.QuerySelectorAll("thead tr:nth-child(-n+2) th").Select(t => t.TextContent));
        Assert.Equal(15, c.QuerySelectorAll("thead tr:nth-child(3) th").Length);
        Assert.Equal("0 0 0 0 0 0 1 0 0 1 0 0 0 0 0", string.Join(' ', c.QuerySelectorAll("td").Select(td => td.TextContent)));
    }

    [Fact]
    public async Task The_unit_chooser_offers_only_the_users_subtree_and_another_unit_is_refused()
    {
        var (browser, _) = await HandlerWithDataAsync();
        using var _b = browser;

        var page = await browser.GetDocumentAsync("/admin/requests/reports?year=2025");
        var options = page.QuerySelectorAll("#report-unit option").Select(o => o.TextContent.Trim()).ToList();

        Assert.Contains("海阳市人民政府", options);
        Assert.Contains("海阳市东村街道办事处", options);
        Assert.DoesNotContain(options, o => o.Contains("莱阳", StringComparison.Ordinal));
        var laiyang = await Factory.UnitIdAsync("莱阳市");
        var refused = await browser.Client.GetAsync($"/admin/requests/reports?unit={laiyang}&year=2025");
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden
            || refused.Headers.Location?.ToString().Contains("/admin/denied", StringComparison.Ordinal) == true, refused.StatusCode.ToString());
    }

    [Fact]
    public async Task A_bad_year_is_explained_on_the_page()
    {
        var (browser, unit) = await HandlerWithDataAsync();
        using var _ = browser;

        var page = await browser.GetDocumentAsync($"/admin/requests/reports?unit={unit}&year=1999");

        Assert.Contains("年份须在2008年至", page.QuerySelector("[data-testid=report-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=report-table-b]"));
    }

    [Fact]
    public async Task The_xlsx_export_is_a_valid_workbook_in_the_official_layout()
    {
        var (browser, unit) = await HandlerWithDataAsync();
        using var _ = browser;

        var response = await browser.Client.GetAsync($"/admin/requests/reports?handler=Xlsx&unit={unit}&year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["收到和处理政府信息公开申请情况", "行政复议、行政诉讼情况"], sheets.Select(s => s.Name!.Value));

        var b = Cells(doc, sheets[0]);
        var merges = Merges(doc, sheets[0]);
        Assert.Equal("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", b["A2"]);
        Assert.Contains("A2:C4", merges);
        Assert.Contains("D2:J2", merges);   // 申请人情况
        Assert.Contains("E3:I3", merges);   // 法人或其他组织
        Assert.Contains("A7:A28", merges);  // 三、本年度办理结果
        Assert.Contains("B9:B16", merges);  // （三）不予公开
        Assert.Contains("A29:C29", merges); // 四、结转下年度继续办理
        Assert.Equal("申请人情况", b["D2"]);
        Assert.Equal("社会公益组织", b["G4"]);
        Assert.Equal("一、本年新收政府信息公开申请数量", b["A5"]);
        Assert.Equal("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", b["B8"]);
        Assert.Equal("1.属于国家秘密", b["C9"]);
        Assert.Equal("2", b["J5"]);  // 一 总计
        Assert.Equal("1", b["F26"]); // 其他处理 2. (fee not paid), 科研机构
        Assert.Equal("2", b["J28"]); // （七）总计
        Assert.Equal("1", b["D29"]); // 四, 自然人

        var c = Cells(doc, sheets[1]);
        Assert.Equal("行政复议", c["A2"]);
        Assert.Equal("未经复议直接起诉", c["F3"]);
        Assert.Equal("尚未审结", c["N4"]);
        Assert.Equal("1", c["G5"]);  // 未经复议直接起诉 · 结果纠正
        Assert.Equal("1", c["J5"]);  // its 总计
        Assert.Contains("A2:E3", Merges(doc, sheets[1]));
    }

    private static Dictionary<string, string> Cells(SpreadsheetDocument doc, Sheet sheet) =>
        ((WorksheetPart)doc.WorkbookPart!.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "");

    private static List<string> Merges(SpreadsheetDocument doc, Sheet sheet) =>
        [.. ((WorksheetPart)doc.WorkbookPart!.GetPartById(sheet.Id!)).Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!)];
}
