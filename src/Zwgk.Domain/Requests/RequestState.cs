namespace Zwgk.Domain.Requests;

/// <summary>
/// Where a request is in the procedure (条例第二十九至四十五条):
/// registered → (awaiting clarification) → processing → awaiting approval → approved → replied → delivered → archived.
/// Consultations, fees and the extension happen while processing and move the deadline, not the state.
/// </summary>
public enum RequestState
{
    Registered,
    AwaitingClarification,
    Processing,
    AwaitingApproval,
    Approved,
    Replied,
    Delivered,
    Archived,
}

public static class RequestStateExtensions
{
    public static string DisplayName(this RequestState s) => s switch
    {
        RequestState.Registered => "已登记，待分办",
        RequestState.AwaitingClarification => "待申请人补正",
        RequestState.Processing => "办理中",
        RequestState.AwaitingApproval => "待领导审批",
        RequestState.Approved => "已审批，待出具答复",
        RequestState.Replied => "已答复",
        RequestState.Delivered => "已送达",
        RequestState.Archived => "已归档",
        _ => s.ToString(),
    };

    /// <summary>The stage the applicant sees: fewer words, no internal steps.</summary>
    public static string PublicStage(this RequestState s) => s switch
    {
        RequestState.Registered => "已收到申请",
        RequestState.AwaitingClarification => "请补正申请",
        RequestState.Processing or RequestState.AwaitingApproval or RequestState.Approved => "办理中",
        RequestState.Replied => "已答复",
        RequestState.Delivered or RequestState.Archived => "已答复并送达",
        _ => s.ToString(),
    };

    /// <summary>A reply has been issued: the reply period no longer runs.</summary>
    public static bool IsClosed(this RequestState s) => s is RequestState.Replied or RequestState.Delivered or RequestState.Archived;
}
