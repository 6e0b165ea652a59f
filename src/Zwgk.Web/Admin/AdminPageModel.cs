using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Organizations;

namespace Zwgk.Web.Admin;

/// <summary>
/// Base of every console page: requires a signed-in user with console access and loads the unit switcher.
/// Pages add <see cref="RequirePermissionAttribute"/> for their own permission and check the unit of each record.
/// </summary>
[RequirePermission(Permission.ViewConsole)]
public abstract class AdminPageModel : PageModel
{
    public AccessScope Access { get; private set; } = AccessScope.None;

    public Organization? Unit { get; private set; }

    public IReadOnlyList<Organization> HeldUnits { get; private set; } = [];

    public string Title { get; protected set; } = "";

    /// <summary>A one-off message shown after a redirect (post/redirect/get).</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Flash { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var services = HttpContext.RequestServices;
        Access = await services.GetRequiredService<UserAccess>().GetAsync(HttpContext.RequestAborted);
        var current = services.GetRequiredService<CurrentUnit>();
        Unit = await current.GetAsync(HttpContext.RequestAborted);
        HeldUnits = await current.HeldAsync(HttpContext.RequestAborted);
        await next();
    }

    /// <summary>The posted form as a workflow step's own input type (<see cref="Workflow.IStepInput"/>); fields by property name.</summary>
    protected async Task<Workflow.IStepInput> BindStepInputAsync(Type inputType)
    {
        var input = (Workflow.IStepInput)Activator.CreateInstance(inputType)!;
        await TryUpdateModelAsync(input, inputType, "");
        return input;
    }
}
