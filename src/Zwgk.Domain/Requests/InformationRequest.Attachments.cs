using static Zwgk.Domain.Workflow.Guard;

namespace Zwgk.Domain.Requests;

// Attachments: identity copies, powers of attorney, supporting material and paper scans (条例第二十九条). Never public.
public sealed partial class InformationRequest
{
    private readonly List<RequestAttachment> _attachments = [];

    public IReadOnlyList<RequestAttachment> Attachments => _attachments;

    /// <summary>The bytes of the attachments not removed, which the per-request limit counts.</summary>
    public long AttachedBytes => _attachments.Where(a => !a.IsRemoved).Sum(a => a.Size);

    /// <summary>
    /// Adds a stored file to the case. The applicant may add material until the reply is issued; staff until the case is
    /// archived. Refuses a file that would take the request past <paramref name="maxTotalBytes"/>.
    /// </summary>
    public RequestAttachment AddAttachment(RequestAttachmentKind kind, AttachmentFile file, bool byApplicant, long maxTotalBytes, string actor, DateTime now)
    {
        Require(!byApplicant || !State.IsClosed(), "申请已经答复，不能再补充材料；如有新的需要，请重新提出申请。");
        Require(State != RequestState.Archived, "已归档的申请不能再添加附件。");
        Require(!string.IsNullOrWhiteSpace(file.FileName) && file.FileName.Length <= RequestAttachment.FileNameMax, "附件文件名无效。");
        Require(file.Size > 0, "附件为空。");
        Require(AttachedBytes + file.Size <= maxTotalBytes,
            $"本申请的附件合计不能超过 {SizeText(maxTotalBytes)}（已有 {SizeText(AttachedBytes)}），“{file.FileName}”未能添加。");
        var a = new RequestAttachment(_attachments.Count + 1, kind, file, byApplicant, actor, now);
        _attachments.Add(a);
        Record(now, actor, "AttachmentAdded", State, $"附件 {a.Number}：{kind.DisplayName()}“{a.FileName}”（{SizeText(a.Size)}）",
            $"已收到附件：{kind.DisplayName()}“{a.FileName}”");
        return a;
    }

    /// <summary>Staff remove an attachment (e.g. a wrong or unreadable file); the record stays with who and why, the file is no longer served.</summary>
    public void RemoveAttachment(int number, string reason, string actor, DateTime now)
    {
        var a = _attachments.SingleOrDefault(x => x.Number == number);
        Require(a is not null, "没有这个附件。");
        Require(!a!.IsRemoved, "这个附件已经移除。");
        Require(State != RequestState.Archived, "已归档的申请不能再移除附件。");
        Require(!string.IsNullOrWhiteSpace(reason), "请写明移除附件的理由。");
        Require(reason.Trim().Length <= RequestAttachment.ReasonMax, $"理由不能超过 {RequestAttachment.ReasonMax} 字。");
        a.Remove(reason.Trim(), actor, now);
        Record(now, actor, "AttachmentRemoved", State, $"移除附件 {a.Number}：{a.Kind.DisplayName()}“{a.FileName}”；理由：{a.RemovalReason}",
            $"附件“{a.FileName}”已由办理机关移除");
    }

    /// <summary>A size in words, e.g. "10 MB", "350 KB".</summary>
    public static string SizeText(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} 字节",
    };
}
