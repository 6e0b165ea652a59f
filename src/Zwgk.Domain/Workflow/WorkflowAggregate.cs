namespace Zwgk.Domain.Workflow;

/// <summary>
/// An aggregate with a state and a history. Transitions check their rules with <see cref="Guard"/> and then call
/// <see cref="Move"/> (a change of state) or <see cref="Record"/> (a step that keeps the state); both append one
/// <typeparamref name="TEvent"/>. A new workflow derives this and its event row, and writes only its own rules.
/// </summary>
public abstract class WorkflowAggregate<TState, TEvent>
    where TState : struct, Enum
    where TEvent : WorkflowEvent<TState>, new()
{
    // Protected, not private: EF reads and fills the history through this field, and finds no private field of a base class.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051", Justification = "EF maps the history through this field.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006", Justification = "EF's backing-field convention.")]
    protected readonly List<TEvent> _events = [];

    public TState State { get; protected set; }

    public IReadOnlyList<TEvent> Events => _events;

    /// <summary>The longest note the event table holds; a longer one is cut with an ellipsis rather than refused.</summary>
    protected virtual int EventNoteMax => 2000;

    protected TEvent Move(TState to, DateTime now, string actor, string action, string? note, string? publicNote = null)
    {
        var from = State;
        State = to;
        return Record(now, actor, action, from, note, publicNote);
    }

    protected TEvent Record(DateTime now, string actor, string action, TState from, string? note, string? publicNote = null)
    {
        var e = new TEvent();
        e.Fill(now, actor, action, from, State, note is { } n && n.Length > EventNoteMax ? n[..(EventNoteMax - 1)] + "…" : note, publicNote);
        _events.Add(e);
        return e;
    }
}
