namespace Zwgk.Domain.Workflow;

/// <summary>
/// One step in an aggregate's history: who did what, when (UTC), from which state to which, and why. <see cref="PublicNote"/>
/// is what the public may see of the step (a citizen's tracking page); internal steps leave it null. Each aggregate derives
/// its own row (its table and owner id) and adds nothing else.
/// </summary>
public abstract class WorkflowEvent<TState>
    where TState : struct, Enum
{
    public long Id { get; private set; }

    /// <summary>UTC instant.</summary>
    public DateTime At { get; private set; }

    public string Actor { get; private set; } = "";

    /// <summary>Stable code naming the step (Created, Submitted, Returned …), listed on each aggregate's event type.</summary>
    public string Action { get; private set; } = "";

    public TState From { get; private set; }

    public TState To { get; private set; }

    /// <summary>Reason, opinion or note recorded with the step.</summary>
    public string? Note { get; private set; }

    public string? PublicNote { get; private set; }

    public bool IsPublic => PublicNote is not null;

    internal void Fill(DateTime at, string actor, string action, TState from, TState to, string? note, string? publicNote)
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
