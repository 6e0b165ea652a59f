using System.Buffers;
using System.IO.Compression;

namespace Zwgk.Web.Platform;

/// <summary>
/// A bound on what a zip (XLSX, DOCX) expands to, checked before a library reads it: a few hundred kilobytes of zeros
/// can inflate to gigabytes and tie a worker up for as long as it takes. The declared sizes are checked first (cheap),
/// then the bytes actually inflated are counted, because a hostile archive can declare sizes it does not keep.
/// </summary>
public static class ZipLimits
{
    /// <summary>
    /// Above any workbook we import (at most 50 000 rows of some 30 short cells: about 60 MB of sheet XML) or document we
    /// index, and small enough that inflating all of it takes a fraction of a second.
    /// </summary>
    public const long MaxExpandedBytes = 100L * 1024 * 1024;

    public static string TooLarge(long maxBytes) => $"文件解压后超过 {maxBytes / 1024 / 1024} MB，无法导入。";

    /// <summary>
    /// Null when the archive's entries expand to at most <paramref name="maxBytes"/> in all, else the zh-CN refusal.
    /// A stream that is not a readable zip also gives null: the reader that follows reports it as damaged. The stream's
    /// position is restored.
    /// </summary>
    public static string? Check(Stream seekable, long maxBytes = MaxExpandedBytes)
    {
        var start = seekable.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Sum(e => e.Length) > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            long inflated = 0;
            foreach (var entry in zip.Entries)
            {
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    inflated += read;
                    if (inflated > maxBytes)
                    {
                        return TooLarge(maxBytes);
                    }
                }
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            seekable.Position = start;
        }
    }
}
