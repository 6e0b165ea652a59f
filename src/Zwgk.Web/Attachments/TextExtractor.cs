using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using Zwgk.Web.Platform;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zwgk.Web.Attachments;

/// <summary>
/// Plain text of a PDF, DOCX or XLSX for the search index. Other kinds give null. A file that cannot be read
/// (corrupt, encrypted, hostile) also gives null and a warning: a document must still publish when its attachment
/// cannot be indexed. Text is capped at <see cref="AttachmentOptions.MaxExtractedChars"/>.
/// </summary>
public sealed class TextExtractor(IOptions<AttachmentOptions> options, ILogger<TextExtractor> logger)
{
    // The SDK refuses a part that inflates beyond this many characters, so a zip bomb fails here instead of filling memory.
    // Parts are loaded as a DOM; 16 M characters covers a sheet of some 100 000 filled rows.
    private const long MaxCharactersInPart = 16L * 1024 * 1024;

    private readonly int _maxChars = options.Value.MaxExtractedChars;

    public static bool Supports(FileKind kind) =>
        kind == FileKind.Pdf || kind == FileKind.Docx || kind == FileKind.Xlsx;

    /// <summary>Reads from the stream's current position; non-seekable streams are buffered first.</summary>
    public string? Extract(Stream content, FileKind kind)
    {
        if (!Supports(kind))
        {
            return null;
        }

        try
        {
            using var seekable = content.CanSeek ? null : Buffer(content);
            var source = seekable ?? content;
            var text = new CappedText(_maxChars);
            if (kind != FileKind.Pdf && ZipLimits.Check(source) is { } tooLarge)
            {
                logger.LogWarning("{Kind}未提取文本：{Reason}", kind.DisplayName, tooLarge);
                return null;
            }

            if (kind == FileKind.Pdf)
            {
                Pdf(source, text);
            }
            else if (kind == FileKind.Docx)
            {
                Docx(source, text);
            }
            else
            {
                Xlsx(source, text);
            }

            return text.ToString();
        }
        catch (Exception e) // Any parser failure means "no text", never a failed publication.
        {
            logger.LogWarning(e, "无法从{Kind}中提取文本，跳过全文索引", kind.DisplayName);
            return null;
        }
    }

    private static MemoryStream Buffer(Stream content)
    {
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static void Pdf(Stream content, CappedText text)
    {
        using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        foreach (var page in pdf.GetPages())
        {
            // Content order keeps lines and paragraphs apart; page.Text would run them together.
            var pageText = ContentOrderTextExtractor.GetText(page);
            text.AppendBlock(pageText);
            if (text.Full)
            {
                return;
            }
        }
    }

    private static OpenSettings Settings => new() { MaxCharactersInPart = MaxCharactersInPart, AutoSave = false };

    private static void Docx(Stream content, CappedText text)
    {
        using var doc = WordprocessingDocument.Open(content, false, Settings);
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return;
        }

        // Every paragraph, tables included, in reading order.
        foreach (var paragraph in body.Descendants<W.Paragraph>())
        {
            text.AppendLine(paragraph.InnerText);
            if (text.Full)
            {
                return;
            }
        }
    }

    private static void Xlsx(Stream content, CappedText text)
    {
        using var doc = SpreadsheetDocument.Open(content, false, Settings);
        var workbook = doc.WorkbookPart;
        if (workbook?.Workbook?.Sheets is null)
        {
            return;
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?
            .Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

        foreach (var sheet in workbook.Workbook.Sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            text.AppendLine(sheet.Name?.Value ?? "");
            foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
            {
                var cells = row.Elements<Cell>().Select(c => CellText(c, shared)).Where(v => v.Length > 0);
                text.AppendLine(string.Join('\t', cells));
                if (text.Full)
                {
                    return;
                }
            }
        }
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        // Numbers, dates as serials, booleans and cached formula results: the stored text is what a search can match.
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>Collects text up to a character limit, without runs of blank lines.</summary>
    private sealed class CappedText(int max)
    {
        private readonly StringBuilder _sb = new();

        public bool Full => _sb.Length >= max;

        public void AppendLine(string line)
        {
            line = line.Trim();
            if (line.Length == 0)
            {
                return;
            }

            if (_sb.Length > 0)
            {
                Append("\n");
            }

            Append(line);
        }

        public void AppendBlock(string block)
        {
            foreach (var line in block.Split('\n'))
            {
                AppendLine(line);
            }
        }

        private void Append(string s)
        {
            var room = max - _sb.Length;
            if (room > 0)
            {
                _sb.Append(s.AsSpan(0, Math.Min(room, s.Length)));
            }
        }

        public override string ToString() => _sb.ToString();
    }
}
