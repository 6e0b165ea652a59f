using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Attachments;
using Zwgk.Web.Platform;
using Zwgk.Web.Organizations;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>
/// Attachments of documents: checked by content, stored once by hash, text extracted for search. Only a draft's editor adds
/// and removes them (<see cref="Document.AttachmentsFrozen"/>): once submitted they are what the reviewers passed, and a
/// file added to a published document would be public at once without any review. Every change is audited.
/// </summary>
public sealed class DocumentFiles(
    ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock, AttachmentStore store, TextExtractor extractor, DocumentSearchSync search)
{
    public async Task<StepResult<DocumentAttachment>> AddAsync(int documentId, Stream content, string fileName, CancellationToken ct = default)
    {
        var (document, path, refusal) = await AllowedAsync(documentId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        StoredFile stored;
        try
        {
            stored = await store.SaveAsync(content, fileName, ct);
        }
        catch (AttachmentRejectedException e)
        {
            return StepResult.Refused<DocumentAttachment>(e.Message);
        }

        string? text;
        await using (var file = store.OpenRead(stored.Sha256))
        {
            text = extractor.Extract(file, stored.Kind);
        }

        var attachment = new DocumentAttachment
        {
            DocumentId = documentId,
            FileName = stored.SafeFileName,
            Sha256 = stored.Sha256,
            Size = stored.Size,
            Extension = stored.Kind.Extension,
            MimeType = stored.Kind.MimeType,
            ExtractedText = text,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = access.UserName ?? "系统",
            PendingCorrection = document!.State == DocumentState.Published,
        };
        db.DocumentAttachments.Add(attachment);
        if (attachment.PendingCorrection)
        {
            document.NoteCorrectionFile(attachment.UploadedBy, $"更正稿新增附件：{attachment.FileName}", attachment.UploadedAt);
        }

        Audit(document, path, attachment.PendingCorrection ? "CorrectionAttachmentAdded" : "AttachmentAdded",
            $"{document.Title}｜{(attachment.PendingCorrection ? "更正稿新增附件" : "附件")}：{attachment.FileName}（{Zwgk.Domain.Requests.InformationRequest.SizeText(attachment.Size)}）");
        await db.SaveChangesAsync(ct);
        await search.SyncAsync(document, ct);
        await db.SaveChangesAsync(ct);
        return StepResult.Done(attachment);
    }

    public async Task<StepResult<DocumentAttachment>> RemoveAsync(int documentId, int attachmentId, CancellationToken ct = default)
    {
        var (document, path, refusal) = await AllowedAsync(documentId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var attachment = await db.DocumentAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == documentId, ct);
        if (attachment is null)
        {
            return StepResult.Missing<DocumentAttachment>();
        }

        if (document!.State == DocumentState.Published)
        {
            // In a correction: a file of the correction goes at once; a published file stays public until sign-off.
            document.NoteCorrectionFile(access.UserName ?? "系统", $"更正稿删除附件：{attachment.FileName}", clock.GetUtcNow().UtcDateTime);
            if (attachment.PendingCorrection)
            {
                db.DocumentAttachments.Remove(attachment);
            }
            else
            {
                attachment.RemovedByCorrection = true;
            }

            Audit(document, path, "CorrectionAttachmentRemoved", $"{document.Title}｜更正稿删除附件：{attachment.FileName}");
        }
        else
        {
            db.DocumentAttachments.Remove(attachment);
            Audit(document, path, "AttachmentRemoved", $"{document.Title}｜删除附件：{attachment.FileName}");
        }
        await db.SaveChangesAsync(ct);
        await search.SyncAsync(document, ct);
        await db.SaveChangesAsync(ct);
        return StepResult.Done(attachment);
    }

    /// <summary>The document and its unit's path (kept for the audit line), or why the user may not change its files.</summary>
    private async Task<(Document? Document, UnitPath Path, StepResult<DocumentAttachment>? Refusal)> AllowedAsync(int documentId, CancellationToken ct)
    {
        var document = await db.Documents.Include(d => d.Events).SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return (null, default, StepResult.Missing<DocumentAttachment>());
        }

        var path = await db.UnitPathOfAsync(document.UnitId, ct);
        var scope = await access.GetAsync(ct);
        if (!scope.Has(Permission.EditContent, path) && !scope.Has(Permission.ReviewContent, path))
        {
            return (document, path, StepResult.Denied<DocumentAttachment>());
        }

        if (document.AttachmentsFrozen is { } frozen)
        {
            return (document, path, StepResult.Refused<DocumentAttachment>(frozen));
        }

        if (!scope.Has(Permission.EditContent, path))
        {
            return (document, path, StepResult.Denied<DocumentAttachment>());
        }

        return (document, path, null);
    }

    private void Audit(Document document, UnitPath path, string action, string summary) => db.AuditEntries.Add(new AuditEntry
    {
        At = clock.GetUtcNow().UtcDateTime,
        UserId = audit.UserId,
        Actor = audit.Actor,
        IpAddress = audit.IpAddress,
        UnitId = document.UnitId,
        UnitPath = path.Value,
        EntityType = nameof(Document),
        EntityId = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Action = action,
        Summary = summary,
    });
}
