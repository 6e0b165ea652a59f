using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Zwgk.Web.Platform.Concurrency;

/// <summary>
/// Whether a save failed on one unique index, on either engine: the index then answers "already there" for every
/// instance at once, so a caller that expects it (a form posted twice) need not look first while holding a lock.
/// </summary>
public static class UniqueViolations
{
    /// <summary>True when <paramref name="e"/> is a duplicate in <paramref name="table"/>.<paramref name="column"/> (index named by EF's convention).</summary>
    public static bool Of(DbUpdateException e, string table, string column) => e.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == $"IX_{table}_{column}",
        // SQLITE_CONSTRAINT_UNIQUE; the message names the columns: "UNIQUE constraint failed: Table.Column".
        SqliteException lite => lite.SqliteExtendedErrorCode == 2067 && lite.Message.Contains($"{table}.{column}", StringComparison.Ordinal),
        _ => false,
    };
}
