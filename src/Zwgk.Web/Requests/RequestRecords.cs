using Zwgk.Domain.Auditing;
using Zwgk.Domain.Requests;
using Zwgk.Web.Requests.Letters;

namespace Zwgk.Web.Requests;

/// <summary>
/// A notice or reply as issued: the DOCX and its text are frozen with the case the moment they are issued, so a later
/// template edit never changes what the applicant received.
/// </summary>
public sealed class RequestLetter : IAuditable
{
    public int Id { get; set; }

    public int RequestId { get; set; }

    /// <summary>Set when the letter is saved with its request (the acknowledgement, before the request has an id).</summary>
    public InformationRequest? Request { get; set; }

    public int UnitId { get; set; }

    public LetterKind Kind { get; set; }

    public RequestOutcome? Outcome { get; set; }

    public string Title { get; set; } = "";

    public string FileName { get; set; } = "";

    public byte[] Docx { get; set; } = [];

    public string PlainText { get; set; } = "";

    /// <summary>Whether the applicant may download it (a letter to a third party is not theirs).</summary>
    public bool ForApplicant { get; set; }

    public DateTime IssuedAt { get; set; }

    public string IssuedBy { get; set; } = "";

    int? IAuditable.AuditUnitId => UnitId;

    string IAuditable.AuditLabel => Title;
}

public enum ReminderKind
{
    DueSoon,
    Overdue,
    ConsultationOverdue,
    ClarificationLapsed,
    FeeLapsed,
}

/// <summary>An in-app reminder for the handlers of a unit; one per request, kind and deadline, so the job never repeats itself.</summary>
public sealed class RequestReminder
{
    public int Id { get; set; }

    public int RequestId { get; set; }

    /// <summary>The unit whose handlers see it: the handling unit, or the receiving unit before assignment.</summary>
    public int UnitId { get; set; }

    public ReminderKind Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public string Message { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? EmailedAt { get; set; }

    public DateTime? DismissedAt { get; set; }

    public string? DismissedBy { get; set; }
}

public static class ReminderKindExtensions
{
    public static string DisplayName(this ReminderKind k) => k switch
    {
        ReminderKind.DueSoon => "即将到期",
        ReminderKind.Overdue => "已超期",
        ReminderKind.ConsultationOverdue => "征求意见逾期",
        ReminderKind.ClarificationLapsed => "补正期限届满",
        ReminderKind.FeeLapsed => "缴费期限届满",
        _ => k.ToString(),
    };
}
