using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Gazette;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Sequences;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Gazette;

/// <summary>A document as an issue's contents show it.</summary>
public sealed record GazetteItem(int Position, int DocumentId, string Title, string? DocumentNumber, string IssuingUnits, DateTime? PublishedAt, string BodyHtml);

/// <summary>An issue with its column and the documents it carries, in order.</summary>
public sealed record GazetteIssueView(GazetteIssue Issue, Column Column, string SiteName, IReadOnlyList<GazetteItem> Items);

/// <summary>
/// Reads and changes gazette issues. The public reads only published issues and, in them, only documents that are still
/// public (a withdrawn document leaves the issue's page and PDF); staff compile drafts. Each step is one audited save.
/// </summary>
public sealed class GazetteService(ZwgkDbContext db, AuditContext audit, SequenceService sequences, TimeProvider clock)
{
    /// <summary>The ColumnType of a gazette column (page-tags.md lists the type as open).</summary>
    public const string ColumnType = "政府公报";

    public Task<List<GazetteIssue>> PublishedIssuesAsync(int columnId, CancellationToken ct = default) =>
        db.Set<GazetteIssue>().AsNoTracking()
            .Where(i => i.ColumnId == columnId && i.State == GazetteIssueState.Published)
            .OrderByDescending(i => i.Year).ThenByDescending(i => i.Number).ToListAsync(ct);

    /// <summary>A published issue of the site with the documents the public may see, or null.</summary>
    public async Task<GazetteIssueView?> PublicIssueAsync(int siteId, int issueId, CancellationToken ct = default)
    {
        var issue = await db.Set<GazetteIssue>().AsNoTracking().Include(i => i.Entries)
            .SingleOrDefaultAsync(i => i.Id == issueId && i.State == GazetteIssueState.Published, ct);
        return issue is null ? null : await ViewAsync(issue, siteId, publicOnly: true, ct);
    }

    /// <summary>Any issue for staff (drafts included), with every document it lists.</summary>
    public async Task<GazetteIssueView?> IssueForStaffAsync(int issueId, CancellationToken ct = default)
    {
        var issue = await db.Set<GazetteIssue>().AsNoTracking().Include(i => i.Entries).SingleOrDefaultAsync(i => i.Id == issueId, ct);
        return issue is null ? null : await ViewAsync(issue, siteId: null, publicOnly: false, ct);
    }

    private async Task<GazetteIssueView?> ViewAsync(GazetteIssue issue, int? siteId, bool publicOnly, CancellationToken ct)
    {
        var column = await db.Columns.AsNoTracking().Include(c => c.Site).SingleAsync(c => c.Id == issue.ColumnId, ct);
        if (siteId is int s && column.SiteId != s)
        {
            return null;
        }

        var ids = issue.Entries.Select(e => e.DocumentId).ToList();
        var documents = db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id) && d.SiteId == column.SiteId);
        if (publicOnly)
        {
            documents = documents.Where(Document.Visible);
        }

        var found = await documents
            .Select(d => new { d.Id, d.Title, d.DocumentNumber, d.IssuingUnits, d.PublishedAt, d.BodyHtml }).ToDictionaryAsync(d => d.Id, ct);
        var items = new List<GazetteItem>();
        foreach (var e in issue.Entries.OrderBy(e => e.Position))
        {
            if (found.TryGetValue(e.DocumentId, out var d))
            {
                items.Add(new GazetteItem(e.Position, d.Id, d.Title, d.DocumentNumber, d.IssuingUnits, d.PublishedAt, d.BodyHtml));
            }
        }

        return new GazetteIssueView(issue, column, column.Site!.Name, items);
    }

    /// <summary>Documents an issue of this column may carry: published and proactive on the column's site, newest first.</summary>
    public async Task<List<(int Id, string Title, DateTime? PublishedAt)>> CandidatesAsync(Column column, GazetteIssue issue, CancellationToken ct = default)
    {
        var taken = issue.Entries.Select(e => e.DocumentId).ToList();
        var rows = await db.Documents.AsNoTracking().Where(d => d.SiteId == column.SiteId).Where(Document.Visible).Where(d => !taken.Contains(d.Id))
            .OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id).Take(200)
            .Select(d => new { d.Id, d.Title, d.PublishedAt }).ToListAsync(ct);
        return rows.Select(d => (d.Id, d.Title, d.PublishedAt)).ToList();
    }

    /// <summary>A new issue of the year; its number (第N期) is the column's next for that year, from the shared sequences.</summary>
    public async Task<GazetteIssue> CreateAsync(Column column, int unitId, int year, DateOnly issuedOn, CancellationToken ct = default)
    {
        if (column.ColumnType != ColumnType)
        {
            throw new GazetteException("只有“政府公报”类型的栏目才能编辑期刊。");
        }

        // The number is taken last in the transaction (SequenceService): two editors creating issues at once get N and N+1.
        await using var turn = await SequenceService.TurnAsync(SequenceNames.GazetteIssue, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = checked((int)await sequences.NextAsync(SequenceNames.GazetteIssue, FormattableString.Invariant($"{column.Id}/{year}"), ct));
        var issue = GazetteIssue.Create(column.Id, unitId, year, number, issuedOn, clock.GetUtcNow().UtcDateTime);
        db.Add(issue);
        await SaveAsync("GazetteIssueCreated", ct);
        await tx.CommitAsync(ct);
        return issue;
    }

    public async Task AddAsync(GazetteIssue issue, Column column, int documentId, CancellationToken ct = default)
    {
        var isPublic = await db.Documents.Where(d => d.Id == documentId && d.SiteId == column.SiteId).Where(Document.Visible).AnyAsync(ct);
        issue.Add(documentId, isPublic);
        await SaveAsync("GazetteIssueContentsChanged", ct);
    }

    public async Task RemoveAsync(GazetteIssue issue, int documentId, CancellationToken ct = default)
    {
        issue.Remove(documentId);
        await SaveAsync("GazetteIssueContentsChanged", ct);
    }

    public async Task MoveAsync(GazetteIssue issue, int documentId, bool up, CancellationToken ct = default)
    {
        issue.Move(documentId, up);
        await SaveAsync("GazetteIssueContentsChanged", ct);
    }

    public async Task PublishAsync(GazetteIssue issue, CancellationToken ct = default)
    {
        issue.Publish(audit.Actor, clock.GetUtcNow().UtcDateTime);
        await SaveAsync("GazetteIssuePublished", ct);
    }

    /// <summary>An issue tracked for a change, with its contents.</summary>
    public Task<GazetteIssue?> LoadAsync(int issueId, CancellationToken ct = default) =>
        db.Set<GazetteIssue>().Include(i => i.Entries).SingleOrDefaultAsync(i => i.Id == issueId, ct);

    private async Task SaveAsync(string action, CancellationToken ct)
    {
        audit.Action = action;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // The unique index on (column, year, number): another editor created the same issue a moment ago.
            db.ChangeTracker.Clear();
            throw new GazetteException("该期号刚被他人使用，请换一个期号。");
        }
        finally
        {
            audit.Clear();
        }
    }
}
