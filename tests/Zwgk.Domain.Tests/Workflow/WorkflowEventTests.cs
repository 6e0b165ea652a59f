using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Tests.Workflow;

// A new workflow gets its history by deriving the aggregate and its event row; the kernel records every step the same way.
public sealed class WorkflowEventTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_derived_aggregate_records_who_when_from_to_why_and_the_public_note()
    {
        var letter = Letter.Receive("市民王某", T0);
        letter.Answer("办理人赵六", "已转交住建局核实。", "您反映的问题已转交住建局。", T0.AddHours(2));

        Assert.Collection(letter.Events,
            e =>
            {
                Assert.Equal(("Received", "市民王某", LetterState.Received, LetterState.Received), (e.Action, e.Actor, e.From, e.To));
                Assert.Equal(T0, e.At);
                Assert.False(e.IsPublic);
            },
            e =>
            {
                Assert.Equal(("Answered", LetterState.Received, LetterState.Answered), (e.Action, e.From, e.To));
                Assert.Equal("已转交住建局核实。", e.Note);
                Assert.Equal("您反映的问题已转交住建局。", e.PublicNote);
                Assert.True(e.IsPublic);
                Assert.Equal(DateTimeKind.Utc, e.At.Kind);
            });
    }

    [Fact]
    public void A_refused_step_leaves_state_and_history_as_they_were()
    {
        var letter = Letter.Receive("市民王某", T0);
        var refused = Assert.Throws<DomainRuleException>(() => letter.Answer("办理人赵六", " ", null, T0));
        Assert.Equal("请填写办理意见。", refused.Message);
        Assert.Equal(LetterState.Received, letter.State);
        Assert.Single(letter.Events);
    }

    [Fact]
    public void A_note_longer_than_the_table_holds_is_cut_with_an_ellipsis_not_lost_silently()
    {
        var letter = Letter.Receive("市民王某", T0);
        letter.Answer("办理人赵六", new string('意', 2500), null, T0);
        var note = letter.Events[^1].Note!;
        Assert.Equal(2000, note.Length);
        Assert.EndsWith("…", note);
    }

    private enum LetterState
    {
        Received,
        Answered,
    }

    private sealed class LetterEvent : WorkflowEvent<LetterState>
    {
    }

    private sealed class Letter : WorkflowAggregate<LetterState, LetterEvent>
    {
        public static Letter Receive(string citizen, DateTime now)
        {
            var l = new Letter();
            l.Record(now, citizen, "Received", LetterState.Received, null);
            return l;
        }

        public void Answer(string handler, string opinion, string? publicNote, DateTime now)
        {
            Guard.RequireState(State, [LetterState.Received], "只有待办理的来信可以答复。");
            var text = Guard.RequireText(opinion, "请填写办理意见。");
            Move(LetterState.Answered, now, handler, "Answered", text, publicNote);
        }
    }
}
