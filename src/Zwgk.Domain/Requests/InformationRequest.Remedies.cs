using Zwgk.Domain.Calendar;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Requests;

// 行政复议、行政诉讼 about the request (table C of the annual report).
public sealed partial class InformationRequest
{
    /// <summary>Records a reconsideration or lawsuit filed on <paramref name="filedOn"/> about this request (its reply, or its lack).</summary>
    public RequestRemedy FileRemedy(RemedyKind kind, DateOnly filedOn, string body, string? caseNumber, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        RequireDay(filedOn, today, ReceivedOn, "提起日期");
        // A remedy is against the reply, or against its absence after the deadline (不作为).
        Require(State.IsClosed() || DueOn is { } d && filedOn > d, "申请尚未答复且未超过答复期限，不能登记行政复议或行政诉讼。");
        Require(!string.IsNullOrWhiteSpace(body), kind == RemedyKind.Reconsideration ? "请填写复议机关。" : "请填写受理法院。");
        Require(body.Trim().Length <= RequestRemedy.TextMax, "名称过长。");
        Require(kind != RemedyKind.LawsuitAfterReconsideration || _remedies.Any(r => r.Kind == RemedyKind.Reconsideration && r.Result != RemedyResult.Pending),
            "“复议后起诉”须先登记已审结的行政复议。");
        var remedy = new RequestRemedy(_remedies.Count + 1, kind, filedOn, body.Trim(), Clean(caseNumber));
        _remedies.Add(remedy);
        Record(now, actor, "RemedyFiled", State, $"{kind.DisplayName()}：{remedy.Body}{(remedy.CaseNumber is null ? "" : "，" + remedy.CaseNumber)}，{filedOn:yyyy-MM-dd}", null);
        return remedy;
    }

    /// <summary>Records the result of a pending reconsideration or lawsuit.</summary>
    public void DecideRemedy(int number, RemedyResult result, DateOnly decidedOn, string? note, string actor, DateTime now)
    {
        var remedy = _remedies.SingleOrDefault(r => r.Number == number);
        Require(remedy is not null, "没有这项行政复议或行政诉讼。");
        Require(remedy!.Result == RemedyResult.Pending, "这项行政复议或行政诉讼已经审结。");
        Require(result != RemedyResult.Pending, "请选择审结结果（维持、纠正或其他）。");
        RequireDay(decidedOn, ChinaTime.DateOf(now), remedy.FiledOn, "审结日期");
        remedy.Decide(result, decidedOn, Clean(note));
        Record(now, actor, "RemedyDecided", State, $"{remedy.Kind.DisplayName()}（{remedy.Body}）{result.DisplayName()}，{decidedOn:yyyy-MM-dd}", null);
    }
}
