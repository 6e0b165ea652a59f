using Microsoft.EntityFrameworkCore;

namespace Zwgk.Web.Platform.Sequences;

/// <summary>
/// Every sequential number of the platform comes from here, by one call inside the caller's business transaction.
/// The number is taken by one upsert that locks the sequence's row until that transaction ends (PostgreSQL: the row
/// lock of <c>ON CONFLICT DO UPDATE</c>; SQLite: the write lock that Microsoft.Data.Sqlite's <c>BEGIN IMMEDIATE</c>
/// takes when the transaction starts), so parallel writers on any number of instances queue on it instead of
/// colliding. A number is never handed out twice; a transaction that rolls back gives its number back with
/// everything else it wrote, so numbers of committed records are gapless: tracking numbers per year and
/// index-number serials per site and year are gapless.
/// </summary>
public sealed class SequenceService(ZwgkDbContext db)
{
    /// <summary>The next number of <paramref name="name"/> in <paramref name="scope"/>, 1 for the first.</summary>
    public async Task<long> NextAsync(string name, string scope, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            // Outside a transaction the number would commit alone and be lost if the record then failed.
            throw new InvalidOperationException("序号只能在业务事务中取得。");
        }

        var taken = await db.Database.SqlQuery<long>($"""
            INSERT INTO "Sequences" ("Name", "Scope", "Last") VALUES ({name}, {scope}, 1)
            ON CONFLICT ("Name", "Scope") DO UPDATE SET "Last" = "Sequences"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return taken.Single();
    }
}

/// <summary>The names of the platform's sequences; a new numbered record adds its name here.</summary>
public static class SequenceNames
{
    /// <summary>Tracking numbers of information requests (scope: the year in China time).</summary>
    public const string TrackingNumber = "RequestTrackingNumber";

    /// <summary>Index-number serials (scope: site id and year).</summary>
    public const string IndexNumber = "DocumentIndexNumber";
}
