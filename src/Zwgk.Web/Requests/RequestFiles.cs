using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Requests;
using Zwgk.Web.Attachments;

namespace Zwgk.Web.Requests;

/// <summary>A checked and stored file on its way to a request, with the kind the uploader gave it.</summary>
public sealed record RequestUpload(RequestAttachmentKind Kind, AttachmentFile File);

/// <summary>What came of an upload: the files stored, and the Chinese reasons for those refused.</summary>
public sealed record UploadResult(IReadOnlyList<RequestUpload> Stored, IReadOnlyList<string> Errors)
{
    public bool Ok => Errors.Count == 0;

    public string? Error => Errors.Count == 0 ? null : string.Join(" ", Errors);
}

/// <summary>
/// The files of requests go through the Documents attachment machinery: type decided by content (FileKindSniffer), bytes
/// stored once by SHA-256 (AttachmentStore); the kinds and limits are the request settings (Requests:Attachments).
/// Files stored while a form was refused are carried in protected tokens, so the applicant need not choose them again
/// and cannot point a token at someone else's file.
/// </summary>
public sealed class RequestFiles(AttachmentStore store, IOptions<RequestOptions> options, IDataProtectionProvider protection)
{
    public const string FieldPrefix = "Files.";
    public const string KeptField = "KeptFiles";

    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(2);

    public RequestAttachmentOptions Settings => options.Value.Attachments;

    /// <summary>The uploads of a form: inputs named "Files.{Kind}", or "Files" with the kind in "FileKind".</summary>
    public static IReadOnlyList<(RequestAttachmentKind Kind, IFormFile File)> FromForm(IFormCollection form, RequestAttachmentKind fallback = RequestAttachmentKind.SupportingMaterial)
    {
        var chosen = Enum.TryParse<RequestAttachmentKind>(form["FileKind"], out var k) ? k : fallback;
        return form.Files.Where(f => !string.IsNullOrEmpty(f.FileName))
            .Select(f => (f.Name.StartsWith(FieldPrefix, StringComparison.Ordinal) && Enum.TryParse<RequestAttachmentKind>(f.Name[FieldPrefix.Length..], out var kind) ? kind : chosen, f))
            .ToList();
    }

    /// <summary>
    /// Checks count and sizes before a byte is stored, then stores each file through the content sniffer. Files already on
    /// the request (<paramref name="alreadyAttached"/> bytes) and files kept from an earlier try count towards the total.
    /// </summary>
    public async Task<UploadResult> StoreAsync(IReadOnlyList<(RequestAttachmentKind Kind, IFormFile File)> files, long alreadyAttached, CancellationToken ct)
    {
        var s = Settings;
        var errors = new List<string>();
        if (files.Count > s.MaxFilesPerUpload)
        {
            return new UploadResult([], [$"一次最多上传 {s.MaxFilesPerUpload} 个附件。"]);
        }

        var total = alreadyAttached + files.Sum(f => f.File.Length);
        if (total > s.MaxTotalBytes)
        {
            return new UploadResult([], [$"附件合计 {InformationRequest.SizeText(total)}，超过每件申请 {InformationRequest.SizeText(s.MaxTotalBytes)} 的上限，请压缩或精简后重新选择。"]);
        }

        var stored = new List<RequestUpload>();
        foreach (var (kind, file) in files)
        {
            var name = AttachmentStore.SafeFileName(file.FileName);
            if (file.Length > s.MaxFileBytes)
            {
                errors.Add($"“{name}”大小为 {InformationRequest.SizeText(file.Length)}，超过单个附件 {InformationRequest.SizeText(s.MaxFileBytes)} 的上限，请压缩或拆分后重新选择。");
                continue;
            }

            try
            {
                await using var content = file.OpenReadStream();
                var f = await store.SaveAsync(content, file.FileName, s.EffectiveAllowedExtensions, s.MaxFileBytes, ct);
                stored.Add(new RequestUpload(kind, new AttachmentFile(f.SafeFileName, f.Sha256, f.Size, f.Kind.Extension, f.Kind.MimeType)));
            }
            catch (AttachmentRejectedException e)
            {
                errors.Add($"“{name}”未能上传：{e.Message}");
            }
        }

        return new UploadResult(stored, errors);
    }

    /// <summary>A token the form carries for a file stored while the form was refused.</summary>
    public string Protect(RequestUpload upload) =>
        Protector.Protect(JsonSerializer.Serialize(upload), KeptFor);

    /// <summary>The files a refused form kept; forged, altered or expired tokens are dropped.</summary>
    public IReadOnlyList<RequestUpload> Kept(IEnumerable<string?> tokens)
    {
        var list = new List<RequestUpload>();
        foreach (var token in tokens.OfType<string>().Where(t => t.Length > 0).Distinct().Take(Settings.MaxFilesPerUpload))
        {
            try
            {
                if (JsonSerializer.Deserialize<RequestUpload>(Protector.Unprotect(token)) is { } u && store.Exists(u.File.Sha256))
                {
                    list.Add(u);
                }
            }
            catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException or ArgumentException)
            {
                // Not ours or too old: the applicant chooses the file again.
            }
        }

        return list;
    }

    public Stream Open(RequestAttachment a) => store.OpenRead(a.Sha256);

    public bool Exists(RequestAttachment a) => store.Exists(a.Sha256);

    /// <summary>"最多 10 个，单个不超过 10 MB，合计不超过 30 MB；pdf、ofd、…" for the forms.</summary>
    public string LimitsText =>
        $"可上传 {string.Join("、", Settings.EffectiveAllowedExtensions)} 格式；单个不超过 {InformationRequest.SizeText(Settings.MaxFileBytes)}，每件申请合计不超过 {InformationRequest.SizeText(Settings.MaxTotalBytes)}。";

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Zwgk.Requests.Attachments").ToTimeLimitedDataProtector();
}
