using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zwgk.Domain.Requests;
using Zwgk.Web.Tests.Infrastructure;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.Requests;

/// <summary>
/// A year of cases generated through the API with a moving clock, then GET /api/v1/reports/requests compared cell by cell
/// with an independent count of what the test itself did (annual-report.md counting rules).
/// </summary>
public sealed class AnnualReportEndToEndTests(ReportYearFixture fx) : IClassFixture<ReportYearFixture>
{
    private sealed record Made(ApplicantKind Kind, DateOnly ReceivedOn, DateOnly? ClosedOn, RequestOutcome? Outcome);

    private readonly List<Made> _made = [];
    private readonly List<(RemedyKind Kind, DateOnly Filed, RemedyResult Result, DateOnly? Decided)> _remedies = [];
    private HttpClient _admin = null!;

    /// <summary>职责分离: the approver is not the admin who proposed the replies; a token made at the same clock as the admin's.</summary>
    private HttpClient _approver = null!;
    private int _unit;
    private int _serial;

    private static readonly ApplicantKind[] Kinds = Enum.GetValues<ApplicantKind>();

    [Fact]
    public async Task Table_B_and_C_of_2025_match_an_independent_count_cell_by_cell()
    {
        _admin = fx.Factory.WithToken(DemoAccounts.AdminToken);
        _approver = await fx.Factory.AsUserAsync(DemoAccounts.CityOffice, validDays: 365);
        // 莱阳市 has no demo requests, so every case in its table is one this test made.
        _unit = await fx.Factory.UnitIdAsync("莱阳市");

        // December 2024: five requests; two closed in 2024 (outside the table), three carried into 2025.
        var december = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            december.Add(await RegisterAsync(Kinds[i], "2024-12-16"));
        }

        fx.MoveTo("2024-12-20");
        await CloseAsync(december[0], RequestOutcome.Disclosed);
        await CloseAsync(december[1], RequestOutcome.CannotProvideNotHeld);

        // The three flows that need time to pass, started early in March 2025.
        fx.MoveTo("2025-01-10");
        await CloseAsync(december[2], RequestOutcome.PartlyDisclosed);
        fx.MoveTo("2025-03-03");
        var lapsed = await RegisterAsync(ApplicantKind.NaturalPerson, "2025-03-03");
        await ActAsync(_admin, lapsed, "clarify", new { items = "请写明年份。", deadline = "2025-03-10" });
        var unclear = await RegisterAsync(ApplicantKind.ResearchInstitution, "2025-03-03");
        await ActAsync(_admin, unclear, "clarify", new { items = "请写明项目。", deadline = "2025-03-10" });
        await ActAsync(_admin, unclear, "complete-clarification", new { text = "某某项目的全部资料", on = "2025-03-03" });
        await ActAsync(_admin, unclear, "assign", new { unitId = _unit });
        var unpaid = await RegisterAsync(ApplicantKind.CommercialEnterprise, "2025-03-03");
        await ActAsync(_admin, unpaid, "assign", new { unitId = _unit });
        await ActAsync(_admin, unpaid, "fee-notice", new { feeMode = "PerVolume", quantity = 150 });

        // March–April 2025: every other outcome once, then more cases over the year; every fifth stays open.
        var quick = RequestOutcomeExtensions.InTableOrder
            .Where(o => o is not (RequestOutcome.OtherClarificationNotCompleted or RequestOutcome.OtherFeeNotPaid or RequestOutcome.CannotProvideStillUnclear)).ToList();
        var random = new Random(20250101);
        var day = new DateOnly(2025, 3, 4);
        var replied = new List<(int Id, DateOnly On)>();
        for (var i = 0; i < 30; i++)
        {
            fx.MoveTo(day.ToString("yyyy-MM-dd"));
            var id = await RegisterAsync(Kinds[random.Next(Kinds.Length)], day.ToString("yyyy-MM-dd"));
            if (i % 5 != 4)
            {
                await CloseAsync(id, i < quick.Count ? quick[i] : quick[random.Next(quick.Count)]);
                replied.Add((id, day));
            }

            day = day.AddDays(random.Next(3, 9));
        }

        fx.MoveTo(day.ToString("yyyy-MM-dd"));
        await ActAsync(_admin, lapsed, "decide", new { outcome = "OtherClarificationNotCompleted" });
        await FinishAsync(lapsed, RequestOutcome.OtherClarificationNotCompleted);
        await ActAsync(_admin, unclear, "decide", new { outcome = "CannotProvideStillUnclear", reasonText = "补正后仍无法确定所指信息。" });
        await FinishAsync(unclear, RequestOutcome.CannotProvideStillUnclear);
        await ActAsync(_admin, unpaid, "decide", new { outcome = "OtherFeeNotPaid" });
        await FinishAsync(unpaid, RequestOutcome.OtherFeeNotPaid);

        // Remedies: a reconsideration decided in 2025, one still pending, and a direct lawsuit decided in 2026.
        await FileAsync(replied[0].Id, RemedyKind.Reconsideration, day.AddDays(-1), RemedyResult.Upheld, day);
        await FileAsync(replied[1].Id, RemedyKind.Reconsideration, day, null, null);
        await FileAsync(replied[2].Id, RemedyKind.LawsuitDirect, day, RemedyResult.Corrected, new DateOnly(2026, 1, 6));

        // Late December: carried into 2026; January 2026: outside the table, and a carried case closed then.
        fx.MoveTo("2025-12-29");
        // The demo token, made at seeding (2024-12-16), has lived its 365 days: a year later the admin signs in for a new one.
        Assert.Equal(HttpStatusCode.Unauthorized, (await _admin.GetAsync("/api/v1/requests")).StatusCode);
        _admin = await fx.Factory.AsUserAsync(DemoAccounts.Admin);
        _approver = await fx.Factory.AsUserAsync(DemoAccounts.CityOffice, validDays: 365);
        for (var i = 0; i < 3; i++)
        {
            await RegisterAsync(Kinds[(i * 2) % Kinds.Length], "2025-12-29");
        }

        fx.MoveTo("2026-01-06");
        await RegisterAsync(ApplicantKind.LegalServiceProvider, "2026-01-06");
        await CloseAsync(december[3], RequestOutcome.Disclosed);
        await DecidePendingAsync(new DateOnly(2026, 1, 6));

        var report = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/requests?unit={_unit}&year=2025");
        var expected = ExpectedTableB(2025);
        var rows = report.GetProperty("requests").GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(25, rows.Count);
        var columns = report.GetProperty("requests").GetProperty("columns").EnumerateArray().Select(c => c.Str("key")).ToList();
        Assert.Equal(7, columns.Count);
        foreach (var row in rows)
        {
            var values = row.GetProperty("values").EnumerateArray().Select(v => v.GetInt32()).ToList();
            for (var c = 0; c < 7; c++)
            {
                Assert.True(expected(row.Str("key"), columns[c]) == values[c], $"{row.Str("label")} × {columns[c]}: expected {expected(row.Str("key"), columns[c])}, got {values[c]}");
            }
        }

        var remedyColumns = report.GetProperty("remedies").GetProperty("columns").EnumerateArray().Select(c => c.Str("key")).ToList();
        var remedyValues = report.GetProperty("remedies").GetProperty("values").EnumerateArray().Select(v => v.GetInt32()).ToList();
        Assert.Equal(15, remedyValues.Count);
        for (var c = 0; c < 15; c++)
        {
            Assert.True(ExpectedTableC(2025, remedyColumns[c]) == remedyValues[c], $"{remedyColumns[c]}: expected {ExpectedTableC(2025, remedyColumns[c])}, got {remedyValues[c]}");
        }

        // The sanity of the generated year itself: something in every part of the table.
        Assert.True(expected("NewThisYear", "Total") > 30);
        Assert.Equal(3, expected("CarriedFromLastYear", "Total"));
        Assert.True(expected("CarriedToNextYear", "Total") >= 5);
    }

    /// <summary>Counted here from what the test did, with the rules of annual-report.md and nothing from the application.</summary>
    private Func<string, string, int> ExpectedTableB(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return (row, column) => _made.Count(m =>
        {
            if (column != "Total" && m.Kind.ToString() != column)
            {
                return false;
            }

            var closedInYear = m.ClosedOn is { } c && c >= first && c <= last;
            var openAtEnd = m.ReceivedOn <= last && (m.ClosedOn is null || m.ClosedOn > last);
            return row switch
            {
                "NewThisYear" => m.ReceivedOn >= first && m.ReceivedOn <= last,
                "CarriedFromLastYear" => m.ReceivedOn < first && (m.ClosedOn is null || m.ClosedOn >= first),
                "ResultTotal" => closedInYear,
                "CarriedToNextYear" => openAtEnd,
                _ => closedInYear && row == $"Result.{m.Outcome}",
            };
        });
    }

    private int ExpectedTableC(int year, string column)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var parts = column.Split('.');
        return _remedies.Count(r =>
        {
            if (r.Kind.ToString() != parts[0] || r.Filed > last || r.Decided is { } d0 && d0 < first)
            {
                return false;
            }

            var result = r.Decided is { } d && d <= last ? r.Result : RemedyResult.Pending;
            return parts[1] == "Total" || parts[1] == result.ToString();
        });
    }

    private async Task<int> RegisterAsync(ApplicantKind kind, string receivedOn)
    {
        var org = kind.IsOrganization();
        var body = await RequestHttp.RegisterAsync(_admin, new
        {
            unitId = _unit,
            channel = "InPerson",
            receivedOn,
            applicantKind = kind.ToString(),
            name = org ? $"某某单位{++_serial}" : $"申请人{++_serial}",
            idType = org ? "CreditCode" : "ResidentIdCard",
            idNumber = org ? $"91370687MA3C{_serial:D6}" : "370687199001011232",
            contactPerson = org ? "联系人" : null,
            phone = "13800000000",
            informationSought = $"第 {_serial} 项：{kind.DisplayName()}申请的第{_serial}号不同事项的信息",
            form = "Electronic",
            delivery = "Online",
        });
        var id = int.Parse(body.GetProperty("request").Str("id"));
        _made.Add(new Made(kind, DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture), null, null));
        _ids.Add(id);
        return id;
    }

    private readonly List<int> _ids = [];

    private async Task CloseAsync(int id, RequestOutcome outcome)
    {
        await ActAsync(_admin, id, "assign", new { unitId = _unit });
        await ActAsync(_admin, id, "decide", new
        {
            outcome = outcome.ToString(),
            howToObtain = "随本答复书提供，或在本机关门户网站查阅。",
            reasonText = "依照条例作出的说明。",
            legalBasis = "《中华人民共和国政府信息公开条例》第十四条至第十六条、第三十六条",
        });
        await FinishAsync(id, outcome);
    }

    private async Task FinishAsync(int id, RequestOutcome outcome)
    {
        await ActAsync(_approver, id, "approve", new { opinion = "同意" });
        var replied = await ActAsync(_admin, id, "reply");
        var i = _ids.IndexOf(id);
        _made[i] = _made[i] with { ClosedOn = DateOnly.Parse(replied.Str("repliedOn"), System.Globalization.CultureInfo.InvariantCulture), Outcome = outcome };
    }

    private readonly List<(int Id, int Number, RemedyResult Result, DateOnly On)> _pendingDecisions = [];

    private async Task FileAsync(int id, RemedyKind kind, DateOnly filed, RemedyResult? result, DateOnly? decided)
    {
        var body = await ActAsync(_admin, id, "file-remedy", new { remedyKind = kind.ToString(), on = filed.ToString("yyyy-MM-dd"), body = "烟台市人民政府" });
        var number = body.GetProperty("remedies").EnumerateArray().Last().GetProperty("number").GetInt32();
        if (result is { } r && decided is { } d)
        {
            if (d <= DateOnly.Parse(fxToday(), System.Globalization.CultureInfo.InvariantCulture))
            {
                await ActAsync(_admin, id, "decide-remedy", new { number, result = r.ToString(), on = d.ToString("yyyy-MM-dd") });
            }
            else
            {
                _pendingDecisions.Add((id, number, r, d));
            }
        }

        _remedies.Add((kind, filed, result ?? RemedyResult.Pending, decided));
    }

    private async Task DecidePendingAsync(DateOnly today)
    {
        foreach (var (id, number, result, on) in _pendingDecisions.Where(p => p.On <= today))
        {
            await ActAsync(_admin, id, "decide-remedy", new { number, result = result.ToString(), on = on.ToString("yyyy-MM-dd") });
        }
    }

    private string fxToday() => Zwgk.Domain.Calendar.ChinaTime.Today(fx.Clock).ToString("yyyy-MM-dd");
}
