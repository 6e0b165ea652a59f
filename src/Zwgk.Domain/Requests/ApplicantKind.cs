namespace Zwgk.Domain.Requests;

/// <summary>
/// Who applied, in the columns of annual-report table B (国办公开办函〔2021〕30号): 自然人, then the five kinds of
/// 法人或其他组织. There is deliberately no "legal person" subtotal kind: the format has none.
/// </summary>
public enum ApplicantKind
{
    NaturalPerson,
    CommercialEnterprise,
    ResearchInstitution,
    PublicInterestOrganization,
    LegalServiceProvider,
    OtherOrganization,
}

public static class ApplicantKindExtensions
{
    /// <summary>The column label of table B, verbatim.</summary>
    public static string DisplayName(this ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "自然人",
        ApplicantKind.CommercialEnterprise => "商业企业",
        ApplicantKind.ResearchInstitution => "科研机构",
        ApplicantKind.PublicInterestOrganization => "社会公益组织",
        ApplicantKind.LegalServiceProvider => "法律服务机构",
        ApplicantKind.OtherOrganization => "其他",
        _ => kind.ToString(),
    };

    public static bool IsOrganization(this ApplicantKind kind) => kind != ApplicantKind.NaturalPerson;
}
