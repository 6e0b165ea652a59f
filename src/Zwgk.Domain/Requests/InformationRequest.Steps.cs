namespace Zwgk.Domain.Requests;

/// <summary>The steps of the procedure, as the case page and <c>POST /api/v1/requests/{id}/{action}</c> name them.</summary>
public enum RequestStep
{
    Assign,
    Clarify,
    CompleteClarification,
    Consult,
    AnswerConsultation,
    LapseConsultation,
    Extend,
    FeeNotice,
    FeePaid,
    Decide,
    Approve,
    Return,
    Reply,
    ReplyOnTheSpot,
    Deliver,
    Archive,
    Note,
    LinkDocument,
    FileRemedy,
    DecideRemedy,
}

// The read side of the procedure: which steps the current state allows. The steps check their rules again when taken.
public sealed partial class InformationRequest
{
    public IReadOnlySet<RequestStep> AvailableSteps()
    {
        var steps = new HashSet<RequestStep>();
        if (State is RequestState.Registered or RequestState.Processing)
        {
            steps.Add(RequestStep.Assign);
            steps.Add(RequestStep.ReplyOnTheSpot);
            if (!ClarificationWasRequested)
            {
                // 条例第三十条: one clarification notice, once.
                steps.Add(RequestStep.Clarify);
            }
        }

        if (State == RequestState.AwaitingClarification)
        {
            steps.Add(RequestStep.CompleteClarification);
            // 条例第三十条: a clarification not made in time ends the request with a decision.
            steps.Add(RequestStep.Decide);
        }

        if (State == RequestState.Processing)
        {
            steps.UnionWith([RequestStep.Consult, RequestStep.Decide]);
            if (HasOpenConsultation)
            {
                steps.UnionWith([RequestStep.AnswerConsultation, RequestStep.LapseConsultation]);
            }

            steps.Add(FeeMode is null ? RequestStep.FeeNotice : RequestStep.FeePaid);
            if (FeeMode is not null && FeePaidOn is not null)
            {
                steps.Remove(RequestStep.FeePaid);
            }
        }

        // 条例第三十三条第二款: one extension, while the clock runs and before the reply.
        if (State is RequestState.Processing or RequestState.AwaitingApproval or RequestState.Approved && ExtensionDays is null && DueOn is not null)
        {
            steps.Add(RequestStep.Extend);
        }

        steps.UnionWith(State switch
        {
            RequestState.AwaitingApproval => [RequestStep.Approve, RequestStep.Return],
            RequestState.Approved => [RequestStep.Reply],
            RequestState.Replied => [RequestStep.Deliver],
            RequestState.Delivered => [RequestStep.Archive],
            _ => [],
        });
        if (State.IsClosed())
        {
            steps.Add(RequestStep.FileRemedy);
        }

        if (Remedies.Count > 0)
        {
            steps.Add(RequestStep.DecideRemedy);
        }

        if (State != RequestState.Archived)
        {
            steps.UnionWith([RequestStep.Note, RequestStep.LinkDocument]);
        }

        return steps;
    }
}
