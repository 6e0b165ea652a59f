using Zwgk.Domain.Auditing;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Audit;

/// <summary>Turns tracked changes of <see cref="IAuditable"/> entities into audit lines (before → after).</summary>
internal static class AuditTrailWriter
{
    // Derived values and bookkeeping that would only add noise to the trail.
    private static readonly HashSet<string> Ignored =
    [
        "ConcurrencyStamp", "Path", "NormalizedUserName", "NormalizedEmail", "AccessFailedCount", "LastUsedAt", "UpdatedAt", "Revision",
    ];

    /// <summary>
    /// The one redaction rule: a property is a secret when its name ends in Hash or Stamp (password, security stamp, token,
    /// access code) or names a password or secret; the trail says it changed, never its value. Binary content (a letter's
    /// DOCX) is left out: it is kept in its own row, and its bytes say nothing in a line.
    /// </summary>
    internal static bool IsSecret(string property) =>
        property.EndsWith("Hash", StringComparison.Ordinal) || property.EndsWith("Stamp", StringComparison.Ordinal)
        || property.Contains("Password", StringComparison.Ordinal) || property.Contains("Secret", StringComparison.Ordinal);

    private const string Hidden = "（已隐藏）";

    internal sealed record Pending(EntityEntry Entry, AuditEntry Line);

    public static List<Pending> Collect(ChangeTracker tracker, AuditContext? context, DateTime now)
    {
        var result = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is not IAuditable auditable || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var summary = entry.State switch
            {
                EntityState.Added => Describe(entry, p => $"{p.Metadata.Name}={(IsSecret(p.Metadata.Name) ? Hidden : Format(p.CurrentValue))}"),
                EntityState.Deleted => $"删除：{auditable.AuditLabel}",
                _ => Describe(entry, p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)
                    ? IsSecret(p.Metadata.Name) ? $"{p.Metadata.Name}: {Hidden}" : $"{p.Metadata.Name}: {Format(p.OriginalValue)} → {Format(p.CurrentValue)}"
                    : null),
            };
            if (entry.State == EntityState.Modified && summary.Length == 0)
            {
                // A named step that changed only the aggregate's parts (catalog items, events) still gets its line: the
                // revision moved. Otherwise only ignored fields changed.
                var revised = entry.Metadata.FindProperty("Revision") is not null && entry.Property("Revision").IsModified;
                if (context?.Action is null || !revised)
                {
                    continue;
                }

                summary = "（所含条目变更）";
            }

            var action = context?.Action ?? entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Deleted => "Deleted",
                _ => LockoutAction(entry) ?? "Updated",
            };
            result.Add(new Pending(entry, new AuditEntry
            {
                At = now,
                UserId = context?.UserId,
                Actor = context?.Actor ?? "系统",
                IpAddress = context?.IpAddress,
                Reason = context?.Reason,
                EntityType = entry.Metadata.ClrType.Name,
                Action = action,
                Summary = Truncate($"{auditable.AuditLabel}｜{summary}", 4000),
            }));
        }

        return result;
    }

    /// <summary>Fills ids and unit paths (known only after the first save) and adds the lines.</summary>
    public static async Task CompleteAsync(List<Pending> pending, ZwgkDbContext db, CancellationToken ct)
    {
        var paths = await db.UnitPathsOfAsync(pending.Select(p => ((IAuditable)p.Entry.Entity).AuditUnitId).OfType<int>().ToList(), ct);

        foreach (var (entry, line) in pending)
        {
            var unitId = ((IAuditable)entry.Entity).AuditUnitId;
            line.UnitId = unitId;
            line.UnitPath = unitId is int id && paths.TryGetValue(id, out var path) ? path : null;
            var key = entry.Metadata.FindPrimaryKey();
            line.EntityId = key is null
                ? null
                : string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
            db.AuditEntries.Add(line);
        }
    }

    private static string Describe(EntityEntry entry, Func<PropertyEntry, string?> describe) =>
        string.Join("；", entry.Properties
            .Where(p => !Ignored.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey() && p.Metadata.ClrType != typeof(byte[]))
            .Select(describe)
            .OfType<string>());

    private static string? LockoutAction(EntityEntry entry) =>
        entry.Properties.Any(p => p.Metadata.Name == "LockoutEnd" && p.IsModified) ? "LockoutChanged" : null;

    private static string Format(object? value) => value switch
    {
        null => "（空）",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => Truncate(s, 200),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
