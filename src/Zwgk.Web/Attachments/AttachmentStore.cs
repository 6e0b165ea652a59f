using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Zwgk.Web.Attachments;

/// <summary>
/// Content-addressed files on disk: root/ab/cd/abcd…(64 hex). A file is written once, never changed,
/// so the same content uploaded twice is stored once and any number of documents may point to it.
/// </summary>
public sealed class AttachmentStore(IOptions<AttachmentOptions> options, ILogger<AttachmentStore> logger, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private const string TempFolder = ".tmp";
    private const int MaxFileNameLength = 200;
    private const int BufferSize = 81920;

    private readonly AttachmentOptions _options = options.Value;

    // Orders a save that reuses stored bytes against the sweep deleting them (OrphanFileSweep); one per process.
    private readonly Lock _sweepLock = new();

    public string Root => _options.StorageRoot;

    /// <summary>
    /// Streams <paramref name="content"/> to a temp file while hashing and counting it, sniffs the result, then moves it
    /// into place. Refuses (<see cref="AttachmentRejectedException"/>) as soon as the size limit is passed, and for any
    /// content the sniffer refuses; the temp file never outlives a failure.
    /// </summary>
    public Task<StoredFile> SaveAsync(Stream content, string fileName, CancellationToken ct = default) =>
        SaveAsync(content, fileName, _options.EffectiveAllowedExtensions, _options.MaxBytes, ct);

    /// <summary>The same, with a feature's own allowed kinds and size limit (e.g. the attachments of information requests).</summary>
    public async Task<StoredFile> SaveAsync(Stream content, string fileName, IReadOnlyList<string> allowedExtensions, long maxBytes, CancellationToken ct = default)
    {
        var safeName = SafeFileName(fileName);
        var extension = FileKindSniffer.ExtensionOf(safeName);
        if (extension.Length > 0 && !allowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            // Cheap refusal before a byte is written; the sniffer words it the same way.
            throw new AttachmentRejectedException(
                $"不允许上传 .{extension} 类型的文件。允许的类型：{string.Join("、", allowedExtensions)}。");
        }

        var tempFolder = Path.Combine(Root, TempFolder);
        Directory.CreateDirectory(tempFolder);
        var tempPath = Path.Combine(tempFolder, $"{Guid.NewGuid():N}.tmp");
        var moved = false;
        try
        {
            string sha256;
            long size;
            FileKind kind;
            await using (var temp = new FileStream(tempPath, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.ReadWrite,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
            }))
            {
                (sha256, size) = await CopyHashingAsync(content, temp, maxBytes, ct);
                await temp.FlushAsync(ct);

                var sniff = FileKindSniffer.Sniff(temp, safeName, allowedExtensions);
                kind = sniff.Kind ?? throw new AttachmentRejectedException(sniff.Error!);
            }

            var finalPath = PathFor(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
            // Under the sweep's lock: a file reused here is marked fresh before the sweep can judge it abandoned.
            using var sweepGuard = _sweepLock.EnterScope();
            if (File.Exists(finalPath))
            {
                File.SetLastWriteTimeUtc(finalPath, _clock.GetUtcNow().UtcDateTime);
                logger.LogDebug("附件内容已存在，复用 {Sha256}", sha256);
            }
            else
            {
                try
                {
                    File.Move(tempPath, finalPath, overwrite: false);
                    moved = true;
                    // The sweep judges age on the same clock as everything else (a test's clock, too).
                    File.SetLastWriteTimeUtc(finalPath, _clock.GetUtcNow().UtcDateTime);
                }
                catch (IOException) when (File.Exists(finalPath))
                {
                    // Another request stored the same bytes between our check and our move: theirs is as good as ours.
                }
            }

            return new StoredFile(sha256, size, kind, safeName);
        }
        finally
        {
            if (!moved)
            {
                TryDelete(tempPath);
            }
        }
    }

    /// <summary>Opens a stored file for reading. Throws <see cref="ArgumentException"/> for anything but 64 lower-case hex digits
    /// and <see cref="FileNotFoundException"/> when no such content is stored.</summary>
    public Stream OpenRead(string sha256)
    {
        var path = PathFor(sha256);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"附件内容 {sha256} 不存在。", Path.GetFileName(path));
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    public bool Exists(string sha256) => File.Exists(PathFor(sha256));

    /// <summary>Every stored file with the time it was last stored, oldest first; files not named by a SHA-256 are skipped.</summary>
    public IReadOnlyList<(string Sha256, DateTime StoredAtUtc)> List()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        return Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => (Sha256: Path.GetFileName(path), Path: path))
            .Where(f => IsValidSha256(f.Sha256) && f.Path == PathFor(f.Sha256))
            .Select(f => (f.Sha256, File.GetLastWriteTimeUtc(f.Path)))
            .OrderBy(f => f.Item2)
            .ToList();
    }

    /// <summary>
    /// Deletes a stored file, unless it was stored again at or after <paramref name="storedBeforeUtc"/>: a save of the
    /// same bytes marks it fresh under the same lock, so a file being reused is never taken away.
    /// </summary>
    public bool DeleteIfStoredBefore(string sha256, DateTime storedBeforeUtc)
    {
        var path = PathFor(sha256);
        using var sweepGuard = _sweepLock.EnterScope();
        if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) >= storedBeforeUtc)
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    /// <summary>Temp files a crashed save left behind, older than the cut-off.</summary>
    public int DeleteTempFilesBefore(DateTime cutoffUtc)
    {
        var folder = Path.Combine(Root, TempFolder);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var old = Directory.EnumerateFiles(folder).Where(f => File.GetLastWriteTimeUtc(f) < cutoffUtc).ToList();
        old.ForEach(TryDelete);
        return old.Count;
    }

    /// <summary>root/ab/cd/abcd…; validates the address first, so no caller input ever reaches the path unchecked.</summary>
    public string PathFor(string sha256)
    {
        if (!IsValidSha256(sha256))
        {
            throw new ArgumentException("附件标识无效：应为 64 位小写十六进制 SHA-256。", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    public static bool IsValidSha256(string? value) =>
        value is { Length: 64 } && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>
    /// The uploader's file name reduced to its last segment, without control, path or shell-special characters,
    /// trimmed of dots and spaces, and shortened to keep the extension. Never empty.
    /// </summary>
    public static string SafeFileName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsControl(c) || c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or ';'
                || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format)
            {
                // Control and format characters (incl. right-to-left override) can disguise "gpj.exe" as "exe.jpg".
                continue;
            }

            sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        var cleaned = sb.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length > MaxFileNameLength)
        {
            var ext = Path.GetExtension(cleaned);
            if (ext.Length > 20)
            {
                ext = "";
            }

            cleaned = cleaned[..(MaxFileNameLength - ext.Length)].TrimEnd() + ext;
        }

        var stem = Path.GetFileNameWithoutExtension(cleaned).Trim();
        return stem.Length == 0 ? "附件" + Path.GetExtension(cleaned) : cleaned;
    }

    private static async Task<(string Sha256, long Size)> CopyHashingAsync(Stream source, Stream target, long maxBytes, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long size = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new AttachmentRejectedException($"文件超过大小上限 {AttachmentOptions.FormatSize(maxBytes)}。");
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "临时文件 {Path} 删除失败", path);
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogWarning(e, "临时文件 {Path} 删除失败", path);
        }
    }
}
