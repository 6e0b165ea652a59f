using System.Text.RegularExpressions;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;

namespace Zwgk.Web.Requests.Letters;

/// <summary>Fills a standard text with a case's fields and lays it out; pure, so previews and tests use it directly.</summary>
public static partial class LetterRenderer
{
    /// <summary>Renders or throws <see cref="DomainRuleException"/> naming every field the text prints but the case lacks.</summary>
    public static GeneratedLetter Render(LetterTemplateKey key, LetterTemplate template, LetterFields fields)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(fields);
        var title = Parse(template.Title, key);
        var body = Parse(template.Body, key);
        var missing = new List<string>();
        var renderedTitle = title.Render(fields, missing).Trim();
        var renderedBody = body.Render(fields, missing);
        foreach (var name in new[] { "答复机关", "申请编号" })
        {
            if (LetterPlaceholders.ValueOf(name, fields) is null && !missing.Contains(name))
            {
                missing.Add(name); // printed in the number line and the signature whatever the text
            }
        }

        if (missing.Count > 0)
        {
            throw LetterTemplateText.Missing(key.DisplayName, missing);
        }

        var letter = new LetterDocument(
            renderedTitle,
            $"申请编号：{fields.TrackingNumber.Trim()}",
            LetterDocument.ParagraphsOf(renderedBody),
            fields.AgencyName.Trim(),
            LetterPlaceholders.Date(fields.IssuedOn)!);
        return new GeneratedLetter(letter.Title, FileName(fields.TrackingNumber, letter.Title), letter.ToDocx(), letter.PlainText);
    }

    private static LetterTemplateText Parse(string text, LetterTemplateKey key)
    {
        var (parsed, errors) = LetterTemplateText.Parse(text);
        return parsed ?? throw new DomainRuleException($"“{key.DisplayName}”的模板有误：{string.Join(" ", errors)}请在文书模板中修改。");
    }

    private static string FileName(string trackingNumber, string title) =>
        Unsafe().Replace($"{trackingNumber.Trim()}-{title}", "_") + ".docx";

    // Characters Windows, macOS and browsers refuse in a download name.
    [GeneratedRegex("""[\\/:*?"<>|\s]+""")]
    private static partial Regex Unsafe();
}
