using Zwgk.Domain.Auditing;

namespace Zwgk.Domain.Documents;

/// <summary>
/// 公开属性认定公函: the drafting unit's numbered letter to the disclosure office that received a request, settling the
/// attribute of older documents (seed 004 §三(一)1). The documents it settled carry its number.
/// </summary>
public sealed class DisclosureNotice : IAuditable
{
    public int Id { get; private set; }

    /// <summary>The unit whose documents it settles (起草单位), which issues it.</summary>
    public int UnitId { get; private set; }

    /// <summary>The disclosure office it is addressed to (受理公开申请的政务公开工作机构).</summary>
    public int AddresseeUnitId { get; private set; }

    public int Year { get; private set; }

    public int Serial { get; private set; }

    /// <summary>公函 number, e.g. 海阳市政公函〔2026〕3号.</summary>
    public string Number { get; private set; } = "";

    /// <summary>What it answers, e.g. the request's tracking number; optional.</summary>
    public string? Subject { get; private set; }

    public string IssuedBy { get; private set; } = "";

    public DateTime IssuedAt { get; private set; }

    int? IAuditable.AuditUnitId => UnitId;

    string IAuditable.AuditLabel => Number;

    private DisclosureNotice()
    {
    }

    public DisclosureNotice(int unitId, int addresseeUnitId, int year, int serial, string number, string? subject, string issuedBy, DateTime issuedAt)
    {
        UnitId = unitId;
        AddresseeUnitId = addresseeUnitId;
        Year = year;
        Serial = serial;
        Number = number;
        Subject = subject;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
    }

    /// <summary>
    /// The number in the usual form of a 公函: the issuer's 机关代字 (a government: its short name + 政, e.g. 海阳市政; a
    /// department: its full name), 公函, the year in hexagonal brackets 〔〕, the serial without leading zeros, 号.
    /// </summary>
    public static string Format(string unitName, string unitShortName, int year, int serial)
    {
        var prefix = unitName.EndsWith("人民政府", StringComparison.Ordinal) ? unitShortName + "政" : unitName;
        return FormattableString.Invariant($"{prefix}公函〔{year}〕{serial}号");
    }
}
