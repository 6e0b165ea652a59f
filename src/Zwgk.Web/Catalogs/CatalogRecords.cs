using Zwgk.Domain.Auditing;

namespace Zwgk.Web.Catalogs;

/// <summary>The city department responsible for guiding a domain (seed 004 附件 is one city's table); each city keeps its own.</summary>
public sealed class DomainResponsibility : IAuditable
{
    public int Id { get; set; }

    public int CityUnitId { get; set; }

    public int DomainId { get; set; }

    /// <summary>责任单位, e.g. 市民政局.</summary>
    public string Department { get; set; } = "";

    int? IAuditable.AuditUnitId => CityUnitId;

    string IAuditable.AuditLabel => $"试点领域责任单位：{Department}";
}

/// <summary>
/// 政务服务事项: one entry of a unit's service list (as on the 政务服务网). Items of the 办事服务 kind must carry one of
/// these names exactly (seed 000 §三(一)1); the list is imported from a spreadsheet and replaced as a whole.
/// </summary>
public sealed class ServiceItem
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>事项编码 (optional).</summary>
    public string? Code { get; set; }

    /// <summary>办理部门 (optional).</summary>
    public string? Department { get; set; }
}

/// <summary>A document filed under a catalog item (by the item's lasting key, so it stays filed across versions).</summary>
public sealed class DocumentCatalogLink : IAuditable
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Guid ItemKey { get; set; }

    /// <summary>The unit whose catalog holds the item (the document's unit).</summary>
    public int UnitId { get; set; }

    public DateTime LinkedAt { get; set; }

    public string LinkedBy { get; set; } = "";

    int? IAuditable.AuditUnitId => UnitId;

    string IAuditable.AuditLabel => $"信息 {DocumentId} 归入目录事项";
}
