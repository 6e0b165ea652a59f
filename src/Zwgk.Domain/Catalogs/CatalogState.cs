namespace Zwgk.Domain.Catalogs;

/// <summary>Where a catalog version is: draft → submitted → approved → published (先审后发); a later version supersedes it.</summary>
public enum CatalogState
{
    Draft,
    Submitted,
    Approved,
    Published,
    Superseded,
}

public static class CatalogStateExtensions
{
    public static string DisplayName(this CatalogState s) => s switch
    {
        CatalogState.Draft => "草稿",
        CatalogState.Submitted => "待上级审核",
        CatalogState.Approved => "审核通过",
        CatalogState.Published => "已发布（现行）",
        CatalogState.Superseded => "已被新版本替代",
        _ => s.ToString(),
    };
}
