namespace Zwgk.Domain.Requests;

/// <summary>
/// 行政复议 or 行政诉讼 about a request (table C of the annual report): filed on a day, pending until decided with its result.
/// </summary>
public sealed class RequestRemedy
{
    public const int TextMax = 200;

    public int Id { get; private set; }

    public int RequestId { get; private set; }

    public int Number { get; private set; }

    public RemedyKind Kind { get; private set; }

    public DateOnly FiledOn { get; private set; }

    /// <summary>复议机关 or 人民法院.</summary>
    public string Body { get; private set; } = "";

    public string? CaseNumber { get; private set; }

    public RemedyResult Result { get; private set; } = RemedyResult.Pending;

    public DateOnly? DecidedOn { get; private set; }

    public string? Note { get; private set; }

    private RequestRemedy()
    {
    }

    internal RequestRemedy(int number, RemedyKind kind, DateOnly filedOn, string body, string? caseNumber)
    {
        Number = number;
        Kind = kind;
        FiledOn = filedOn;
        Body = body;
        CaseNumber = caseNumber;
    }

    internal void Decide(RemedyResult result, DateOnly on, string? note)
    {
        Result = result;
        DecidedOn = on;
        Note = note;
    }

    public RemedyStatRecord ToStatRecord() => new(Kind, FiledOn, Result, DecidedOn);
}
