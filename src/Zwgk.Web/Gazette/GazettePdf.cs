using System.Globalization;
using AngleSharp.Html.Parser;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Gazette;

/// <summary>
/// The PDF of one issue: a cover with the gazette's name, the issue and its date, the contents, then each document
/// (title, number, issuing unit, body) in the order of the contents. A4, text laid out line by line; Chinese text
/// breaks between any two characters, as in print.
/// </summary>
public static class GazettePdf
{
    private const double Margin = 64;

    public static byte[] Write(GazetteIssueView view)
    {
        var issue = view.Issue;
        var document = new PdfDocument();
        document.Info.Title = $"{view.Column.Name} {issue.Label}";
        document.Info.Author = view.SiteName;
        document.Info.CreationDate = issue.PublishedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : DateTime.UnixEpoch;
        var writer = new Writer(document);

        writer.Gap(120);
        writer.Paragraph(view.Column.Name, 32, center: true);
        writer.Gap(24);
        writer.Paragraph(issue.Label, 18, center: true);
        writer.Paragraph(issue.IssuedOn.ChineseDate() + "出版", 12, center: true);
        writer.Paragraph(view.SiteName, 12, center: true);
        writer.Gap(36);
        writer.Paragraph("目　录", 16, center: true);
        writer.Gap(8);
        foreach (var item in view.Items)
        {
            writer.Paragraph($"{item.Position}. {item.Title}" + (item.DocumentNumber is { Length: > 0 } n ? $"（{n}）" : ""), 11);
        }

        var parser = new HtmlParser();
        foreach (var item in view.Items)
        {
            writer.NewPage();
            writer.Paragraph(item.Title, 18, center: true);
            if (item.DocumentNumber is { Length: > 0 } number)
            {
                writer.Paragraph(number, 11, center: true);
            }

            writer.Paragraph(item.IssuingUnits + (item.PublishedAt is { } p ? "　" + ChinaTime.DateOf(p).ChineseDate() + "发布" : ""), 10, center: true);
            writer.Gap(12);
            var body = parser.ParseDocument("<body>" + item.BodyHtml + "</body>").Body!;
            var blocks = body.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, td");
            foreach (var block in blocks.Where(b => b.QuerySelector("p, li") is null))
            {
                var text = block.TextContent.Trim();
                if (text.Length > 0)
                {
                    var heading = block.LocalName.Length == 2 && block.LocalName[0] == 'h';
                    writer.Paragraph(heading ? text : "　　" + text, heading ? 13 : 11);
                }
            }

            if (blocks.Length == 0 && body.TextContent.Trim() is { Length: > 0 } plain)
            {
                writer.Paragraph(plain, 11);
            }
        }

        writer.Footers(view.Column.Name + " " + issue.Label);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private sealed class Writer
    {
        private readonly PdfDocument _document;
        private readonly Dictionary<double, XFont> _fonts = [];
        private XGraphics _graphics = null!;
        private PdfPage _page = null!;
        private double _y;

        public Writer(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        private double Width => _page.Width.Point - (2 * Margin);

        public void NewPage()
        {
            _graphics?.Dispose();
            _page = _document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        public void Gap(double points) => _y += points;

        public void Paragraph(string text, double size, bool center = false)
        {
            var font = _fonts.TryGetValue(size, out var f) ? f : _fonts[size] = new XFont(CjkFont.Family, size);
            var lineHeight = size * 1.75;
            foreach (var line in Lines(text, font))
            {
                if (_y + lineHeight > _page.Height.Point - Margin)
                {
                    NewPage();
                }

                var x = center ? Margin + ((Width - _graphics.MeasureString(line, font).Width) / 2) : Margin;
                _graphics.DrawString(line, font, XBrushes.Black, new XPoint(x, _y + size));
                _y += lineHeight;
            }

            _y += size * 0.4;
        }

        // Breaks between characters (Chinese has no spaces to break at); a Latin word is not split when it fits a line.
        private IEnumerable<string> Lines(string text, XFont font)
        {
            foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                var line = new System.Text.StringBuilder();
                foreach (var element in StringInfoElements(paragraph))
                {
                    if (line.Length > 0 && _graphics.MeasureString(line + element, font).Width > Width)
                    {
                        yield return line.ToString();
                        line.Clear();
                    }

                    line.Append(element);
                }

                yield return line.ToString();
            }
        }

        private static IEnumerable<string> StringInfoElements(string text)
        {
            var e = StringInfo.GetTextElementEnumerator(text);
            while (e.MoveNext())
            {
                yield return (string)e.Current;
            }
        }

        /// <summary>Page numbers and the issue's name at the foot of every page after the cover.</summary>
        public void Footers(string name)
        {
            _graphics.Dispose();
            var font = new XFont(CjkFont.Family, 9);
            for (var i = 1; i < _document.PageCount; i++)
            {
                var page = _document.Pages[i];
                using var g = XGraphics.FromPdfPage(page);
                var text = $"{name}　第 {i} 页";
                g.DrawString(text, font, XBrushes.Black, new XPoint((page.Width.Point - g.MeasureString(text, font).Width) / 2, page.Height.Point - (Margin / 2)));
            }
        }
    }
}
