using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Attachments;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <param name="PendingCorrection">Added with a pending correction, not public yet.</param>
/// <param name="RemovedByCorrection">To be removed when the pending correction is signed off; public until then.</param>
public sealed record AttachmentDto(int Id, string FileName, long Size, string Extension, string MimeType, int Downloads, bool HasText, string Url, bool PendingCorrection = false, bool RemovedByCorrection = false)
{
    public static AttachmentDto From(DocumentAttachment a) =>
        new(a.Id, a.FileName, a.Size, a.Extension, a.MimeType, a.Downloads, a.ExtractedText is not null, $"/doc/{a.DocumentId}/files/{a.Id}", a.PendingCorrection, a.RemovedByCorrection);
}

public static class DocumentFilesApi
{
    private const string NoFiles = "您无权修改该信息的附件。";

    public static void MapDocumentFilesApi(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        var files = api.MapGroup("/documents/{id:int}/attachments").WithTags("政府信息").Revises<Zwgk.Domain.Documents.Document>();
        files.MapPost("/", async Task<Results<Created<AttachmentDto>, ProblemHttpResult>> (int id, IFormFile file, DocumentFiles service, CancellationToken ct) =>
        {
            await using var stream = file.OpenReadStream();
            var o = await service.AddAsync(id, stream, file.FileName, ct);
            return o.Ok ? TypedResults.Created(AttachmentDto.From(o.Value!).Url, AttachmentDto.From(o.Value!))
                : o.ToProblem(notFound: "信息不存在。", forbidden: NoFiles, ruleTitle: "附件不符合要求");
        }).RequireAuthorization(PermissionRequirement.PolicyName(Permission.EditContent)).DisableAntiforgery()
          .WithSummary("上传附件（multipart/form-data，字段 file）：按内容识别类型，计算哈希去重存储，提取文字供检索");

        files.MapDelete("/{attachmentId:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, int attachmentId, DocumentFiles service, CancellationToken ct) =>
        {
            var o = await service.RemoveAsync(id, attachmentId, ct);
            return o.Ok ? TypedResults.NoContent() : o.ToProblem(notFound: "附件不存在。", forbidden: NoFiles, ruleTitle: "无法处理的请求");
        }).RequireAuthorization(PermissionRequirement.PolicyName(Permission.EditContent));

        files.MapGet("/", async Task<Results<Ok<IEnumerable<AttachmentDto>>, ProblemHttpResult>> (int id, DocumentService documents, UserAccess access, ZwgkDbContext db, CancellationToken ct) =>
        {
            var d = await documents.LoadAsync(id, ct);
            var staff = d is not null && await DocumentsApi.CanWorkOnAsync(access, db, d, ct);
            if (d is null || !(d.IsPublic || staff))
            {
                return Problems.NotFound("信息不存在或尚未公开。");
            }

            // The public sees only the files that passed review; a pending correction's files are its unit's staff's.
            var list = await db.DocumentAttachments.AsNoTracking().Where(a => a.DocumentId == id && (staff || !a.PendingCorrection)).OrderBy(a => a.Id).ToListAsync(ct);
            return TypedResults.Ok(list.Select(AttachmentDto.From));
        }).AllowAnonymous();

        // The download address the portal links to; counts downloads of public documents.
        app.MapGet("/doc/{id:int}/files/{attachmentId:int}", async Task<IResult> (int id, int attachmentId, DocumentService documents, UserAccess access, ZwgkDbContext db, AttachmentStore store, HttpContext http, CancellationToken ct) =>
        {
            var d = await documents.LoadAsync(id, ct);
            var attachment = await db.DocumentAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == id, ct);
            if (d is null || attachment is null || !((d.IsPublic && !attachment.PendingCorrection) || await DocumentsApi.CanWorkOnAsync(access, db, d, ct)))
            {
                return Results.NotFound();
            }

            if (!store.Exists(attachment.Sha256))
            {
                return MissingStoredFile.Problem(http, attachment.Sha256, attachment.FileName);
            }

            if (d.IsPublic && !attachment.PendingCorrection)
            {
                await db.DocumentAttachments.Where(a => a.Id == attachmentId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Downloads, a => a.Downloads + 1), ct);
            }

            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(store.OpenRead(attachment.Sha256), attachment.MimeType, attachment.FileName, enableRangeProcessing: true);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
