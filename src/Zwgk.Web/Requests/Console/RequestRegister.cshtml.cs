using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;

namespace Zwgk.Web.Requests.Console;

/// <summary>登记: staff register a request received in person, by post, letter, fax, e-mail or another online platform (条例第三十一条).</summary>
[RequirePermission(Permission.HandleRequests)]
public sealed class RequestRegisterModel(RequestService requests, CurrentUnit current, TimeProvider clock) : AdminPageModel
{
    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.UnitId = Unit?.Id ?? 0;
        Input.ReceivedOn = ChinaTime.Today(clock);
        Input.Delivery = Zwgk.Domain.Requests.DeliveryMethod.Post;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", "请检查日期格式和各项长度。");
            return Page();
        }

        var result = await requests.RegisterAsync(Input);
        if (result.Forbidden || result.NotFound)
        {
            ModelState.AddModelError("", "请选择您有权办理的受理机关。");
            return Page();
        }

        if (result.Error is not null)
        {
            ModelState.AddModelError("", result.Error);
            return Page();
        }

        Flash = $"已登记，申请编号 {result.Request!.TrackingNumber}，查询码 {result.AccessCode}（只显示这一次，请告知申请人），答复期限 {result.Request.DueOn:yyyy-MM-dd}。";
        return Redirect($"/admin/requests/{result.Request.Id}");
    }

    private async Task LoadAsync()
    {
        Title = "登记申请";
        Agencies = (await (await current.SubtreeAsync(Permission.HandleRequests)).AsNoTracking().Where(o => o.Kind != OrganizationKind.Committee)
            .OrderBy(o => o.Path.Length).ThenBy(o => o.SortOrder).Select(o => new { o.Id, o.Name }).ToListAsync()).Select(o => (o.Id, o.Name)).ToList();
    }
}
