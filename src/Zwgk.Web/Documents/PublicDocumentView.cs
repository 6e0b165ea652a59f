using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Portal;
using Zwgk.Web.Sites;

namespace Zwgk.Web.Documents;

/// <summary>A linked public document: id, title and (for the "本文件废止/修改了" list) its validity.</summary>
public sealed record DocumentLink(int Id, string Title, Validity? Validity = null);

/// <summary>
/// Everything the public page (and its print view) of a document shows, loaded only if the document is public on the
/// site being viewed; links to other documents are resolved among public documents of the same site only.
/// </summary>
public sealed class PublicDocumentView
{
    public required Document Document { get; init; }

    public required IReadOnlyList<DocumentAttachment> Attachments { get; init; }

    public required Validity Validity { get; init; }

    public DateOnly? ValidityChangedOn { get; init; }

    public DocumentLink? SupersededBy { get; init; }

    public required IReadOnlyList<DocumentLink> Supersedes { get; init; }

    /// <summary>The column the document belongs to (or the site's 政策文件 column), with its path from the top.</summary>
    public required IReadOnlyList<Column> Trail { get; init; }

    public Column? Column => Trail.Count == 0 ? null : Trail[^1];

    public IReadOnlyList<DocumentVersion> Versions => Document.Versions.OrderByDescending(v => v.Number).ToList();

    /// <param name="columns">Every column of the site (the site's snapshot), for the breadcrumb trail.</param>
    public static async Task<PublicDocumentView?> LoadAsync(ZwgkDbContext db, Site site, IReadOnlyList<Column> columns, int id, DateOnly today, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().PublicOn(site.Id).Include(x => x.Versions).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        // Only what the page shows: the extracted text of an attachment can be megabytes.
        var attachments = await db.DocumentAttachments.AsNoTracking().Where(a => a.DocumentId == id && !a.PendingCorrection).OrderBy(a => a.Id)
            .Select(a => new DocumentAttachment { Id = a.Id, DocumentId = a.DocumentId, FileName = a.FileName, Size = a.Size, Extension = a.Extension, MimeType = a.MimeType })
            .ToListAsync(ct);
        DocumentLink? supersededBy = null;
        if (d.SupersededById is int by)
        {
            supersededBy = await db.Documents.AsNoTracking().PublicOn(site.Id).Where(x => x.Id == by)
                .Select(x => new DocumentLink(x.Id, x.Title, null)).SingleOrDefaultAsync(ct);
        }

        var supersedes = await db.Documents.AsNoTracking().PublicOn(site.Id).Where(x => x.SupersededById == id)
            .OrderBy(x => x.Id).Select(x => new DocumentLink(x.Id, x.Title, x.DeclaredValidity)).ToListAsync(ct);

        // A document of a retired column keeps its page, with no trail through the column that is gone.
        var column = d.ColumnId is not null ? columns.SingleOrDefault(c => c.Id == d.ColumnId) : columns.Where(c => c.ColumnType == "政策文件").OrderBy(c => c.Slug == "zcwj" ? 0 : 1).ThenBy(c => c.ParentId.HasValue).ThenBy(c => c.Id).FirstOrDefault();
        var trail = new List<Column>();
        for (var c = column; c is not null; c = columns.SingleOrDefault(p => p.Id == c.ParentId))
        {
            trail.Insert(0, c);
        }

        return new PublicDocumentView
        {
            Document = d,
            Attachments = attachments,
            Validity = d.ValidityOn(today),
            ValidityChangedOn = d.ValidityChangedOnAt(today),
            SupersededBy = supersededBy,
            Supersedes = supersedes,
            Trail = trail,
        };
    }

    /// <summary>Column and article page tags (page-tags.md); the column falls back to a virtual 政策文件 column.</summary>
    public void ApplyTags(PageTags tags, HttpRequest request)
    {
        var d = Document;
        if (Column is not null)
        {
            tags.Column = Column;
        }
        else
        {
            tags.VirtualColumn = ("政策文件", "本站发布的政策文件。", "政策文件,规范性文件", "政策文件");
        }

        tags.ArticleTitle = d.Title;
        tags.PubDate = d.PublishedAt is { } at ? PublicDocuments.PubDate(at) : "";
        // page-tags.md: ContentSource is the publishing unit, or the source of a reprint.
        tags.ContentSource = d.ReprintSource ?? d.IssuingUnits;
        tags.Keywords = d.Keywords;
        tags.Description = d.Summary;
        tags.Url = request.Absolute($"/doc/{d.Id}");
    }

    /// <summary>File size as people read it: 12.3 KB, 1.5 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} 字节",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };
}
