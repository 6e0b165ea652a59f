using System.Globalization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Calendar;
using Zwgk.Web.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Search;
using Zwgk.Web.Sites;

namespace Zwgk.Web.PageCache;

/// <summary>
/// The sites whose public pages a save can change. Collected from the change tracker before the save and stamped
/// (each site's <see cref="PortalVersion"/> raised) inside the save's transaction, so no reader ever sees the new
/// content under the old version. Every write goes through SaveChanges, so API, console, background jobs, seeding
/// and tests are all covered without any of them knowing about the cache.
/// </summary>
internal sealed class PortalContentChanges
{
    // Rows that never show on a public page. Any other type that changes raises every site: a new kind of public
    // content that nobody registered here costs cache hits, never a stale page.
    private static readonly HashSet<Type> Invisible =
    [
        typeof(AuditEntry), typeof(AppUser), typeof(ApiToken), typeof(RoleGrant), typeof(DataProtectionKey), typeof(SearchEntry),
        typeof(WordingRuleRecord), typeof(CalendarYear), typeof(CalendarDayRecord), typeof(PortalVersion),
        // 同源发布 channels and their deliveries: their feeds are not cached pages.
        typeof(Outbound.OutboundChannel), typeof(Outbound.OutboundDelivery), typeof(Outbound.OutboundAttempt),
    ];

    // Identity's own rows; and 依申请公开 records, which show only on the request pages (form, receipt, tracking),
    // none of them cached.
    private static readonly string[] InvisibleNamespaces = ["Microsoft.AspNetCore.Identity", "Zwgk.Domain.Requests", "Zwgk.Web.Requests"];

    private readonly List<object> _changed = [];
    private readonly HashSet<int> _sites = [];
    private bool _allSites;

    private PortalContentChanges()
    {
    }

    /// <summary>Null when nothing the portal shows is changed by this save.</summary>
    public static PortalContentChanges? Collect(ChangeTracker tracker)
    {
        PortalContentChanges? changes = null;
        foreach (var entry in tracker.Entries())
        {
            var type = entry.Metadata.ClrType;
            if (entry.State is EntityState.Unchanged or EntityState.Detached || IsInvisible(type))
            {
                continue;
            }

            changes ??= new PortalContentChanges();
            changes._changed.Add(entry.Entity);
            // A row moved to another site changes the pages of the site it left too.
            if (entry.State == EntityState.Modified && entry.Entity is Document or Column)
            {
                changes._sites.Add(entry.OriginalValues.GetValue<int>("SiteId"));
            }
        }

        return changes;
    }

    private static bool IsInvisible(Type type) =>
        Invisible.Contains(type)
        || (type.Namespace is { } ns && InvisibleNamespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal)));

    /// <summary>Raises the version of every touched site; call after the rows are saved (ids known), before commit.</summary>
    public async Task StampAsync(ZwgkDbContext db, DateTime now, CancellationToken ct)
    {
        var documents = new List<int>();
        foreach (var entity in _changed)
        {
            switch (entity)
            {
                case Site s: _sites.Add(s.Id); break;
                case Column c: _sites.Add(c.SiteId); break;
                case Document d: _sites.Add(d.SiteId); break;
                case DocumentAttachment a: documents.Add(a.DocumentId); break;
                case DocumentVersion v: documents.Add(v.DocumentId); break;
                case DocumentEvent e: documents.Add(e.DocumentId); break;
                default: _allSites = true; break;
            }
        }

        if (!_allSites && documents.Count > 0)
        {
            _sites.UnionWith(await db.Documents.AsNoTracking().Where(d => documents.Contains(d.Id)).Select(d => d.SiteId).ToListAsync(ct));
        }

        if (!_allSites && _sites.Count == 0)
        {
            return;
        }

        // Ids are integers we hold, not input; the instant is a parameter. Plain upsert syntax that SQLite and
        // PostgreSQL share; the increment happens in the database, so concurrent writers never lose a raise.
        var which = _allSites ? "1 = 1" : $"\"Id\" IN ({string.Join(",", _sites.Order().Select(i => i.ToString(CultureInfo.InvariantCulture)))})";
        var sql = $$"""
            INSERT INTO "PortalVersions" ("SiteId", "Version", "ChangedAt")
            SELECT "Id", 1, {0} FROM "Sites" WHERE {{which}} ORDER BY "Id"
            ON CONFLICT ("SiteId") DO UPDATE SET "Version" = "PortalVersions"."Version" + 1, "ChangedAt" = excluded."ChangedAt"
            """;
        await db.Database.ExecuteSqlRawAsync(sql, [now], ct);
    }
}
