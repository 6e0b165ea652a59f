using Zwgk.Domain.Calendar;
using Zwgk.Domain.Requests;

namespace Zwgk.Web.Requests;

public sealed record RequestEventDto(DateTime At, string Actor, string Action, RequestState From, RequestState To, string? Note, string? PublicNote);

public sealed record ConsultationDto(int Number, ConsultationKind Kind, string Party, string Matter, DateOnly SentOn, DateOnly DueOn, ConsultationAnswer? Answer, DateOnly? AnsweredOn, string? Opinion);

public sealed record RemedyDto(int Number, RemedyKind Kind, DateOnly FiledOn, string Body, string? CaseNumber, RemedyResult Result, DateOnly? DecidedOn);

public sealed record RequestAttachmentDto(int Number, RequestAttachmentKind Kind, string KindName, string FileName, long Size, string Extension, string MimeType, DateTime AddedAt, string AddedBy, bool ByApplicant, bool Removed, string? RemovedBy, string? RemovalReason, string? Url);

public sealed record LetterDto(int Id, string Kind, string Title, string FileName, DateTime IssuedAt, bool ForApplicant, string Url);

/// <summary>A case as staff see it, with the stored deadline, the derived status and the whole history.</summary>
public sealed record RequestDto(
    int Id, string TrackingNumber, int UnitId, int? HandlingUnitId, string? Handler, string? HandlerUserId, RequestState State, string StateName,
    IntakeChannel Channel, DateOnly ReceivedOn, string? ReceiptNote, Applicant Applicant, string InformationSought, RequestedForm Form, DeliveryMethod Delivery,
    DateOnly? ClockStartedOn, DateOnly? DueOn, DueStatus DueStatus, string DueStatusName, DateOnly? PausedSince, int? PausedRemaining,
    string? ClarificationItems, DateOnly? ClarificationDeadline, DateOnly? ClarificationCompletedOn,
    int? ExtensionDays, DateOnly? DueBeforeExtensionOn, string? ExtensionReason,
    FeeMode? FeeMode, decimal? FeeAmount, DateOnly? FeePaymentDueOn, DateOnly? FeePaidOn,
    RequestOutcome? Outcome, string? OutcomeName, string? ReasonText, string? LegalBasis, string? HowToObtain, string? ApprovedBy,
    DateOnly? RepliedOn, DeliveryMethod? DeliveredBy, DateOnly? DeliveredOn, int? RepeatOfRequestId, int? DocumentId,
    IReadOnlyList<ConsultationDto> Consultations, IReadOnlyList<RemedyDto> Remedies, IReadOnlyList<LetterDto> Letters, IReadOnlyList<RequestEventDto> History,
    IReadOnlyList<RequestAttachmentDto> Attachments, int Revision)
{
    public static RequestDto From(InformationRequest r, WorkingDayCalendar calendar, DateOnly today, int dueSoon, IEnumerable<RequestLetter> letters)
    {
        var status = r.DueStatusOn(calendar, today, dueSoon);
        return new RequestDto(
            r.Id, r.TrackingNumber, r.UnitId, r.HandlingUnitId, r.Handler, r.HandlerUserId, r.State, r.State.DisplayName(),
            r.Channel, r.ReceivedOn, r.ReceiptNote, r.Applicant, r.InformationSought, r.Form, r.Delivery,
            r.ClockStartedOn, r.DueOn, status, status.DisplayName(), r.PausedSince, r.PausedRemaining,
            r.ClarificationItems, r.ClarificationDeadline, r.ClarificationCompletedOn,
            r.ExtensionDays, r.DueBeforeExtensionOn, r.ExtensionReason,
            r.FeeMode, r.FeeAmount, r.FeePaymentDueOn, r.FeePaidOn,
            r.Outcome, r.Outcome?.DisplayName(), r.ReasonText, r.LegalBasis, r.HowToObtain, r.ApprovedBy,
            r.RepliedOn, r.DeliveredBy, r.DeliveredOn, r.RepeatOfRequestId, r.DocumentId,
            r.Consultations.OrderBy(c => c.Number).Select(c => new ConsultationDto(c.Number, c.Kind, c.Party, c.Matter, c.SentOn, c.DueOn, c.Answer, c.AnsweredOn, c.Opinion)).ToList(),
            r.Remedies.OrderBy(m => m.Number).Select(m => new RemedyDto(m.Number, m.Kind, m.FiledOn, m.Body, m.CaseNumber, m.Result, m.DecidedOn)).ToList(),
            letters.OrderBy(l => l.Id).Select(l => new LetterDto(l.Id, l.Kind.ToString(), l.Title, l.FileName, l.IssuedAt, l.ForApplicant, $"/api/v1/requests/{r.Id}/letters/{l.Id}")).ToList(),
            r.Events.OrderBy(e => e.Id).Select(e => new RequestEventDto(e.At, e.Actor, e.Action, e.From, e.To, e.Note, e.PublicNote)).ToList(),
            r.Attachments.OrderBy(a => a.Number).Select(a => new RequestAttachmentDto(
                a.Number, a.Kind, a.Kind.DisplayName(), a.FileName, a.Size, a.Extension, a.MimeType, a.AddedAt, a.AddedBy, a.ByApplicant,
                a.IsRemoved, a.RemovedBy, a.RemovalReason, a.IsRemoved ? null : $"/api/v1/requests/{r.Id}/attachments/{a.Number}")).ToList(),
            r.Revision);
    }
}

/// <summary>What the applicant sees with number and code: the stage, the deadline, the public history and the letters.</summary>
public sealed record PublicRequestDto(
    string TrackingNumber, string Agency, string Stage, DateOnly ReceivedOn, DateOnly? DueOn, string DueStatusName, DateOnly? RepliedOn,
    string? ClarificationItems, DateOnly? ClarificationDeadline, IReadOnlyList<PublicEventDto> History, IReadOnlyList<PublicLetterDto> Letters,
    IReadOnlyList<PublicAttachmentDto> Attachments, bool MayAddAttachments);

/// <summary>An attachment of the applicant's own case; downloaded with number and code (never a public address).</summary>
public sealed record PublicAttachmentDto(int Number, string KindName, string FileName, long Size, DateOnly AddedOn);

public sealed record PublicEventDto(DateOnly On, string Text);

public sealed record PublicLetterDto(int Id, string Title, DateOnly IssuedOn);
