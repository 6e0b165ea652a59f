namespace Zwgk.Domain.Organizations;

/// <summary>The government level a unit sits at: 市 → 县(市、区) → 乡镇(街道) → 村(居).</summary>
public enum AdministrativeLevel
{
    City,
    County,
    Township,
    Village,
}

public static class AdministrativeLevelExtensions
{
    public static string DisplayName(this AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.City => "市级",
        AdministrativeLevel.County => "县级",
        AdministrativeLevel.Township => "乡级",
        AdministrativeLevel.Village => "村级",
        _ => level.ToString(),
    };

    /// <summary>The level a government unit directly below this one has, or null at the bottom.</summary>
    public static AdministrativeLevel? Below(this AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.City => AdministrativeLevel.County,
        AdministrativeLevel.County => AdministrativeLevel.Township,
        AdministrativeLevel.Township => AdministrativeLevel.Village,
        _ => null,
    };
}
