namespace Zwgk.Domain.Requests;

/// <summary>What an attachment of a request is: the material 条例第二十九条 lets an applicant or agent add to the request.</summary>
public enum RequestAttachmentKind
{
    /// <summary>身份证明: a copy of the identity document or business licence (条例第二十九条第二款第（一）项).</summary>
    IdentityCopy,

    /// <summary>授权委托书: the power of attorney of an agent or a 法律服务机构.</summary>
    PowerOfAttorney,

    /// <summary>证明材料: supporting material, e.g. for 与自身生产、生活、科研等特殊需要 or a completed clarification.</summary>
    SupportingMaterial,

    /// <summary>申请书扫描件: the scan of a paper request registered by staff.</summary>
    PaperScan,

    Other,
}

/// <summary>
/// A file attached to a request, numbered within it. The bytes live in the content-addressed store under <see cref="Sha256"/>;
/// the row keeps who added it and, once removed, who removed it and why (a removed file is no longer served, the record stays).
/// </summary>
public sealed class RequestAttachment
{
    public const int FileNameMax = 255;
    public const int ReasonMax = 500;

    public int Id { get; private set; }

    public int RequestId { get; private set; }

    /// <summary>1, 2, … within the request: how downloads and removals refer to it.</summary>
    public int Number { get; private set; }

    public RequestAttachmentKind Kind { get; private set; }

    public string FileName { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public long Size { get; private set; }

    public string Extension { get; private set; } = "";

    public string MimeType { get; private set; } = "";

    /// <summary>UTC instant.</summary>
    public DateTime AddedAt { get; private set; }

    public string AddedBy { get; private set; } = "";

    /// <summary>Added by the applicant (online form or tracking page) rather than by staff.</summary>
    public bool ByApplicant { get; private set; }

    public DateTime? RemovedAt { get; private set; }

    public string? RemovedBy { get; private set; }

    public string? RemovalReason { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    private RequestAttachment()
    {
    }

    internal RequestAttachment(int number, RequestAttachmentKind kind, AttachmentFile file, bool byApplicant, string actor, DateTime now)
    {
        Number = number;
        Kind = kind;
        FileName = file.FileName;
        Sha256 = file.Sha256;
        Size = file.Size;
        Extension = file.Extension;
        MimeType = file.MimeType;
        ByApplicant = byApplicant;
        AddedBy = actor;
        AddedAt = now;
    }

    internal void Remove(string reason, string actor, DateTime now)
    {
        RemovedAt = now;
        RemovedBy = actor;
        RemovalReason = reason;
    }
}

/// <summary>A file already checked by content and stored: what the aggregate records of it.</summary>
public sealed record AttachmentFile(string FileName, string Sha256, long Size, string Extension, string MimeType);

public static class RequestAttachmentKindExtensions
{
    public static string DisplayName(this RequestAttachmentKind k) => k switch
    {
        RequestAttachmentKind.IdentityCopy => "身份证明",
        RequestAttachmentKind.PowerOfAttorney => "授权委托书",
        RequestAttachmentKind.SupportingMaterial => "证明材料",
        RequestAttachmentKind.PaperScan => "申请书扫描件",
        RequestAttachmentKind.Other => "其他材料",
        _ => k.ToString(),
    };
}
