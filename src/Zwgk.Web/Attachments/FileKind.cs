namespace Zwgk.Web.Attachments;

/// <summary>
/// What a file really is, decided from its bytes (see <see cref="FileKindSniffer"/>).
/// <see cref="Extension"/> is the canonical one, without a dot; <see cref="Extensions"/> lists every name the kind may carry.
/// </summary>
public sealed record FileKind(string Extension, string MimeType, string DisplayName)
{
    /// <summary>Other spellings accepted for the same content (jpg/jpeg).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IEnumerable<string> Extensions => Aliases.Prepend(Extension);

    public bool HasExtension(string extension) =>
        Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);

    public static readonly FileKind Pdf = new("pdf", "application/pdf", "PDF 文档");
    public static readonly FileKind Ofd = new("ofd", "application/ofd", "OFD 版式文件");

    // OLE compound files: the container cannot tell a Word file from a WPS one, the extension names it.
    public static readonly FileKind Doc = new("doc", "application/msword", "Word 文档");
    public static readonly FileKind Xls = new("xls", "application/vnd.ms-excel", "Excel 表格");
    public static readonly FileKind Ppt = new("ppt", "application/vnd.ms-powerpoint", "PowerPoint 演示文稿");
    public static readonly FileKind Wps = new("wps", "application/vnd.ms-works", "WPS 文字文档");
    public static readonly FileKind Et = new("et", "application/vnd.ms-excel", "WPS 表格");
    public static readonly FileKind Dps = new("dps", "application/vnd.ms-powerpoint", "WPS 演示文稿");

    public static readonly FileKind Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档");
    public static readonly FileKind Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格");
    public static readonly FileKind Pptx = new("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint 演示文稿");

    public static readonly FileKind Zip = new("zip", "application/zip", "ZIP 压缩包");

    public static readonly FileKind Png = new("png", "image/png", "PNG 图片");
    public static readonly FileKind Jpeg = new("jpg", "image/jpeg", "JPEG 图片") { Aliases = ["jpeg"] };
    public static readonly FileKind Gif = new("gif", "image/gif", "GIF 图片");
    public static readonly FileKind Webp = new("webp", "image/webp", "WebP 图片");

    /// <summary>Every kind the sniffer can recognise.</summary>
    public static IReadOnlyList<FileKind> All { get; } =
        [Pdf, Ofd, Doc, Xls, Ppt, Wps, Et, Dps, Docx, Xlsx, Pptx, Zip, Png, Jpeg, Gif, Webp];

    /// <summary>The kind that carries this extension (without dot, any case), or null.</summary>
    public static FileKind? ForExtension(string extension) =>
        All.FirstOrDefault(k => k.HasExtension(extension));

    public override string ToString() => $"{DisplayName}（.{Extension}）";
}
