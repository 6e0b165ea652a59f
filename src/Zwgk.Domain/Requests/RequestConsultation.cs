namespace Zwgk.Domain.Requests;

/// <summary>Whom a request asks for an opinion or help while it is processed.</summary>
public enum ConsultationKind
{
    /// <summary>征求第三方意见 (条例第三十二条): pauses the reply clock; the third party has 15 working days.</summary>
    ThirdParty,

    /// <summary>会商 other agencies about jointly made information (条例第三十四条): pauses the clock; 15 working days.</summary>
    OtherAgency,

    /// <summary>协查: another unit helps search or provide; internal, with its own due date, and the clock runs on.</summary>
    Assistance,
}

/// <summary>How a consultation ended.</summary>
public enum ConsultationAnswer
{
    /// <summary>同意公开 / 已提供协查结果.</summary>
    Agreed,

    /// <summary>不同意公开, with its reason.</summary>
    Objected,

    /// <summary>逾期未答复: a third party's silence leaves the decision to the office (第三十二条); an agency's silence is consent (第三十四条).</summary>
    NoAnswer,
}

/// <summary>One request for an opinion or for help, numbered within its request, with its own due date.</summary>
public sealed class RequestConsultation
{
    public const int PartyMax = 200;
    public const int TextMax = 2000;

    public int Id { get; private set; }

    public int RequestId { get; private set; }

    /// <summary>1, 2, … within the request: how steps refer to it.</summary>
    public int Number { get; private set; }

    public ConsultationKind Kind { get; private set; }

    public string Party { get; private set; } = "";

    public string? PartyContact { get; private set; }

    /// <summary>For 协查: the unit asked, when it is a unit of this installation.</summary>
    public int? PartyUnitId { get; private set; }

    public string Matter { get; private set; } = "";

    public DateOnly SentOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public ConsultationAnswer? Answer { get; private set; }

    public string? Opinion { get; private set; }

    public bool IsOpen => Answer is null;

    public bool PausesClock => Kind != ConsultationKind.Assistance;

    private RequestConsultation()
    {
    }

    internal RequestConsultation(int number, ConsultationKind kind, string party, string? contact, int? partyUnitId, string matter, DateOnly sentOn, DateOnly dueOn)
    {
        Number = number;
        Kind = kind;
        Party = party;
        PartyContact = contact;
        PartyUnitId = partyUnitId;
        Matter = matter;
        SentOn = sentOn;
        DueOn = dueOn;
    }

    internal void Close(ConsultationAnswer answer, string? opinion, DateOnly on)
    {
        Answer = answer;
        Opinion = opinion;
        AnsweredOn = on;
    }
}

public static class ConsultationExtensions
{
    public static string DisplayName(this ConsultationKind k) => k switch
    {
        ConsultationKind.ThirdParty => "征求第三方意见",
        ConsultationKind.OtherAgency => "征求其他机关意见（会商）",
        ConsultationKind.Assistance => "协查",
        _ => k.ToString(),
    };

    public static string DisplayName(this ConsultationAnswer a) => a switch
    {
        ConsultationAnswer.Agreed => "同意",
        ConsultationAnswer.Objected => "不同意",
        ConsultationAnswer.NoAnswer => "逾期未答复",
        _ => a.ToString(),
    };
}
