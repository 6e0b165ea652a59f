using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Zwgk.Web.Platform.Input;

/// <summary>
/// Errors beside their fields, for every form (WCAG 3.3.1/3.3.3): a control marked <c>zw-field="Input.Name"</c> gets
/// aria-invalid and aria-describedby pointing at its message when the page's ModelState has errors for that key, and
/// aria-required when it is required. The control's id is the key with dots as underscores (as asp-for makes it), so the
/// summary at the top can link to it.
/// </summary>
[HtmlTargetElement("input", Attributes = Key)]
[HtmlTargetElement("select", Attributes = Key)]
[HtmlTargetElement("textarea", Attributes = Key)]
[HtmlTargetElement("fieldset", Attributes = Key)]
public sealed class FieldTagHelper : TagHelper
{
    private const string Key = "zw-field";

    [HtmlAttributeName(Key)]
    public string Field { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldIds.For(Field);
        var choice = output.Attributes.TryGetAttribute("type", out var type) && type.Value?.ToString() is "radio" or "checkbox";
        if (!output.Attributes.ContainsName("id") && !choice)
        {
            output.Attributes.SetAttribute("id", id);
        }

        if (output.Attributes.ContainsName("required"))
        {
            output.Attributes.SetAttribute("aria-required", "true");
        }

        if (FieldIds.Errors(ViewContext, Field).Count == 0)
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var described = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value?.ToString() + " " : "";
        output.Attributes.SetAttribute("aria-describedby", described + FieldIds.ErrorId(Field));
    }
}

/// <summary><c>&lt;zw-field-error for="Input.Name" /&gt;</c>: the field's messages, with the id its control points at; nothing when it has none.</summary>
[HtmlTargetElement("zw-field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    public string For { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = FieldIds.Errors(ViewContext, For);
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", FieldIds.ErrorId(For));
        output.Attributes.SetAttribute("data-testid", "error-" + FieldIds.For(For));
        output.Content.SetContent(string.Join(" ", errors));
    }
}

/// <summary>
/// <c>&lt;zw-error-summary /&gt;</c>: every message of the page at the top, announced (role="alert"), each linked to its field.
/// </summary>
[HtmlTargetElement("zw-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var entries = ViewContext.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => (e.Key, Errors: e.Value!.Errors)).ToList();
        if (entries.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var count = entries.Sum(e => e.Errors.Count);
        var html = new StringBuilder();
        html.Append("<h2 class=\"error-summary-title\">").Append(count == 1 ? "提交未成功，请修改：" : $"提交未成功，请修改以下 {count} 处：").Append("</h2><ul>");
        foreach (var (key, errors) in entries.OrderBy(e => e.Key.Length == 0 ? 0 : 1))
        {
            foreach (var error in errors)
            {
                var text = WebUtility.HtmlEncode(error.ErrorMessage);
                html.Append("<li>").Append(key.Length == 0 ? text : $"<a href=\"#{FieldIds.For(key)}\">{text}</a>").Append("</li>");
            }
        }

        html.Append("</ul>");
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary validation-summary-errors");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-testid", "error-summary");
        output.Content.SetHtmlContent(html.ToString());
    }
}

/// <summary>The ids of a field and of its message, from its ModelState key.</summary>
public static class FieldIds
{
    public static string For(string key) => TagBuilder.CreateSanitizedId(key, "_");

    public static string ErrorId(string key) => For(key) + "-error";

    public static IReadOnlyList<string> Errors(ViewContext view, string key) =>
        view.ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList() : [];
}
