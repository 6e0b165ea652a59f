using Microsoft.EntityFrameworkCore;

namespace Zwgk.Web.Platform.Sequences;

/// <summary>
/// Every sequential number of the platform comes from here, by one call inside the caller's business transaction.
/// The number is taken by one upsert that locks the sequence's row until that transaction ends (PostgreSQL: the row
/// lock of <c>ON CONFLICT DO UPDATE</c>; SQLite: the write lock that Microsoft.Data.Sqlite's <c>BEGIN IMMEDIATE</c>
/// takes when the transaction starts), so parallel writers on any number of instances queue on it instead of
/// colliding. A number is never handed out twice; a transaction that rolls back gives its number back with
/// everything else it wrote, so numbers of committed records are gapless: tracking numbers per year and
/// index-number serials per site and year are gapless. Because the lock lasts until the commit, a caller reads and
/// computes everything else first and takes the number last, so that only its rendering and saving follow (an online
/// filing that took its number first, then hashed, queried and wrote its letter, managed 30 a second on two instances).
/// </summary>
public sealed class SequenceService(ZwgkDbContext db)
{
    /// <summary>
    /// Waits for this process's turn at <paramref name="name"/>; hold it around the transaction that takes the number
    /// (start it before the transaction begins). Holders of one sequence run one after another anyway, on the row lock;
    /// queueing them in the process first leaves at most one transaction per instance waiting on the row, instead of
    /// every parallel request, whose wake-ups on each commit would take the CPU from the holder.
    /// </summary>
    public static async Task<IAsyncDisposable> TurnAsync(string name, CancellationToken ct = default) =>
        (await ProcessGates.EnterAsync("sequence|" + name, Timeout.InfiniteTimeSpan, ct))!;

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

    /// <summary>公开属性认定公函 numbers (scope: issuing unit id and year).</summary>
    public const string DisclosureNotice = "DisclosureNotice";

    /// <summary>政府公报 issue numbers, 第N期 (scope: gazette column id and year).</summary>
    public const string GazetteIssue = "GazetteIssue";
}
