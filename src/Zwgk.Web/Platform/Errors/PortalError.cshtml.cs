using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Platform.Errors;

/// <summary>
/// The portal's error page (404, 403, 500 …) in the site's layout with its navigation; the status pages and the
/// exception handler re-execute here (<see cref="ErrorResponses"/>), whatever the method of the failed request.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PortalErrorModel : PortalPageModel
{
    public ErrorText Text { get; private set; } = null!;

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        Text = ErrorText.For(HttpContext, code);
        Response.StatusCode = Text.Status;
        Title = Text.Heading;
    }
}
