namespace Zwgk.Domain.Requests;

/// <summary>
/// One step of a request: who did what, when, between which states, and why. <see cref="PublicNote"/> is what the
/// applicant's tracking page shows for the step; internal steps (approval, returns, internal notes) leave it null.
/// </summary>
public sealed class RequestEvent
{
    public long Id { get; private set; }

    public int RequestId { get; private set; }

    /// <summary>UTC instant.</summary>
    public DateTime At { get; private set; }

    public string Actor { get; private set; } = "";

    /// <summary>Stable code, e.g. Registered, ClarificationRequested, Assigned, ConsultationSent, Extended, Decided, Approved, Replied.</summary>
    public string Action { get; private set; } = "";

    public RequestState From { get; private set; }

    public RequestState To { get; private set; }

    public string? Note { get; private set; }

    public string? PublicNote { get; private set; }

    public bool IsPublic => PublicNote is not null;

    private RequestEvent()
    {
    }

    internal RequestEvent(DateTime at, string actor, string action, RequestState from, RequestState to, string? note, string? publicNote)
    {
        At = at;
        Actor = actor;
        Action = action;
        From = from;
        To = to;
        Note = note;
        PublicNote = publicNote;
    }
}
