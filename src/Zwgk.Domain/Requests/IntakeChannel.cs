namespace Zwgk.Domain.Requests;

/// <summary>How a request reached the office; each channel has its own rule for the day it counts as received.</summary>
public enum IntakeChannel
{
    /// <summary>当面提交 (also the oral application the office writes down, 条例第二十九条).</summary>
    InPerson,

    /// <summary>需签收的邮寄（挂号信、EMS）.</summary>
    RegisteredPost,

    /// <summary>平常信函 (no signature).</summary>
    OrdinaryLetter,

    /// <summary>互联网在线申请 (the portal form, or another online platform).</summary>
    Online,

    /// <summary>传真.</summary>
    Fax,

    /// <summary>电子邮件.</summary>
    Email,
}

public static class IntakeChannelExtensions
{
    public static string DisplayName(this IntakeChannel c) => c switch
    {
        IntakeChannel.InPerson => "当面提交",
        IntakeChannel.RegisteredPost => "邮寄（需签收）",
        IntakeChannel.OrdinaryLetter => "平常信函",
        IntakeChannel.Online => "互联网在线申请",
        IntakeChannel.Fax => "传真",
        IntakeChannel.Email => "电子邮件",
        _ => c.ToString(),
    };

    /// <summary>条例第三十一条: which day counts as the day of receipt, in the words the form shows.</summary>
    public static string ReceiptRule(this IntakeChannel c) => c switch
    {
        // 条例第三十一条第（一）项: handed in person — the day it is handed in.
        IntakeChannel.InPerson => "以申请人提交之日为收到申请之日",
        // 条例第三十一条第（二）项: post needing a signature — the day the office signs for it.
        IntakeChannel.RegisteredPost => "以行政机关签收之日为收到申请之日",
        // 条例第三十一条第（二）项: ordinary letter — the day the office confirms it with the applicant.
        IntakeChannel.OrdinaryLetter => "以行政机关与申请人确认之日为收到申请之日",
        // 条例第三十一条第（三）项: internet or fax — the day both sides confirm.
        _ => "以双方确认之日为收到申请之日",
    };

    /// <summary>Channels whose day of receipt is a confirmation with the applicant, which the register must say how it was made.</summary>
    public static bool NeedsConfirmation(this IntakeChannel c) =>
        c is IntakeChannel.OrdinaryLetter or IntakeChannel.Fax or IntakeChannel.Email;
}
