using System.ComponentModel.DataAnnotations;

namespace Zwgk.Web.Platform;

internal static class Validation
{
    /// <summary>DataAnnotations errors keyed by property, as problem+json "errors" and page ModelState expect.</summary>
    public static Dictionary<string, string[]> Of(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results
            .GroupBy(r => r.MemberNames.FirstOrDefault() ?? "")
            .ToDictionary(g => g.Key, g => g.Select(r => r.ErrorMessage ?? "输入不正确。").ToArray());
    }
}
