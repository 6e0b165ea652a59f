namespace Zwgk.Domain.Catalogs;

/// <summary>公开对象: the whole society, or a specific group (then named).</summary>
public enum Audience
{
    Public,
    SpecificGroup,
}

/// <summary>公开方式: 主动公开 or 依申请公开.</summary>
public enum DisclosureMethod
{
    Proactive,
    OnRequest,
}

/// <summary>公开层级: the levels of government that disclose the item; a guideline row often applies to both.</summary>
[Flags]
public enum CatalogLevels
{
    None = 0,
    County = 1,
    Township = 2,
}

public static class CatalogTermsExtensions
{
    public static string DisplayName(this Audience a) => a == Audience.Public ? "全社会" : "特定群体";

    public static string DisplayName(this DisclosureMethod m) => m == DisclosureMethod.Proactive ? "主动" : "依申请";

    public static string DisplayName(this CatalogLevels l) => l switch
    {
        CatalogLevels.County => "县级",
        CatalogLevels.Township => "乡级",
        CatalogLevels.County | CatalogLevels.Township => "县级、乡级",
        _ => "",
    };

    public static bool TryParseAudience(string text, out Audience audience, out string? group)
    {
        var t = (text ?? "").Trim();
        group = null;
        audience = Audience.Public;
        if (t is "全社会" or "社会公众" or "公众")
        {
            return true;
        }

        if (t.StartsWith("特定群体", StringComparison.Ordinal))
        {
            audience = Audience.SpecificGroup;
            var rest = t["特定群体".Length..].TrimStart('：', ':', '（', '(', ' ').TrimEnd('）', ')', ' ');
            group = rest.Length > 0 ? rest : null;
            return true;
        }

        return false;
    }

    public static bool TryParseMethod(string text, out DisclosureMethod method)
    {
        var t = (text ?? "").Trim().Replace("公开", "", StringComparison.Ordinal);
        method = t == "依申请" ? DisclosureMethod.OnRequest : DisclosureMethod.Proactive;
        return t is "主动" or "依申请";
    }

    public static bool TryParseLevels(string text, out CatalogLevels levels)
    {
        levels = CatalogLevels.None;
        foreach (var part in (text ?? "").Split(['、', '，', ',', '；', ';', '/', ' ', '和'], StringSplitOptions.RemoveEmptyEntries))
        {
            levels |= part.Trim() switch
            {
                "县级" or "县" or "县区" => CatalogLevels.County,
                "乡级" or "乡" or "乡镇" or "乡镇（街道）" or "乡镇(街道)" => CatalogLevels.Township,
                _ => (CatalogLevels)(-1),
            };
            if ((int)levels < 0)
            {
                return false;
            }
        }

        return levels != CatalogLevels.None;
    }
}
