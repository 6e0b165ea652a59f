using System.Buffers.Binary;
using System.Text;
using PdfSharp.Fonts;

namespace Zwgk.Web.Gazette;

/// <summary>
/// The Chinese font of generated PDFs, read from the machine, never downloaded. PDFsharp (6.2) reads a single
/// OpenType font, with TrueType or CFF outlines, but not a collection: the .ttc of fonts-noto-cjk gives a
/// NullReferenceException. So the face for Simplified Chinese is copied out of the collection into a standalone font
/// in memory (the tables are the same bytes; only the directory is rewritten). The whole font is embedded in each PDF
/// (PDFsharp does not subset CFF outlines): about 13 MB for Noto Sans CJK SC.
/// </summary>
public static class CjkFont
{
    public const string Family = "ZwgkCjk";

    /// <summary>Where the font is looked for, in order, unless Gazette:PdfFont names a file.</summary>
    public static readonly string[] DefaultFiles =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ];

    private static readonly Lock Gate = new();
    private static byte[]? _font;
    private static string? _file;

    /// <summary>Installs the resolver once per process; false when no CJK font file is on the machine.</summary>
    public static bool TryInstall(string? configured)
    {
        lock (Gate)
        {
            if (_font is not null)
            {
                return true;
            }

            foreach (var file in configured is { Length: > 0 } ? [configured] : DefaultFiles)
            {
                if (File.Exists(file))
                {
                    _font = Standalone(File.ReadAllBytes(file));
                    _file = file;
                    break;
                }
            }

            if (_font is null)
            {
                return false;
            }

            GlobalFontSettings.FontResolver ??= new Resolver();
            return true;
        }
    }

    /// <summary>The font file in use (for the operator's log).</summary>
    public static string? FileInUse => _file;

    private sealed class Resolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family);

        public byte[]? GetFont(string faceName) => _font;
    }

    /// <summary>The font itself, or for a collection (ttcf) its Simplified Chinese face (the first face without one).</summary>
    internal static byte[] Standalone(byte[] file)
    {
        if (file.Length < 12 || Encoding.ASCII.GetString(file, 0, 4) != "ttcf")
        {
            return file;
        }

        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(8));
        var offsets = Enumerable.Range(0, count).Select(i => (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12 + (4 * i)))).ToList();
        var face = offsets.FirstOrDefault(o => FamilyName(file, o)?.EndsWith(" SC", StringComparison.Ordinal) == true, offsets[0]);
        return Extract(file, face);
    }

    private static List<(uint Tag, uint Checksum, int Offset, int Length)> Tables(byte[] file, int face)
    {
        var n = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(face + 4));
        var tables = new List<(uint, uint, int, int)>(n);
        for (var i = 0; i < n; i++)
        {
            var r = file.AsSpan(face + 12 + (16 * i));
            tables.Add((BinaryPrimitives.ReadUInt32BigEndian(r), BinaryPrimitives.ReadUInt32BigEndian(r[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(r[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(r[12..])));
        }

        return tables;
    }

    private static byte[] Extract(byte[] file, int face)
    {
        var tables = Tables(file, face);
        var header = 12 + (16 * tables.Count);
        var size = header + tables.Sum(t => (t.Length + 3) & ~3);
        var result = new byte[size];
        file.AsSpan(face, 12).CopyTo(result);
        var at = header;
        for (var i = 0; i < tables.Count; i++)
        {
            var (tag, checksum, offset, length) = tables[i];
            var r = result.AsSpan(12 + (16 * i));
            BinaryPrimitives.WriteUInt32BigEndian(r, tag);
            BinaryPrimitives.WriteUInt32BigEndian(r[4..], checksum);
            BinaryPrimitives.WriteUInt32BigEndian(r[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(r[12..], (uint)length);
            file.AsSpan(offset, length).CopyTo(result.AsSpan(at));
            at += (length + 3) & ~3;
        }

        return result;
    }

    // The family name (name ID 1, Windows Unicode) of one face of a collection.
    private static string? FamilyName(byte[] file, int face)
    {
        var name = Tables(file, face).FirstOrDefault(t => t.Tag == 0x6E616D65); // 'name'
        if (name.Length == 0)
        {
            return null;
        }

        var table = file.AsSpan(name.Offset, name.Length);
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]), strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        for (var i = 0; i < count; i++)
        {
            var r = table[(6 + (12 * i))..];
            if (BinaryPrimitives.ReadUInt16BigEndian(r) == 3 && BinaryPrimitives.ReadUInt16BigEndian(r[6..]) == 1)
            {
                int length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]), offset = BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
                return Encoding.BigEndianUnicode.GetString(table.Slice(strings + offset, length));
            }
        }

        return null;
    }
}
