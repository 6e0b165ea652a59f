using System.IO.Compression;
using System.Text;

namespace Zwgk.Web.Attachments;

/// <summary>The sniffer's verdict: a kind, or the Chinese reason for refusing the file.</summary>
public sealed record SniffResult(FileKind? Kind, string? Error)
{
    public bool IsAccepted => Kind is not null;

    public static SniffResult Accept(FileKind kind) => new(kind, null);

    public static SniffResult Reject(string error) => new(null, error);
}

/// <summary>
/// Decides what a file really is from its first bytes and, for zip containers, from its entry names,
/// and refuses it when that disagrees with the extension. The extension is what the public site will
/// show and serve, so it must be true; executables and markup that a browser could run are refused outright.
/// </summary>
public static class FileKindSniffer
{
    /// <summary>How many leading bytes the magic numbers and the markup scan look at.</summary>
    public const int HeaderLength = 512;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] CfbMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    // Mach-O (both byte orders, 32/64 bit) and fat binaries; CAFEBABE is also a Java class file.
    private static readonly byte[][] MachOMagics =
    [
        [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE],
    ];

    private static readonly FileKind[] CfbKinds =
        [FileKind.Doc, FileKind.Xls, FileKind.Ppt, FileKind.Wps, FileKind.Et, FileKind.Dps];

    // Tags that make a browser run script if it ever renders the bytes as a page.
    private static readonly string[] MarkupMarkers =
        ["<html", "<!doctype html", "<script", "<svg", "<body", "<iframe", "<head", "<object", "<embed", "<meta", "<a href", "<img"];

    /// <summary>Sniffs a seekable stream (read from its start, position left at 0).</summary>
    /// <param name="allowedExtensions">Extensions without dot; null means <see cref="AttachmentOptions.DefaultAllowedExtensions"/>.</param>
    public static SniffResult Sniff(Stream content, string fileName, IReadOnlyCollection<string>? allowedExtensions = null)
    {
        if (!content.CanSeek || !content.CanRead)
        {
            throw new ArgumentException("需要可读且可定位的流。", nameof(content));
        }

        allowedExtensions ??= AttachmentOptions.DefaultAllowedExtensions;
        var extension = ExtensionOf(fileName);
        if (content.Length == 0)
        {
            return SniffResult.Reject("文件为空。");
        }

        if (extension.Length == 0)
        {
            return SniffResult.Reject("文件缺少扩展名，无法确定类型。");
        }

        if (!allowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return SniffResult.Reject($"不允许上传 .{extension} 类型的文件。允许的类型：{string.Join("、", allowedExtensions)}。");
        }

        var header = ReadHeader(content);
        if (DangerousContent(header) is { } danger)
        {
            return SniffResult.Reject(danger);
        }

        FileKind? detected;
        var polyglotRisk = false;
        if (header.AsSpan().StartsWith(CfbMagic))
        {
            detected = CfbKinds.FirstOrDefault(k => k.HasExtension(extension));
            if (detected is null)
            {
                return SniffResult.Reject(
                    $"文件是 OLE 复合文档（旧版 Office/WPS 格式，或加了密码的 Office 文件），与扩展名 .{extension} 不符。");
            }
        }
        else if (IsZip(header))
        {
            var zip = ZipKind(content);
            if (zip.Kind is null)
            {
                return zip;
            }

            detected = zip.Kind;
        }
        else
        {
            detected = MagicKind(header);
            if (detected is null)
            {
                return SniffResult.Reject(LooksLikeMarkup(header)
                    ? "文件是网页或矢量图（HTML/SVG/XML）内容，可能含有脚本，禁止上传。"
                    : $"无法识别文件内容，或内容与扩展名 .{extension} 不符。");
            }

            polyglotRisk = true;
        }

        if (!detected.HasExtension(extension))
        {
            return SniffResult.Reject($"文件内容是{detected.DisplayName}（.{detected.Extension}），与扩展名 .{extension} 不符。");
        }

        // A PDF or picture whose first bytes also read as a page is a known polyglot trick.
        if (polyglotRisk && LooksLikeMarkup(header))
        {
            return SniffResult.Reject("文件头部含有网页标记，可能被浏览器当作网页执行，禁止上传。");
        }

        return SniffResult.Accept(detected);
    }

    /// <summary>Lower-case extension without dot; handles both slash kinds since browsers may send a full client path.</summary>
    public static string ExtensionOf(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        var ext = Path.GetExtension(name.AsSpan(name.LastIndexOf('/') + 1)).TrimStart('.');
        return ext.ToString().Trim().ToLowerInvariant();
    }

    private static byte[] ReadHeader(Stream content)
    {
        content.Position = 0;
        var buffer = new byte[Math.Min(HeaderLength, content.Length)];
        content.ReadExactly(buffer);
        content.Position = 0;
        return buffer;
    }

    private static string? DangerousContent(byte[] h)
    {
        if (h.StartsWith("MZ"u8))
        {
            return "文件是 Windows 可执行程序，禁止上传。";
        }

        if (h.StartsWith("\u007FELF"u8))
        {
            return "文件是 Linux 可执行程序，禁止上传。";
        }

        if (MachOMagics.Any(m => h.StartsWith(m)))
        {
            return "文件是可执行程序，禁止上传。";
        }

        if (h.StartsWith("#!"u8) || h.StartsWith("\uFEFF#!"u8))
        {
            return "文件是脚本程序，禁止上传。";
        }

        return null;
    }

    private static bool IsZip(ReadOnlySpan<byte> h) =>
        h.StartsWith("PK\u0003\u0004"u8) || h.StartsWith("PK\u0005\u0006"u8) || h.StartsWith("PK\u0007\u0008"u8);

    private static SniffResult ZipKind(Stream content)
    {
        List<string> names;
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            names = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
        }
        catch (InvalidDataException)
        {
            return SniffResult.Reject("压缩包已损坏，无法读取。");
        }
        finally
        {
            content.Position = 0;
        }

        bool Has(string name) => names.Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        bool Under(string folder) => names.Any(n => n.StartsWith(folder, StringComparison.OrdinalIgnoreCase));

        if (Has("[Content_Types].xml"))
        {
            if (Under("word/"))
            {
                return SniffResult.Accept(FileKind.Docx);
            }

            if (Under("xl/"))
            {
                return SniffResult.Accept(FileKind.Xlsx);
            }

            if (Under("ppt/"))
            {
                return SniffResult.Accept(FileKind.Pptx);
            }
        }

        return SniffResult.Accept(Has("OFD.xml") ? FileKind.Ofd : FileKind.Zip);
    }

    private static FileKind? MagicKind(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith(PdfMagic))
        {
            return FileKind.Pdf;
        }

        if (h.StartsWith(PngMagic))
        {
            return FileKind.Png;
        }

        if (h.StartsWith(JpegMagic))
        {
            return FileKind.Jpeg;
        }

        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
        {
            return FileKind.Gif;
        }

        if (h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8))
        {
            return FileKind.Webp;
        }

        return null;
    }

    /// <summary>Markup in the header, as UTF-8/Latin-1 or UTF-16 text.</summary>
    private static bool LooksLikeMarkup(byte[] header)
    {
        string text;
        if (header.AsSpan().StartsWith(Utf16LeBom))
        {
            text = Encoding.Unicode.GetString(header, 2, header.Length - 2);
        }
        else if (header.AsSpan().StartsWith(Utf16BeBom))
        {
            text = Encoding.BigEndianUnicode.GetString(header, 2, header.Length - 2);
        }
        else
        {
            text = Encoding.Latin1.GetString(header);
        }

        var trimmed = text.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n', '\0');
        if (trimmed.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("<!", StringComparison.Ordinal))
        {
            return true;
        }

        return MarkupMarkers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
