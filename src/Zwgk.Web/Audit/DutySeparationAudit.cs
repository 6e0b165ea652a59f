using System.Globalization;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Audit;

/// <summary>
/// Every use of the site's relaxation of 职责分离 is a line of its own in the audit trail, with who acted and why, so an
/// inspection finds each one by its action (the step's own line and event carry the same note).
/// </summary>
public static class DutySeparationAudit
{
    public const string Action = "DutySeparationOverridden";

    public static void Add(ZwgkDbContext db, AuditContext audit, DateTime now, int unitId, string unitPath, string entityType, int entityId, string label, string note) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = audit.UserId,
            Actor = audit.Actor,
            IpAddress = audit.IpAddress,
            UnitId = unitId,
            UnitPath = unitPath,
            EntityType = entityType,
            EntityId = entityId.ToString(CultureInfo.InvariantCulture),
            Action = Action,
            Summary = $"{label}｜{note}",
            Reason = note,
        });
}
