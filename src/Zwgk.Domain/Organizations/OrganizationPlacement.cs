namespace Zwgk.Domain.Organizations;

/// <summary>
/// Where a unit may sit in the tree. A department belongs to a government and shares its level;
/// a government sits one level below its parent government; committees sit under a township.
/// </summary>
public static class OrganizationPlacement
{
    /// <summary>Returns null when the placement is allowed, otherwise the reason in Chinese.</summary>
    public static string? Check(OrganizationKind kind, AdministrativeLevel level, OrganizationKind? parentKind, AdministrativeLevel? parentLevel)
    {
        if (parentKind is null || parentLevel is null)
        {
            return kind == OrganizationKind.Government && level == AdministrativeLevel.City
                ? null
                : "只有市级人民政府可以作为组织机构树的根节点。";
        }

        if (parentKind != OrganizationKind.Government)
        {
            return "上级单位必须是人民政府（或街道办事处），部门和村(居)委会下不能再设单位。";
        }

        return kind switch
        {
            OrganizationKind.Department when level != parentLevel =>
                $"部门的层级必须与所属政府相同（{parentLevel.Value.DisplayName()}）。",
            OrganizationKind.Department when level == AdministrativeLevel.Village =>
                "村级不设部门。",
            OrganizationKind.Government when level != parentLevel.Value.Below() || level == AdministrativeLevel.Village =>
                "下级人民政府必须比上级低一个层级（市→县→乡镇），村级请使用“村(居)委会”。",
            OrganizationKind.Committee when parentLevel != AdministrativeLevel.Township || level != AdministrativeLevel.Village =>
                "村(居)委会必须隶属于乡镇（街道），层级为村级。",
            _ => null,
        };
    }
}
