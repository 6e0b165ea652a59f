using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Requests;
using Zwgk.Web.Accounts;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests;

/// <summary>
/// Attachments of requests. Staff upload to a case they handle (multipart, after POST /api/v1/requests registered it) and
/// download or remove; the applicant uploads and downloads with number and code. Never an anonymous address.
/// </summary>
public static class RequestFilesApi
{
    public static void MapRequestFilesApi(this RouteGroupBuilder requests)
    {
        var handle = PermissionRequirement.PolicyName(Permission.HandleRequests);

        requests.MapPost("/{id:int}/attachments", async Task<Results<Ok<RequestDto>, ProblemHttpResult>> (
            int id, HttpRequest http, RequestService service, RequestFiles files, ZwgkDbContext db, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, CancellationToken ct) =>
        {
            var r = await service.LoadAsync(id, ct);
            if (r is null || !await service.MayAsync(r, Permission.HandleRequests, ct))
            {
                return Problems.NotFound("申请不存在，或不属于您可办理的单位。");
            }

            if (await UploadAsync(http, files, r.AttachedBytes, ct) is not { } upload)
            {
                return Problems.BadRequest("请以 multipart/form-data 上传，文件字段 file（可多个），类型字段 kind。");
            }

            if (!upload.Ok)
            {
                return Problems.Unprocessable(upload.Error!, "附件不符合要求");
            }

            var result = await service.AddAttachmentsAsync(id, upload.Stored, ct);
            return result.Ok ? TypedResults.Ok(RequestDto.From(result.Value!, await calendars.ForDeadlinesAsync(ct), ChinaTime.Today(clock), options.Value.DueSoonWorkingDays,
                    await LettersAsync(db, id, ct)))
                : result.NotFound ? Problems.NotFound("申请不存在。") : Problems.Unprocessable(result.Error!, "附件不符合要求");
        }).RequireAuthorization(handle).DisableAntiforgery()
          .WithSummary("上传申请的附件（multipart/form-data：file 可多个，kind = IdentityCopy、PowerOfAttorney、SupportingMaterial、PaperScan、Other）；按内容识别类型，大小受 Requests:Attachments 限制");

        requests.MapGet("/{id:int}/attachments/{number:int}", async Task<IResult> (int id, int number, RequestService service, RequestFiles files, HttpContext http, CancellationToken ct) =>
        {
            var a = await service.AttachmentForStaffAsync(id, number, ct);
            return await DownloadAsync(http, service, files, a, ct) ?? Problems.NotFound("附件不存在。");
        }).RequireAuthorization(handle).WithSummary("下载申请的附件（仅限有办理权限的工作人员）");

        requests.MapDelete("/{id:int}/attachments/{number:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, int number, string? reason, RequestService service, CancellationToken ct) =>
        {
            var result = await service.RemoveAttachmentAsync(id, number, reason, ct);
            return result.Ok ? TypedResults.NoContent() : result.NotFound ? Problems.NotFound("申请不存在。") : Problems.Unprocessable(result.Error!, "不能移除附件");
        }).RequireAuthorization(handle).WithSummary("移除附件（?reason= 必填）；记录保留，文件不再提供下载");

        requests.MapPost("/status/attachments", async Task<Results<Ok<PublicRequestDto>, ProblemHttpResult>> (HttpRequest http, RequestService service, RequestFiles files, PublicTracking tracking, CancellationToken ct) =>
        {
            var form = http.HasFormContentType ? await http.ReadFormAsync(ct) : null;
            var r = form is null ? null : await service.TrackAsync(form["trackingNumber"], form["accessCode"], ct);
            if (r is null)
            {
                return Problems.NotFound(PublicTracking.NotFoundMessage, "未查到申请");
            }

            var upload = await files.StoreAsync(RequestFiles.FromForm(form!, KindOf(form!)), await AttachedBytesAsync(service, r.Id, ct), ct);
            if (!upload.Ok)
            {
                return Problems.Unprocessable(upload.Error!, "附件不符合要求");
            }

            var result = await service.AddAttachmentsByApplicantAsync(r.Id, upload.Stored, ct);
            return result.Ok ? TypedResults.Ok(await tracking.ViewAsync(result.Value!, ct)) : Problems.Unprocessable(result.Error!, "附件不符合要求");
        }).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(RequestsApi.TrackingPolicy)
          .WithSummary("申请人凭申请编号和查询码补充材料（multipart/form-data：trackingNumber、accessCode、file、kind）");

        requests.MapPost("/status/attachments/{number:int}", async Task<IResult> (int number, TrackingInput input, RequestService service, RequestFiles files, HttpContext http, CancellationToken ct) =>
        {
            var r = await service.TrackAsync(input.TrackingNumber, input.AccessCode, ct);
            var a = r is null ? null : await service.AttachmentOfCaseAsync(r.Id, number, ct);
            return await DownloadAsync(http, service, files, a, ct) ?? Problems.NotFound(PublicTracking.NotFoundMessage, "未查到申请");
        }).AllowAnonymous().RequireRateLimiting(RequestsApi.TrackingPolicy).WithSummary("申请人凭申请编号和查询码下载本人申请的附件");
    }

    /// <summary>
    /// Records the download in the audit log and sends the file as a download that is never cached or rendered by the
    /// browser: it is someone's identity document. Null when there is no such file.
    /// </summary>
    private static async Task<IResult?> DownloadAsync(HttpContext http, RequestService service, RequestFiles files, RequestAttachment? a, CancellationToken ct)
    {
        if (a is null)
        {
            return null;
        }

        if (!files.Exists(a))
        {
            return MissingStoredFile.Problem(http, a.Sha256, a.FileName);
        }

        await service.RecordDownloadAsync(a, ct);
        NeverCacheOrSniff(http.Response);
        return Results.File(files.Open(a), a.MimeType, a.FileName);
    }

    /// <summary>The headers of every attachment download, the API's and the tracking page's.</summary>
    public static void NeverCacheOrSniff(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
    }

    private static async Task<UploadResult?> UploadAsync(HttpRequest http, RequestFiles files, long attached, CancellationToken ct)
    {
        if (!http.HasFormContentType)
        {
            return null;
        }

        var form = await http.ReadFormAsync(ct);
        return form.Files.Count == 0 ? null : await files.StoreAsync(RequestFiles.FromForm(form, KindOf(form)), attached, ct);
    }

    private static RequestAttachmentKind KindOf(IFormCollection form) =>
        Enum.TryParse<RequestAttachmentKind>(form["kind"], true, out var k) ? k : RequestAttachmentKind.SupportingMaterial;

    private static async Task<long> AttachedBytesAsync(RequestService service, int id, CancellationToken ct) =>
        (await service.LoadAsync(id, ct))?.AttachedBytes ?? 0;

    private static Task<List<RequestLetter>> LettersAsync(ZwgkDbContext db, int id, CancellationToken ct) =>
        db.Set<RequestLetter>().AsNoTracking().Where(l => l.RequestId == id).ToListAsync(ct);
}
