namespace Zwgk.Domain.Auditing;

/// <summary>
/// Marks an entity whose every insert, update and delete is written to the audit trail
/// by the web host's database context in the same transaction as the change itself.
/// </summary>
public interface IAuditable
{
    /// <summary>The unit the change belongs to, so a 主管部门 sees it when filtering its subtree.</summary>
    int? AuditUnitId { get; }

    /// <summary>A short human label for the entity, e.g. the unit's name.</summary>
    string AuditLabel { get; }
}
