namespace Zwgk.Domain.Organizations;

/// <summary>What sort of body a unit is.</summary>
public enum OrganizationKind
{
    /// <summary>人民政府 / 街道办事处: the government of a level.</summary>
    Government,

    /// <summary>部门: a department of the government above it.</summary>
    Department,

    /// <summary>村(居)民委员会: a village or community committee.</summary>
    Committee,
}

public static class OrganizationKindExtensions
{
    public static string DisplayName(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.Government => "政府",
        OrganizationKind.Department => "部门",
        OrganizationKind.Committee => "村(居)委会",
        _ => kind.ToString(),
    };
}
