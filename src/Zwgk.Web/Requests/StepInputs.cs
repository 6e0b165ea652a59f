using Zwgk.Domain.Requests;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests;

// What each step of the procedure takes (RequestService.Actions names the type of each). The console's forms post
// these fields by name; the API takes them as the JSON body of POST /api/v1/requests/{id}/{action}.

/// <summary>分办: the unit inside the agency that handles the case, and who in it (an account holding the handler role there).</summary>
public sealed class AssignInput : IStepInput
{
    public int? UnitId { get; set; }

    /// <summary>The 承办人's user id, one of <c>GET /api/v1/requests/{id}/handlers</c>; empty leaves the case to the unit's handlers.</summary>
    public string? HandlerUserId { get; set; }

    /// <summary>
    /// A 承办人 typed as free text, as API clients sent it before accounts were chosen (JSON "handler"); refused with a message
    /// naming <see cref="HandlerUserId"/>. Not named Handler: the console's forms post to ?handler=Act, which would bind to it.
    /// </summary>
    [System.Text.Json.Serialization.JsonPropertyName("handler")]
    public string? HandlerName { get; set; }

    public string? Note { get; set; }

    /// <summary>Taken as the note when no note is given (older API clients send it).</summary>
    public string? Reason { get; set; }

    public string? AuditReason => Reason ?? Note;
}

/// <summary>补正通知 (条例第三十条): what is to be completed, and by when.</summary>
public sealed class ClarifyInput : IStepInput
{
    public string? Items { get; set; }

    public DateOnly? Deadline { get; set; }
}

/// <summary>补正完成: the completed request as received, and the day; a late completion says why it is accepted.</summary>
public sealed class CompleteClarificationInput : IStepInput
{
    public string? Text { get; set; }

    public DateOnly? On { get; set; }

    public string? LateReason { get; set; }
}

/// <summary>征求意见 (第三方，第三十二条) or 协查 (another agency or unit, 第十条、第三十四条).</summary>
public sealed class ConsultInput : IStepInput
{
    public ConsultationKind? ConsultationKind { get; set; }

    public string? Party { get; set; }

    public string? Contact { get; set; }

    /// <summary>A unit of the system as the consulted party (its name is taken from the tree).</summary>
    public int? UnitId { get; set; }

    public string? Matter { get; set; }

    public DateOnly? Deadline { get; set; }
}

/// <summary>The answer of one consultation, by its number on the case.</summary>
public sealed class ConsultationAnswerInput : IStepInput
{
    public int? Number { get; set; }

    public ConsultationAnswer? Answer { get; set; }

    public string? Opinion { get; set; }

    public DateOnly? On { get; set; }
}

/// <summary>A consultation whose time ran out without an answer.</summary>
public sealed class ConsultationLapseInput : IStepInput
{
    public int? Number { get; set; }
}

/// <summary>延期 (第三十三条第二款): working days added and why.</summary>
public sealed class ExtendInput : IStepInput
{
    public int? Days { get; set; }

    public string? Reason { get; set; }

    public string? AuditReason => Reason;
}

/// <summary>收费通知 (国办函〔2020〕109号): per request or per quantity, and the day it was sent.</summary>
public sealed class FeeNoticeInput : IStepInput
{
    public FeeMode? FeeMode { get; set; }

    public int? Quantity { get; set; }

    public DateOnly? On { get; set; }
}

/// <summary>A day on which something happened (缴费).</summary>
public sealed class OnDayInput : IStepInput
{
    public DateOnly? On { get; set; }
}

/// <summary>The reply decided (第三十六条): its outcome and the texts the letter prints.</summary>
public sealed class ReplyInput : IStepInput
{
    public RequestOutcome? Outcome { get; set; }

    public string? ReasonText { get; set; }

    public string? LegalBasis { get; set; }

    public string? HowToObtain { get; set; }

    public string? ResponsibleAgency { get; set; }

    public string? ResponsibleAgencyContact { get; set; }

    public ReplyDetails? ToReply() => Outcome is { } o ? new ReplyDetails
    {
        Outcome = o,
        ReasonText = ReasonText,
        LegalBasis = LegalBasis,
        HowToObtain = HowToObtain,
        ResponsibleAgency = ResponsibleAgency,
        ResponsibleAgencyContact = ResponsibleAgencyContact,
    } : null;
}

/// <summary>审批同意, with the leader's optional opinion.</summary>
public sealed class ApproveInput : IStepInput
{
    [System.ComponentModel.DataAnnotations.StringLength(1000, ErrorMessage = "审批意见不超过1000字。")]
    public string? Opinion { get; set; }

    /// <summary>Why the proposer approves their own reply, where the site relaxed 职责分离.</summary>
    [System.ComponentModel.DataAnnotations.StringLength(Zwgk.Domain.Workflow.DutySeparation.ReasonMax, ErrorMessage = "由本人办理的理由不超过500字。")]
    public string? SameActorReason { get; set; }

    public string? AuditReason => SameActorReason;
}

/// <summary>退回承办人, with the reason.</summary>
public sealed class ReturnInput : IStepInput
{
    public string? Reason { get; set; }

    public string? AuditReason => Reason;
}

/// <summary>送达: how and when the reply reached the applicant.</summary>
public sealed class DeliverInput : IStepInput
{
    public DeliveryMethod? Method { get; set; }

    public DateOnly? On { get; set; }

    public string? Note { get; set; }

    public string? AuditReason => Note;
}

/// <summary>A note on the case's record.</summary>
public sealed class NoteInput : IStepInput
{
    public string? Note { get; set; }

    public string? AuditReason => Note;
}

/// <summary>The published information that answers the request, by its id.</summary>
public sealed class LinkDocumentInput : IStepInput
{
    public int? DocumentId { get; set; }
}

/// <summary>行政复议或行政诉讼 filed against the reply.</summary>
public sealed class RemedyInput : IStepInput
{
    public RemedyKind? RemedyKind { get; set; }

    public DateOnly? On { get; set; }

    public string? Body { get; set; }

    public string? CaseNumber { get; set; }
}

/// <summary>The result of a review or suit, by its number on the case.</summary>
public sealed class RemedyResultInput : IStepInput
{
    public int? Number { get; set; }

    public RemedyResult? Result { get; set; }

    public DateOnly? On { get; set; }

    public string? Note { get; set; }

    public string? AuditReason => Note;
}
