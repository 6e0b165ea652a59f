using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Requests;
using Zwgk.Web.Platform;
using Zwgk.Web.Requests.Reports;

namespace Zwgk.Web.Requests;

/// <summary>
/// Table B and C records of one agency's own requests for one year, straight from the cases: a request counts from its day
/// of receipt (条例第三十一条) and closes on the day its reply was issued. Permission checks are the reading page's.
/// </summary>
public sealed class RequestStatisticsSource(ZwgkDbContext db) : IRequestStatisticsSource
{
    public async Task<IReadOnlyList<RequestStatRecord>> RequestsAsync(int unitId, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var rows = await db.Set<InformationRequest>().AsNoTracking()
            .Where(r => r.UnitId == unitId && r.ReceivedOn <= last && (r.RepliedOn == null || r.RepliedOn >= first))
            .Select(r => new { r.Applicant.Kind, r.ReceivedOn, r.RepliedOn, r.Outcome })
            .ToListAsync(ct);
        return rows.Select(r => new RequestStatRecord(r.Kind, r.ReceivedOn, r.RepliedOn, r.RepliedOn is null ? null : r.Outcome)).ToList();
    }

    public async Task<IReadOnlyList<RemedyStatRecord>> RemediesAsync(int unitId, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var requestIds = db.Set<InformationRequest>().Where(r => r.UnitId == unitId).Select(r => r.Id);
        var rows = await db.Set<RequestRemedy>().AsNoTracking()
            .Where(m => requestIds.Contains(m.RequestId) && m.FiledOn <= last && (m.DecidedOn == null || m.DecidedOn >= first))
            .ToListAsync(ct);
        return rows.Select(m => m.ToStatRecord()).ToList();
    }
}
