using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zwgk.Web.Attachments;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zwgk.Web.Tests.Attachments;

/// <summary>Small real files built in memory, so the tests need no fixtures on disk.</summary>
internal static class TestFiles
{
    public static readonly byte[] CfbHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] Docx(params string[] paragraphs)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new W.Body();
            foreach (var p in paragraphs)
            {
                // Two runs per paragraph: the extractor must join runs, not lines.
                var half = p.Length / 2;
                body.Append(new W.Paragraph(
                    new W.Run(new W.Text(p[..half]) { Space = SpaceProcessingModeValues.Preserve }),
                    new W.Run(new W.Text(p[half..]) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new W.Document(body);
        }

        return ms.ToArray();
    }

    /// <summary>Each sheet is rows of cells; strings go to the shared table except those starting with '~', written inline; numbers as numbers.</summary>
    public static byte[] Xlsx(params (string Name, object[][] Rows)[] sheets)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var sheetList = wb.Workbook.AppendChild(new Sheets());
            var sst = wb.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable();
            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = wb.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in rows)
                {
                    var r = new Row();
                    foreach (var value in row)
                    {
                        r.Append(value switch
                        {
                            string s when s.StartsWith('~') => new Cell
                            {
                                DataType = CellValues.InlineString,
                                InlineString = new InlineString(new Text(s[1..])),
                            },
                            string s => SharedCell(sst.SharedStringTable, s),
                            _ => new Cell { CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!) },
                        });
                    }

                    data.Append(r);
                }

                part.Worksheet = new Worksheet(data);
                sheetList.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }
        }

        return ms.ToArray();
    }

    private static Cell SharedCell(SharedStringTable table, string s)
    {
        table.Append(new SharedStringItem(new Text(s)));
        return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue((table.ChildElements.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                w.Write(content);
            }
        }

        return ms.ToArray();
    }

    /// <summary>
    /// A zip bomb: <paramref name="file"/> (a real XLSX or DOCX) with one more part of <paramref name="megabytes"/> MB of
    /// zeros, which deflates to a few hundred kilobytes. With <paramref name="declaredBytes"/>, the part's headers claim that
    /// size instead of the real one, as a hostile file would.
    /// </summary>
    public static byte[] ZipBomb(byte[] file, int megabytes, uint? declaredBytes = null, string part = "xl/bomb.xml")
    {
        using var ms = new MemoryStream();
        ms.Write(file);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var content = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                content.Write(zeros);
            }
        }

        var bytes = ms.ToArray();
        if (declaredBytes is uint declared)
        {
            var name = Encoding.UTF8.GetBytes(part);
            // Local file header: size at 22, name at 30; central directory header: size at 24, name at 46 (APPNOTE 4.3.7, 4.3.12).
            Patch(bytes, [0x50, 0x4B, 0x03, 0x04], 30, 22, name, declared);
            Patch(bytes, [0x50, 0x4B, 0x01, 0x02], 46, 24, name, declared);
        }

        return bytes;
    }

    private static void Patch(byte[] zip, byte[] signature, int nameOffset, int sizeOffset, byte[] name, uint size)
    {
        for (var i = 0; i + nameOffset + name.Length <= zip.Length; i++)
        {
            if (zip.AsSpan(i, 4).SequenceEqual(signature) && zip.AsSpan(i + nameOffset, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + sizeOffset, 4), size);
                return;
            }
        }

        throw new InvalidOperationException("part not found in the zip");
    }

    public static byte[] Ofd() => Zip(
        ("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>"),
        ("Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"));

    /// <summary>
    /// A one-page PDF written by hand: an ASCII line in Helvetica and a Chinese line in a CID font whose
    /// ToUnicode map gives the characters back (how real CJK PDFs make their text searchable). No font is embedded.
    /// </summary>
    public static byte[] Pdf(string ascii, string chinese)
    {
        var cids = new StringBuilder();
        var bfchar = new StringBuilder();
        for (var i = 0; i < chinese.Length; i++)
        {
            cids.Append($"{i + 1:X4}");
            bfchar.Append($"<{i + 1:X4}> <{(int)chinese[i]:X4}>\n");
        }

        var cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + $"{chinese.Length} beginbfchar\n{bfchar}endbfchar\n"
            + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        var content = $"BT /F1 12 Tf 72 760 Td ({ascii}) Tj ET\nBT /F2 12 Tf 72 730 Td <{cids}> Tj ET\n";

        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}endstream",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 9 0 R /DW 1000 /CIDToGIDMap /Identity >>",
            $"<< /Length {cmap.Length} >>\nstream\n{cmap}endstream",
            "<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 996 855] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>",
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            pdf.Append($"{o:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static IOptions<AttachmentOptions> Options(string root, Action<AttachmentOptions>? configure = null)
    {
        var o = new AttachmentOptions { StorageRoot = root };
        configure?.Invoke(o);
        return Microsoft.Extensions.Options.Options.Create(o);
    }
}

/// <summary>Keeps what was logged, so a test can see the warning for a file that could not be read.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((logLevel, formatter(state, exception)));
}

/// <summary>A folder under the system temp path, removed with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zwgk-attach-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
