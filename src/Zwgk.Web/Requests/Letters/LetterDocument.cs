using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zwgk.Web.Requests.Letters;

/// <summary>
/// A filled letter laid out as a government document (GB/T 9704-2012 in its main points): A4, title in 宋体 二号 bold,
/// body in 仿宋 三号 with a two-character first-line indent and fixed 28-point lines, the number line under the title,
/// the issuing agency and date at the right. Written with DocumentFormat.OpenXml so Word and WPS open it.
/// </summary>
public sealed record LetterDocument(string Title, string NumberLine, IReadOnlyList<string> Paragraphs, string Agency, string Date)
{
    private const string BodyFont = "仿宋";
    private const string TitleFont = "宋体";
    private const string LatinFont = "Times New Roman";

    /// <summary>Splits a rendered body into paragraphs: one per line, blank lines (e.g. of an empty section) dropped.</summary>
    public static IReadOnlyList<string> ParagraphsOf(string body) =>
        body.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public string PlainText =>
        string.Join("\n", new[] { Title, NumberLine, "" }.Concat(Paragraphs).Concat(["", Agency, Date])) + "\n";

    public byte[] ToDocx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = Title;
            doc.PackageProperties.Creator = Agency;
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Line(Title, JustificationValues.Center, TitleFont, 44, bold: true, after: 280));
            body.Append(Line(NumberLine, JustificationValues.Center, BodyFont, 32, after: 280));
            for (var i = 0; i < Paragraphs.Count; i++)
            {
                // The addressee line ("张三：") starts at the margin; every other paragraph is indented two characters.
                var salutation = i == 0 && Paragraphs[i].EndsWith('：');
                body.Append(BodyParagraph(Paragraphs[i], indent: !salutation));
            }

            body.Append(Line("", JustificationValues.Left, BodyFont, 32));
            body.Append(Line(Agency, JustificationValues.Right, BodyFont, 32, rightIndentChars: 200));
            body.Append(Line(Date, JustificationValues.Right, BodyFont, 32, rightIndentChars: 200));
            body.Append(Section());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = BodyFont, ComplexScript = LatinFont },
                    new FontSize { Val = "32" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Styles.Save();
    }

    private static Paragraph BodyParagraph(string text, bool indent)
    {
        // Schema order of pPr: ind before jc.
        var props = new ParagraphProperties();
        if (indent)
        {
            props.Append(new Indentation { FirstLineChars = 200 });
        }

        props.Append(new Justification { Val = JustificationValues.Both });

        return new Paragraph(props, Run(text, BodyFont, 32, bold: false));
    }

    private static Paragraph Line(string text, JustificationValues align, string font, int halfPoints, bool bold = false, int after = 0, int rightIndentChars = 0)
    {
        // Child order of pPr is fixed by the schema: spacing, ind, jc.
        var props = new ParagraphProperties();
        if (after > 0)
        {
            props.Append(new SpacingBetweenLines { After = after.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "560", LineRule = LineSpacingRuleValues.AtLeast });
        }

        if (rightIndentChars > 0)
        {
            props.Append(new Indentation { RightChars = rightIndentChars });
        }

        props.Append(new Justification { Val = align });
        return new Paragraph(props, Run(text, font, halfPoints, bold));
    }

    private static Run Run(string text, string font, int halfPoints, bool bold)
    {
        var props = new RunProperties(new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = font, ComplexScript = LatinFont });
        if (bold)
        {
            props.Append(new Bold());
        }

        props.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        // Stored text is cleaned where it enters; cleaning again keeps a row older than that from breaking the DOCX.
        return new Run(props, new Text(Platform.Input.TextInput.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    // A4 (210 × 297 mm) with the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips).
    private static SectionProperties Section() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U });
}
