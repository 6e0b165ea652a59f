using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Zwgk.Web.Platform;
using Zwgk.Web.Sites;

namespace Zwgk.Web.PageCache;

/// <summary>A site and its content version: what a request needs to find (or key) a cached page.</summary>
public sealed record SiteStamp(int SiteId, long Version);

/// <summary>What every public page of a site needs besides its own rows: the site with its unit, and all its columns.</summary>
public sealed class SiteSnapshot
{
    public required Site Site { get; init; }

    /// <summary>Every live column of the site: retired ones and their sub-columns are left out, so their pages are 404 (read-only: shared by concurrent requests).</summary>
    public required IReadOnlyList<Column> Columns { get; init; }

    /// <summary>The top-level columns shown in the main navigation, in order.</summary>
    public required IReadOnlyList<Column> Navigation { get; init; }
}

/// <summary>
/// Keeps each site's snapshot in memory under the site's content version (<see cref="SiteStampReader"/>). A change to
/// the site, a column or a document raises the version in the database, so a snapshot is never used past a change,
/// on any instance; old ones simply age out.
/// </summary>
public sealed class SiteSnapshots(IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Entry = new() { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 };

    public async Task<SiteSnapshot?> GetAsync(HttpContext http, SiteStamp stamp)
    {
        var key = (typeof(SiteSnapshot), stamp.SiteId, stamp.Version);
        if (cache.TryGetValue(key, out SiteSnapshot? snapshot))
        {
            return snapshot;
        }

        // Only on a miss: most requests never create a context.
        var db = http.RequestServices.GetRequiredService<ZwgkDbContext>();
        var ct = http.RequestAborted;
        var site = await db.Sites.AsNoTracking().Include(s => s.Organization).SingleOrDefaultAsync(s => s.Id == stamp.SiteId, ct);
        if (site is null)
        {
            return null;
        }

        var all = await db.Columns.AsNoTracking().Where(c => c.SiteId == site.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var columns = Live(all);
        snapshot = new SiteSnapshot
        {
            Site = site,
            Columns = columns,
            Navigation = columns.Where(c => c.ParentId == null && c.ShowInNavigation).ToList(),
        };
        return cache.Set(key, snapshot, Entry);
    }

    /// <summary>The columns that are not retired and have no retired ancestor, in their order.</summary>
    public static List<Column> Live(IReadOnlyList<Column> all)
    {
        var byId = all.ToDictionary(c => c.Id);
        bool IsLive(Column c)
        {
            for (Column? x = c; x is not null; x = x.ParentId is int p ? byId.GetValueOrDefault(p) : null)
            {
                if (x.IsRetired)
                {
                    return false;
                }
            }

            return true;
        }

        return all.Where(IsLive).ToList();
    }
}
