using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zwgk.Web.Admin;

namespace Zwgk.Web.Platform.Errors;

/// <summary>The console's error page, in the console's layout; open to anyone, as an error may meet a signed-out user.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ConsoleErrorModel : AdminPageModel
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
