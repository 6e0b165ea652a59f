using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Zwgk.Web.Platform.Concurrency;

/// <summary>
/// The one optimistic-concurrency mechanism, the same on SQLite and PostgreSQL: an aggregate that has an int
/// <c>Revision</c> property carries it as concurrency token, and every save that changes the aggregate (its own row or
/// a row reached through one of its navigations, e.g. a new event) raises it by one. A save made from a stale read, or
/// racing another save, then updates no row and EF throws <see cref="DbUpdateConcurrencyException"/>, which the
/// filters of <see cref="EditConflicts"/> answer with 409; nothing is written.
/// </summary>
public static class Revisions
{
    public const string Property = "Revision";

    /// <summary>Makes every entity's <c>Revision</c> its concurrency token.</summary>
    public static void Configure(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => !t.IsOwned()))
        {
            if (type.ClrType.GetProperty(Property)?.PropertyType == typeof(int))
            {
                builder.Entity(type.ClrType).Property(Property).IsConcurrencyToken();
            }
        }
    }

    /// <summary>Raises the revision of every aggregate this save changes, checking it against the one the user read.</summary>
    public static void Stamp(ChangeTracker tracker, RevisionExpectation? expectation)
    {
        var entries = tracker.Entries().ToList();
        var roots = entries.Where(e => Has(e.Metadata)).ToDictionary(e => (e.Metadata, Key(e)));
        foreach (var child in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Has(e.Metadata)))
        {
            foreach (var fk in child.Metadata.GetForeignKeys().Where(fk => fk.PrincipalToDependent is not null && Has(fk.PrincipalEntityType)))
            {
                var key = string.Join("|", fk.Properties.Select(p => child.State == EntityState.Deleted ? child.Property(p.Name).OriginalValue : child.Property(p.Name).CurrentValue));
                if (roots.TryGetValue((fk.PrincipalEntityType, key), out var root) && root.State == EntityState.Unchanged)
                {
                    root.Property(Property).IsModified = true;
                }
            }
        }

        // A delete is checked too: removing a record from a page read before someone changed it is refused the same way.
        foreach (var root in roots.Values.Where(r => r.State is EntityState.Modified or EntityState.Deleted))
        {
            var revision = root.Property(Property);
            if (expectation?.TakeFor(root.Metadata.ClrType, Key(root)) is int expected)
            {
                revision.OriginalValue = expected;
            }

            if (root.State == EntityState.Modified)
            {
                revision.CurrentValue = (int)revision.OriginalValue! + 1;
            }
        }
    }

    private static bool Has(IReadOnlyEntityType type) => type.FindProperty(Property) is { IsConcurrencyToken: true };

    private static string Key(EntityEntry e) =>
        string.Join("|", e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.State == EntityState.Deleted ? e.Property(p.Name).OriginalValue : e.Property(p.Name).CurrentValue));
}

/// <summary>
/// The revision a form or API call was read at (hidden field <see cref="EditConflicts.FormField"/>, or If-Match), for
/// the record its route names by <c>{id}</c>, of the type the page (<see cref="IRevisedPage.RevisedType"/>) or the
/// endpoint (<see cref="RevisedRecord"/>) declares: a site and a column with the same id are different records.
/// Applied once, to the first save that changes that record, so a write from a stale page is refused even when nobody
/// else is saving at that moment, whether it edits or deletes the record.
/// </summary>
public sealed class RevisionExpectation
{
    private Type? _type;
    private string? _key;
    private int? _revision;

    public void Expect(Type type, string id, int revision)
    {
        _type = type;
        _key = id;
        _revision = revision;
    }

    internal int? TakeFor(Type type, string key)
    {
        if (_revision is null || key != _key || _type is null || !_type.IsAssignableFrom(type))
        {
            return null;
        }

        var r = _revision;
        _revision = null;
        return r;
    }
}
