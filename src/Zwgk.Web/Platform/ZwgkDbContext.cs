using Zwgk.Domain.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Calendar;
using Zwgk.Web.Documents;
using Zwgk.Web.Search;
using Zwgk.Web.Organizations;
using Zwgk.Web.PageCache;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Platform;

/// <summary>
/// The one database context. Provider-specific subclasses exist only so that each provider has its
/// own migration set (docs/adr/0002). Saving also writes the audit trail for <see cref="IAuditable"/> entities.
/// </summary>
public abstract class ZwgkDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    private readonly AuditContext? _audit;
    private readonly TimeProvider _clock;
    private readonly RevisionExpectation? _expectation;

    protected ZwgkDbContext(DbContextOptions options, AuditContext? audit, TimeProvider? clock, RevisionExpectation? expectation = null)
        : base(options)
    {
        _audit = audit;
        _clock = clock ?? TimeProvider.System;
        _expectation = expectation;
        // A save inside a business transaction sets no savepoint: a failed statement aborts a PostgreSQL transaction
        // anyway, and every multi-step write replays whole (ReplayableAsync); a savepoint would cost two round trips
        // per save while a number's lock is held (Platform/Sequences).
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>Unit paths this context has read (by id), so that audit lines and permission checks ask once.</summary>
    internal Dictionary<int, string> KnownUnitPaths { get; } = [];

    /// <summary>Lets later lookups of the unit's path (audit lines, checks) use what the caller has already read.</summary>
    public void RememberUnitPath(Organization unit) => KnownUnitPaths[unit.Id] = unit.Path;

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Column> Columns => Set<Column>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CalendarDayRecord> CalendarDays => Set<CalendarDayRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DisclosureNotice> DisclosureNotices => Set<DisclosureNotice>();

    public DbSet<DocumentAttachment> DocumentAttachments => Set<DocumentAttachment>();

    public DbSet<WordingRuleRecord> WordingRules => Set<WordingRuleRecord>();

    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ZwgkDbContext).Assembly);
        Revisions.Configure(builder);
        builder.Entity<AppUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(100).IsRequired();
            b.HasOne<Organization>().WithMany().HasForeignKey(u => u.HomeUnitId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names, so the database reads like the code (style.md).
        configurationBuilder.Properties<Role>().HaveConversion<string>();
        configurationBuilder.Properties<AdministrativeLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OrganizationKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CalendarDayKind>().HaveConversion<string>();
        configurationBuilder.Properties<DocumentState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DisclosureAttribute>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<WithholdingReason>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Validity>().HaveConversion<string>().HaveMaxLength(16);
        // Every DateTime is a UTC instant; reading it back must say so (SQLite forgets the kind).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("审计日志只能追加，不能修改或删除。");
        }

        if (ChangeTracker.Entries<Organization>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            KnownUnitPaths.Clear(); // a unit moved in the tree
        }

        // Before the audit's look: a named step that changed only an aggregate's parts (a note in a case's history, a
        // catalog's items) raises its revision, and the audit writes that step down as （所含条目变更）.
        Revisions.Stamp(ChangeTracker, _expectation);
        var pending = AuditTrailWriter.Collect(ChangeTracker, _audit, _clock.GetUtcNow().UtcDateTime);
        var portal = PortalContentChanges.Collect(ChangeTracker);
        if (pending.Count == 0 && portal is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The change and its audit lines are one save when the ids of the audited rows are known before it (every
        // change but an addition; on PostgreSQL additions too, by KeyReservation). Otherwise, and for the portal
        // version, they are separate statements, and a transaction (ours, or the caller's) keeps them all-or-nothing.
        if (pending.Count > 0 && await KeysKnownBeforeSaveAsync(pending, cancellationToken))
        {
            await AuditTrailWriter.CompleteAsync(pending, this, cancellationToken);
            if (portal is null)
            {
                var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                _audit?.Clear();
                return saved;
            }

            pending = [];
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        int result;
        try
        {
            result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (pending.Count > 0)
            {
                await AuditTrailWriter.CompleteAsync(pending, this, cancellationToken);
                result += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            // Same transaction: a cached public page of the old content is never served again (docs/adr/0014).
            if (portal is not null)
            {
                await portal.StampAsync(this, _clock.GetUtcNow().UtcDateTime, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }

        _audit?.Clear();
        return result;
    }

    /// <summary>
    /// Whether every audited row has its key before the save. A new unit is the exception: its audit line names its
    /// path, which it gets only once saved.
    /// </summary>
    private async Task<bool> KeysKnownBeforeSaveAsync(List<AuditTrailWriter.Pending> pending, CancellationToken ct)
    {
        var added = pending.Where(p => p.Entry.State == EntityState.Added).Select(p => p.Entry).ToList();
        if (added.Count == 0)
        {
            return true;
        }

        if (added.Any(e => e.Entity is Organization) || !Database.IsNpgsql())
        {
            return false;
        }

        return await KeyReservation.ReserveAsync(this, added, ct);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed class SqliteZwgkDbContext(DbContextOptions<SqliteZwgkDbContext> options, AuditContext? audit = null, TimeProvider? clock = null, RevisionExpectation? expectation = null)
    : ZwgkDbContext(options, audit, clock, expectation);

public sealed class PostgresZwgkDbContext(DbContextOptions<PostgresZwgkDbContext> options, AuditContext? audit = null, TimeProvider? clock = null, RevisionExpectation? expectation = null)
    : ZwgkDbContext(options, audit, clock, expectation);
