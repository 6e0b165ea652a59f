using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Zwgk.Web.Platform.Concurrency;

/// <summary>
/// Every post form of an <see cref="IRevisedPage"/> carries the revision the user read, so the step is refused if
/// the record changed since; a form shown again after an error keeps the revision first posted.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class RevisionTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!string.Equals(output.Attributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)
            || ViewContext.ViewData.Model is not IRevisedPage { Revision: int read })
        {
            return;
        }

        var request = ViewContext.HttpContext.Request;
        var posted = HttpMethods.IsPost(request.Method) && request.HasFormContentType ? request.Form[EditConflicts.FormField].ToString() : "";
        var value = posted.Length > 0 ? posted : read.ToString(CultureInfo.InvariantCulture);
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{EditConflicts.FormField}\" value=\"{System.Net.WebUtility.HtmlEncode(value)}\">");
    }
}
