using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Requests;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Requests;

/// <summary>Information several different applicants asked for in the last twelve months, which could be published proactively.</summary>
public sealed record DisclosureSuggestion(string Information, int Applicants, IReadOnlyList<string> TrackingNumbers, int? DocumentId, string? DocumentTitle);

/// <summary>
/// 条例第四十四条: information that several applicants request and that can be disclosed may be brought into proactive
/// disclosure. Groups by the linked document, otherwise by similar descriptions; disclosed or partly disclosed requests only.
/// The suggestion leads to the document's yearly review (/admin/documents/review-yearly).
/// </summary>
public sealed class DisclosureSuggestions(ZwgkDbContext db, TimeProvider clock, IOptions<RequestOptions> options)
{
    public async Task<IReadOnlyList<DisclosureSuggestion>> ForAsync(IQueryable<InformationRequest> visible, CancellationToken ct = default)
    {
        var since = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).AddYears(-1);
        var rows = await visible.Where(r => r.ReceivedOn >= since && (r.Outcome == RequestOutcome.Disclosed || r.Outcome == RequestOutcome.PartlyDisclosed))
            .OrderBy(r => r.Id)
            .Select(r => new { r.TrackingNumber, r.InformationSought, r.ClarificationText, r.DocumentId, r.Applicant.IdType, r.Applicant.IdNumber })
            .Take(2000).ToListAsync(ct);
        var groups = new List<(string Info, int? Doc, List<(string Number, string Who)> Members)>();
        foreach (var r in rows)
        {
            var info = r.ClarificationText ?? r.InformationSought;
            var who = $"{r.IdType}:{r.IdNumber}";
            var g = groups.FindIndex(x => r.DocumentId is not null ? x.Doc == r.DocumentId : x.Doc is null && SameInformation.IsSame(x.Info, info));
            if (g < 0)
            {
                groups.Add((info, r.DocumentId, [(r.TrackingNumber, who)]));
            }
            else
            {
                groups[g].Members.Add((r.TrackingNumber, who));
            }
        }

        var threshold = options.Value.SuggestionApplicants;
        var found = groups.Where(g => g.Members.Select(m => m.Who).Distinct().Count() >= threshold).ToList();
        var docIds = found.Where(g => g.Doc is not null).Select(g => g.Doc!.Value).ToList();
        var titles = await db.Documents.AsNoTracking().Where(d => docIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        return found
            .Select(g => new DisclosureSuggestion(g.Info, g.Members.Select(m => m.Who).Distinct().Count(), g.Members.Select(m => m.Number).ToList(), g.Doc, g.Doc is int d ? titles.GetValueOrDefault(d) : null))
            .OrderByDescending(s => s.Applicants).ToList();
    }
}
