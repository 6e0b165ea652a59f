namespace Zwgk.Web.Attachments;

/// <summary>Bound from the "Attachments" section; <see cref="StorageRoot"/> comes from Storage:Root.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public const int DefaultMaxExtractedChars = 200_000;

    /// <summary>What a government site publishes: layout documents, office files, archives and pictures. HTML and SVG never.</summary>
    public static IReadOnlyList<string> DefaultAllowedExtensions { get; } =
        ["pdf", "ofd", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps", "zip", "png", "jpg", "jpeg", "gif", "webp"];

    /// <summary>Extensions without dot. Empty means <see cref="DefaultAllowedExtensions"/>
    /// (configuration binding appends to a pre-filled list, so the defaults are not put here).</summary>
    public List<string> AllowedExtensions { get; set; } = [];

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    public int MaxExtractedChars { get; set; } = DefaultMaxExtractedChars;

    /// <summary>
    /// How old a stored file no record points to must be before OrphanFileSweep deletes it. Longer than a refused
    /// online form keeps its files (2 hours), so a file a form still carries is never taken.
    /// </summary>
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Absolute folder of the content-addressed store; set by AddAttachments from Storage:Root.</summary>
    public string StorageRoot { get; set; } = "";

    public IReadOnlyList<string> EffectiveAllowedExtensions =>
        AllowedExtensions.Count == 0
            ? DefaultAllowedExtensions
            : AllowedExtensions.Select(e => e.Trim().TrimStart('.').ToLowerInvariant()).Where(e => e.Length > 0).Distinct().ToList();

    public bool Allows(string extension) =>
        EffectiveAllowedExtensions.Contains(extension.TrimStart('.'), StringComparer.OrdinalIgnoreCase);

    /// <summary>Human-readable size limit, e.g. "50 MB".</summary>
    public string MaxSizeText => FormatSize(MaxBytes);

    internal static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} 字节",
    };
}
