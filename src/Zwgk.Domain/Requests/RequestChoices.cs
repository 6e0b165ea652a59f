namespace Zwgk.Domain.Requests;

/// <summary>条例第二十九条: the form in which the applicant wants the information.</summary>
public enum RequestedForm
{
    Paper,
    Electronic,
}

/// <summary>条例第二十九条: how the applicant wants to receive it.</summary>
public enum DeliveryMethod
{
    Post,
    Email,
    Online,
    Collection,
}

/// <summary>The identity document of a natural person, or the code of an organisation.</summary>
public enum IdentityDocument
{
    ResidentIdCard,
    Passport,
    HongKongMacaoPermit,
    TaiwanPermit,
    ForeignerResidencePermit,
    CreditCode,
}

public static class RequestChoiceExtensions
{
    public static string DisplayName(this RequestedForm f) => f switch
    {
        RequestedForm.Paper => "纸质",
        RequestedForm.Electronic => "电子",
        _ => f.ToString(),
    };

    public static string DisplayName(this DeliveryMethod d) => d switch
    {
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.Email => "电子邮件",
        DeliveryMethod.Online => "网上获取",
        DeliveryMethod.Collection => "当面领取",
        _ => d.ToString(),
    };

    public static string DisplayName(this IdentityDocument d) => d switch
    {
        IdentityDocument.ResidentIdCard => "居民身份证",
        IdentityDocument.Passport => "护照",
        IdentityDocument.HongKongMacaoPermit => "港澳居民来往内地通行证",
        IdentityDocument.TaiwanPermit => "台湾居民来往大陆通行证",
        IdentityDocument.ForeignerResidencePermit => "外国人永久居留身份证",
        IdentityDocument.CreditCode => "统一社会信用代码",
        _ => d.ToString(),
    };
}
