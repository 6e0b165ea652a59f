using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Audit;
using Zwgk.Web.Organizations;

namespace Zwgk.Web.Requests;

// Attachments of a case: added by staff (with the request-handling permission) or by the applicant (tracking number + code),
// removed by staff with a reason. Each change is an event of the case and a line of the audit log.
public sealed partial class RequestService
{
    /// <summary>Staff add files to a case they may handle.</summary>
    public async Task<RequestStepResult> AddAttachmentsAsync(int id, IReadOnlyList<RequestUpload> uploads, CancellationToken ct = default)
    {
        var r = await LoadAsync(id, ct);
        if (r is null || !await MayAsync(r, Permission.HandleRequests, ct))
        {
            return new RequestStepResult(null, NotFound: true);
        }

        return await AttachAsync(r, uploads, byApplicant: false, Actor, ct);
    }

    /// <summary>The applicant adds material from the tracking page (e.g. with a completed clarification); the caller has verified the code.</summary>
    public async Task<RequestStepResult> AddAttachmentsByApplicantAsync(int id, IReadOnlyList<RequestUpload> uploads, CancellationToken ct = default)
    {
        var r = await LoadAsync(id, ct);
        return r is null ? new RequestStepResult(null, NotFound: true) : await AttachAsync(r, uploads, byApplicant: true, "申请人（网上提交）", ct);
    }

    public async Task<RequestStepResult> RemoveAttachmentAsync(int id, int number, string? reason, CancellationToken ct = default)
    {
        var r = await LoadAsync(id, ct);
        if (r is null || !await MayAsync(r, Permission.HandleRequests, ct))
        {
            return new RequestStepResult(null, NotFound: true);
        }

        try
        {
            r.RemoveAttachment(number, reason ?? "", Actor, Now);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return new RequestStepResult(r, e.Message);
        }

        var a = r.Attachments.Single(x => x.Number == number);
        await AuditAttachmentAsync(r, "RequestAttachmentRemoved", $"{r.TrackingNumber}｜移除附件 {a.Number}“{a.FileName}”：{a.RemovalReason}", a.RemovalReason, ct);
        await db.SaveChangesAsync(ct);
        return new RequestStepResult(r);
    }

    /// <summary>An attachment staff may download: the case is theirs to handle and the file was not removed.</summary>
    public async Task<RequestAttachment?> AttachmentForStaffAsync(int id, int number, CancellationToken ct = default)
    {
        var r = await db.Set<InformationRequest>().AsNoTracking().Include(x => x.Attachments).SingleOrDefaultAsync(x => x.Id == id, ct);
        return r is null || !await MayAsync(r, Permission.HandleRequests, ct) ? null : r.Attachments.SingleOrDefault(a => a.Number == number && !a.IsRemoved);
    }

    /// <summary>An attachment of the applicant's own case, once the code has been verified.</summary>
    public Task<RequestAttachment?> AttachmentOfCaseAsync(int requestId, int number, CancellationToken ct = default) =>
        db.Set<RequestAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.RequestId == requestId && a.Number == number && a.RemovedAt == null, ct);

    /// <summary>
    /// A line of the audit log for every download: the files are identity documents and other personal material,
    /// so who read which one, and when, must be on record as much as who changed them.
    /// </summary>
    public async Task RecordDownloadAsync(RequestAttachment a, CancellationToken ct = default)
    {
        var r = await db.Set<InformationRequest>().AsNoTracking().SingleAsync(x => x.Id == a.RequestId, ct);
        await AuditAttachmentAsync(r, "RequestAttachmentDownloaded", $"{r.TrackingNumber}｜下载附件 {a.Number}“{a.FileName}”（{a.Kind.DisplayName()}）", null, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<RequestStepResult> AttachAsync(InformationRequest r, IReadOnlyList<RequestUpload> uploads, bool byApplicant, string actor, CancellationToken ct)
    {
        if (uploads.Count == 0)
        {
            return new RequestStepResult(r, "请选择要上传的文件。");
        }

        try
        {
            AddAll(r, uploads, byApplicant, actor);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return new RequestStepResult(r, e.Message);
        }

        await AuditAddedAsync(r, uploads, ct);
        await db.SaveChangesAsync(ct);
        return new RequestStepResult(r);
    }

    private void AddAll(InformationRequest r, IReadOnlyList<RequestUpload> uploads, bool byApplicant, string actor)
    {
        foreach (var u in uploads)
        {
            r.AddAttachment(u.Kind, u.File, byApplicant, Options.Attachments.MaxTotalBytes, actor, Now);
        }
    }

    private Task AuditAddedAsync(InformationRequest r, IReadOnlyList<RequestUpload> uploads, CancellationToken ct) =>
        AuditAttachmentAsync(r, "RequestAttachmentAdded",
            $"{r.TrackingNumber}｜附件：{string.Join("；", uploads.Select(u => $"{u.Kind.DisplayName()}“{u.File.FileName}”（{u.File.Size} 字节，sha256 {u.File.Sha256[..12]}…）"))}", null, ct);

    private async Task AuditAttachmentAsync(InformationRequest r, string action, string summary, string? reason, CancellationToken ct) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = Now,
            UserId = audit.UserId,
            Actor = access.UserName is null ? "申请人" : audit.Actor,
            IpAddress = audit.IpAddress,
            UnitId = r.UnitId,
            UnitPath = (await db.UnitPathOfAsync(r.UnitId, ct)).Value,
            EntityType = nameof(InformationRequest),
            EntityId = r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = action,
            Summary = summary.Length <= 4000 ? summary : summary[..3999] + "…",
            Reason = reason,
        });
}
