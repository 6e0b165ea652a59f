using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Zwgk.Web.Documents;

/// <summary>
/// Body HTML is sanitised with HtmlSanitizer when saved and again when rendered, so a payload that slipped into the
/// database by any other route is still neutralised. Also turns HTML into plain text for search and wording checks.
/// </summary>
public sealed class DocumentHtml
{
    private readonly HtmlSanitizer _sanitizer;
    private readonly HtmlParser _parser = new();

    public DocumentHtml()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            _sanitizer.AllowedSchemes.Add(scheme);
        }

        // Inline styles and classes from pasted Word documents are noise and a place to hide things.
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Remove("class");
        _sanitizer.AllowedCssProperties.Clear();

        // A published body is read, never filled in: a form in it could post a citizen's input anywhere (phishing).
        foreach (var tag in FormTags)
        {
            _sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var attribute in new[] { "action", "formaction", "method", "enctype", "form" })
        {
            _sanitizer.AllowedAttributes.Remove(attribute);
        }
    }

    /// <summary>The elements of forms and their controls, none of which a document body may hold.</summary>
    public static readonly string[] FormTags =
        ["form", "input", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label", "datalist", "output", "keygen"];

    public string Sanitize(string? html) => _sanitizer.Sanitize(html ?? "");

    public string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var doc = _parser.ParseDocument("<body>" + html + "</body>");
        foreach (var block in doc.QuerySelectorAll("p, br, div, li, tr, h1, h2, h3, h4, h5, h6"))
        {
            block.Parent?.InsertBefore(doc.CreateTextNode("\n"), block);
        }

        return doc.Body?.TextContent.Trim() ?? "";
    }

    /// <summary>Plain text typed by an editor becomes paragraphs (the console's editor works without JavaScript).</summary>
    public static string FromPlainText(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>"));
}
