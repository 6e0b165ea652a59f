using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Display;

namespace Zwgk.Web.Audit;

/// <summary>
/// One changed field of an audit line, in Chinese: its name, and the value before (null for a new record) and after. When a
/// value is an instant, <paramref name="BeforeAt"/> / <paramref name="AfterAt"/> carry it (UTC) so a page writes it with the
/// one console time formatter.
/// </summary>
public sealed record AuditChange(string Field, string? Before, string After, DateTime? BeforeAt = null, DateTime? AfterAt = null);

/// <summary>An audit line as a person reads it: who (姓名（单位）), the action and object type in Chinese, the object, and what changed.</summary>
public sealed record AuditLineView(
    long Id, DateTime At, string Time, string Actor, string? Unit, string EntityType, string Action, string Subject,
    IReadOnlyList<AuditChange> Changes, string? Text, string? Reason, string? IpAddress)
{
    /// <summary>The whole line as one Chinese sentence (the API's <c>summaryText</c>).</summary>
    public string SummaryText => Text ?? string.Join("；", Changes.Select(c => c.Before is null ? $"{c.Field}：{c.After}" : $"{c.Field}：{c.Before} → {c.After}"));
}

/// <summary>
/// Reads the lines <see cref="AuditTrailWriter"/> wrote ("label｜Field=value；Field: before → after") and names every field,
/// enum value, person, unit and time in Chinese from <see cref="ConsoleLabels"/>. The stored line is not changed: old lines
/// read the same way, and the audit API keeps the stored machine text beside the Chinese one.
/// </summary>
public sealed partial class AuditLines(ZwgkDbContext db, People people)
{
    private const string Empty = "（空）";

    public async Task<IReadOnlyList<AuditLineView>> ViewAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct = default)
    {
        var parsed = entries.Select(e => (Entry: e, Parts: Parse(e))).ToList();
        var unitIds = parsed.SelectMany(p => p.Parts.Changes.Where(c => IsUnitField(p.Entry.EntityType, c.Name)).SelectMany(c => new[] { c.Before, c.After }))
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).OfType<int>()
            .Concat(entries.Select(e => e.UnitId).OfType<int>()).Distinct().ToList();
        var units = await db.Organizations.AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        await people.LoadAsync(entries.SelectMany(e => new[] { e.UserId, e.Actor })
            .Concat(parsed.SelectMany(p => p.Parts.Changes.SelectMany(c => new[] { c.Before, c.After }).Where(v => v is not null && ConsoleText.IsGuid(v))))
            .Concat(parsed.SelectMany(p => p.Parts.Changes.Where(c => IsPersonField(c.Name)).SelectMany(c => new[] { c.Before, c.After }))), ct);

        return parsed.Select(p =>
        {
            var e = p.Entry;
            var type = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == e.EntityType && !t.IsOwned());
            var changes = p.Parts.Changes.Select(c =>
            {
                var clr = type?.FindProperty(c.Name)?.ClrType;
                return new AuditChange(
                    ConsoleLabels.Field(e.EntityType, c.Name) ?? c.Name,
                    c.Before is null ? null : Value(e.EntityType, c.Name, clr, c.Before, units),
                    Value(e.EntityType, c.Name, clr, c.After, units),
                    Instant(c.Before), Instant(c.After));
            }).ToList();
            return new AuditLineView(
                e.Id, e.At, ConsoleTime.Text(e.At), e.UserId is null ? people.Of(e.Actor) : people.OfId(e.UserId, e.Actor),
                e.UnitId is int u ? units.GetValueOrDefault(u) : null,
                ConsoleLabels.EntityType(e.EntityType), ConsoleLabels.AuditAction(e.Action), p.Parts.Subject, changes,
                p.Parts.Text is null ? null : CleanText(p.Parts.Text), e.Reason, e.IpAddress);
        }).ToList();
    }

    private sealed record RawChange(string Name, string? Before, string After);

    private sealed record Parts(string Subject, IReadOnlyList<RawChange> Changes, string? Text);

    // "Field=value" (a new record) or "Field: before → after" (a change), parts joined by "；"; the field is a property name.
    private static Parts Parse(AuditEntry e)
    {
        var bar = e.Summary.IndexOf('｜', StringComparison.Ordinal);
        var subject = bar < 0 ? "" : e.Summary[..bar];
        var body = bar < 0 ? e.Summary : e.Summary[(bar + 1)..];
        var starts = PartStart().Matches(body);
        if (starts.Count == 0 || starts[0].Index != 0)
        {
            return new Parts(subject, [], body);
        }

        var changes = new List<RawChange>();
        for (var i = 0; i < starts.Count; i++)
        {
            var m = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1].Index : body.Length;
            var value = body[(m.Index + m.Length)..end];
            var name = m.Groups["name"].Value;
            if (m.Groups["op"].Value == "=")
            {
                changes.Add(new RawChange(name, null, value));
            }
            else
            {
                var arrow = value.IndexOf(" → ", StringComparison.Ordinal);
                changes.Add(arrow < 0 ? new RawChange(name, null, value) : new RawChange(name, value[..arrow], value[(arrow + 3)..]));
            }
        }

        return new Parts(subject, changes, null);
    }

    private string Value(string entityType, string field, Type? clr, string raw, Dictionary<int, string> units)
    {
        if (raw is Empty or "（已隐藏）")
        {
            return raw;
        }

        var type = clr is null ? null : Nullable.GetUnderlyingType(clr) ?? clr;
        if (type == typeof(byte[]) || raw == "System.Byte[]")
        {
            return "（文件）";
        }

        if (type is not null && type.IsEnum)
        {
            return ConsoleLabels.EnumValue(type, raw) ?? raw;
        }

        if (type == typeof(bool) || raw is "True" or "False")
        {
            return raw == "True" ? "是" : raw == "False" ? "否" : raw;
        }

        if (Instant(raw) is { } at)
        {
            return ConsoleTime.Text(at);
        }

        if (IsUnitField(entityType, field) && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId))
        {
            return units.GetValueOrDefault(unitId, "（已删除的单位）");
        }

        if (IsPersonField(field))
        {
            return people.Of(raw);
        }

        if (ConsoleText.IsGuid(raw))
        {
            return people.Knows(raw) ? people.OfId(raw) : "（内部编号）";
        }

        return CleanText(raw);
    }

    /// <summary>A stored instant ("2026-03-02 01:00:00Z", UTC) as a UTC DateTime; null for any other value.</summary>
    private static DateTime? Instant(string? raw) =>
        raw is not null && StoredInstant().IsMatch(raw)
        && DateTime.TryParseExact(raw, "yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? at : null;

    // Fields that hold the user name of the one who did something (审批人, 审签人, 录入人 …).
    private static bool IsPersonField(string field) =>
        field.EndsWith("By", StringComparison.Ordinal) || field is "ConfidentialityReviewer" or "Reviewer" or "Actor";

    private static bool IsUnitField(string entityType, string field) =>
        field is "UnitId" or "HomeUnitId" or "OrganizationId" or "HandlingUnitId" or "CityUnitId" or "PartyUnitId" || (field == "ParentId" && entityType == "Organization");

    // Old lines named a file's hash; a person needs its name and size, and the hash stays in the API.
    private static string CleanText(string text) => ConsoleText.Clean(text);

    [GeneratedRegex(@"(?:^|；)(?<name>[A-Z][A-Za-z0-9]*)(?<op>=|: )")]
    private static partial Regex PartStart();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex StoredInstant();
}
