using Zwgk.Domain.Calendar;
using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Requests;

// 征求意见 (条例第三十二条)、会商 (第三十四条) and 协查: each with its own due date; the first two pause the reply clock.
public sealed partial class InformationRequest
{
    /// <summary>
    /// Sends a request for an opinion or help. Third parties and other agencies answer within 15 working days and their time
    /// does not count (条例第三十三条第三款); 协查 runs on the reply clock with the due date the handler sets.
    /// </summary>
    public RequestConsultation Consult(
        ConsultationKind kind, string party, string? contact, int? partyUnitId, string matter, DateOnly? assistanceDueOn,
        WorkingDayCalendar calendar, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        Require(State == RequestState.Processing, State == RequestState.Registered ? "请先分办到承办单位，再征求意见或协查。" : $"当前状态为“{State.DisplayName()}”，不能征求意见或协查。");
        Require(!string.IsNullOrWhiteSpace(party), kind == ConsultationKind.ThirdParty ? "请填写第三方的名称。" : "请填写被征求意见或协查的单位。");
        Require(party.Trim().Length <= RequestConsultation.PartyMax, "名称过长。");
        Require(!string.IsNullOrWhiteSpace(matter), "请写明征求意见或协查的事项。");
        Require(matter.Trim().Length <= RequestConsultation.TextMax, $"事项不能超过 {RequestConsultation.TextMax} 字。");
        DateOnly due;
        if (kind == ConsultationKind.Assistance)
        {
            Require(assistanceDueOn is not null, "协查须设定完成期限。");
            due = assistanceDueOn!.Value;
            Require(due > today, "协查期限须晚于今天。");
            Require(DueOn is null || due <= DueOn, $"协查期限不能晚于答复期限 {DueOn:yyyy-MM-dd}。");
        }
        else
        {
            // 条例第三十二条、第三十四条: 15 working days for the answer.
            due = RequestClock.ConsultationDue(calendar, today);
        }

        var c = new RequestConsultation(_consultations.Count + 1, kind, party.Trim(), Clean(contact), partyUnitId, matter.Trim(), today, due);
        _consultations.Add(c);
        UpdatePause(calendar, today);
        Record(now, actor, "ConsultationSent", State, $"{kind.DisplayName()}：{c.Party}；事项：{c.Matter}；答复期限 {due:yyyy-MM-dd}",
            kind == ConsultationKind.Assistance ? null : $"{kind.DisplayName()}，征求意见期间不计算在答复期限内");
        return c;
    }

    /// <summary>Records the answer received on <paramref name="on"/>; the clock resumes when nothing else holds it.</summary>
    public void RecordConsultationAnswer(int number, ConsultationAnswer answer, string? opinion, DateOnly on, WorkingDayCalendar calendar, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        var c = OpenConsultation(number);
        Require(answer != ConsultationAnswer.NoAnswer, "逾期未答复请使用“按逾期未答复处理”。");
        RequireDay(on, today, c.SentOn, "收到答复的日期");
        // 条例第三十二条: a third party's refusal must give its reason for the office to weigh it.
        Require(answer != ConsultationAnswer.Objected || !string.IsNullOrWhiteSpace(opinion), "第三方或有关机关不同意公开的，请记录其理由。");
        c.Close(answer, Clean(opinion), on);
        UpdatePause(calendar, on);
        Record(now, actor, "ConsultationAnswered", State, $"{c.Kind.DisplayName()}（{c.Party}）答复：{answer.DisplayName()}{(c.Opinion is null ? "" : "，" + c.Opinion)}",
            c.PausesClock ? $"已收到{(c.Kind == ConsultationKind.ThirdParty ? "第三方" : "有关机关")}意见，恢复计算答复期限" : null);
    }

    /// <summary>
    /// The consulted party did not answer in time: a third party's silence leaves the decision to the office (条例第三十二条),
    /// an agency's silence counts as consent (第三十四条). The clock resumes from the day after the answer period ended.
    /// </summary>
    public void LapseConsultation(int number, WorkingDayCalendar calendar, string actor, DateTime now)
    {
        var today = ChinaTime.DateOf(now);
        var c = OpenConsultation(number);
        Require(today > c.DueOn, $"答复期限 {c.DueOn:yyyy-MM-dd} 尚未届满，不能按逾期未答复处理。");
        c.Close(ConsultationAnswer.NoAnswer, c.Kind == ConsultationKind.OtherAgency ? "逾期未答复，视为同意（条例第三十四条）" : "逾期未提出意见，由行政机关依照条例决定（条例第三十二条）", c.DueOn);
        UpdatePause(calendar, c.DueOn);
        Record(now, actor, "ConsultationLapsed", State, $"{c.Kind.DisplayName()}（{c.Party}）逾期未答复：{c.Opinion}",
            c.PausesClock ? "征求意见期限届满，恢复计算答复期限" : null);
    }

    public bool HasOpenConsultation => _consultations.Any(c => c.IsOpen);

    private RequestConsultation OpenConsultation(int number)
    {
        var c = _consultations.SingleOrDefault(x => x.Number == number);
        Require(c is not null, "没有这项征求意见或协查。");
        Require(c!.IsOpen, "这项征求意见或协查已经结束。");
        return c;
    }
}
