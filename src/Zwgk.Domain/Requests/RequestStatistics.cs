namespace Zwgk.Domain.Requests;

/// <summary>
/// What annual-report table B needs to know of one request: who applied, the China-time day it counts as received
/// (条例第三十一条), and, once closed, the China-time day it closed and its one outcome.
/// </summary>
public sealed record RequestStatRecord(ApplicantKind Applicant, DateOnly ReceivedOn, DateOnly? ClosedOn, RequestOutcome? Outcome);

/// <summary>
/// What table C needs to know of one reconsideration or lawsuit about a request: its kind, the China-time day it
/// was filed, and its result (Pending until decided) with the China-time day it was decided.
/// </summary>
public sealed record RemedyStatRecord(RemedyKind Kind, DateOnly FiledOn, RemedyResult Result, DateOnly? DecidedOn);
