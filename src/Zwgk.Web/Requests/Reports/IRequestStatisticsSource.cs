using Zwgk.Domain.Requests;

namespace Zwgk.Web.Requests.Reports;

/// Implemented by R1 over the request cases; R2's page, export and API read only through it.
public interface IRequestStatisticsSource
{
    /// The unit's own requests that table B of `year` must see: received on or before 31 Dec of the year and not closed before 1 Jan.
    Task<IReadOnlyList<RequestStatRecord>> RequestsAsync(int unitId, int year, CancellationToken ct);

    /// The reconsiderations and lawsuits about the unit's requests that table C of `year` must see.
    Task<IReadOnlyList<RemedyStatRecord>> RemediesAsync(int unitId, int year, CancellationToken ct);
}
