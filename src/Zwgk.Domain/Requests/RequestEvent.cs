using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Requests;

/// <summary>
/// One step of a request. Actions include Registered, ClarificationRequested, Assigned, ConsultationSent, Extended, Decided,
/// Approved, Replied. The applicant's tracking page shows the steps with a public note; internal steps (approval, returns,
/// internal notes) have none.
/// </summary>
public sealed class RequestEvent : WorkflowEvent<RequestState>
{
    public int RequestId { get; private set; }
}
