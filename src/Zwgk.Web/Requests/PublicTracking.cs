using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Requests;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Requests;

/// <summary>The applicant's view of their own case: the public part of its history and the letters meant for them.</summary>
public sealed class PublicTracking(ZwgkDbContext db, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options)
{
    /// <summary>One answer for "no such number" and "wrong code", so the lookup tells nothing about other people's cases.</summary>
    public const string NotFoundMessage = "申请编号或查询码不正确，请核对后重试。";

    public async Task<PublicRequestDto> ViewAsync(InformationRequest r, CancellationToken ct)
    {
        var events = await db.Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId == r.Id && e.PublicNote != null).OrderBy(e => e.Id).ToListAsync(ct);
        var letters = await db.Set<RequestLetter>().AsNoTracking().Where(l => l.RequestId == r.Id && l.ForApplicant).OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.Title, l.IssuedAt }).ToListAsync(ct);
        var attachments = await db.Set<RequestAttachment>().AsNoTracking().Where(a => a.RequestId == r.Id && a.RemovedAt == null).OrderBy(a => a.Number).ToListAsync(ct);
        var agency = await db.Organizations.AsNoTracking().Where(o => o.Id == r.UnitId).Select(o => o.Name).SingleAsync(ct);
        var status = r.DueStatusOn(await calendars.ForDeadlinesAsync(ct), ChinaTime.Today(clock), options.Value.DueSoonWorkingDays);
        return new PublicRequestDto(
            r.TrackingNumber, agency, r.State.PublicStage(), r.ReceivedOn, r.State.IsClosed() ? null : r.DueOn,
            status is DueStatus.Paused ? "征求意见或缴费期间暂停计算" : status.DisplayName(), r.RepliedOn,
            r.State == RequestState.AwaitingClarification ? r.ClarificationItems : null, r.State == RequestState.AwaitingClarification ? r.ClarificationDeadline : null,
            events.Select(e => new PublicEventDto(ChinaTime.DateOf(e.At), e.PublicNote!)).ToList(),
            letters.Select(l => new PublicLetterDto(l.Id, l.Title, ChinaTime.DateOf(l.IssuedAt))).ToList(),
            attachments.Select(a => new PublicAttachmentDto(a.Number, a.Kind.DisplayName(), a.FileName, a.Size, ChinaTime.DateOf(a.AddedAt))).ToList(),
            !r.State.IsClosed());
    }
}
