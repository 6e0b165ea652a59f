using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Portal;

namespace Zwgk.Web.Requests.Portal;

/// <summary>
/// 在线申请: the public form of 条例第二十九条, for an agency of this site's subtree. After submission the tracking number
/// and access code are shown once (post/redirect/get through TempData); the form keeps what was typed when refused.
/// </summary>
[EnableRateLimiting(RequestsApi.SubmissionPolicy)]
public sealed class RequestNewModel(ZwgkDbContext db, RequestService requests) : PortalPageModel
{
    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(int? unit)
    {
        await LoadAsync();
        Input.UnitId = unit ?? (Agencies.Count > 0 ? Agencies[0].Id : 0);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!Agencies.Any(a => a.Id == Input.UnitId))
        {
            Error = "请选择受理申请的行政机关。";
            return Page();
        }

        if (!ModelState.IsValid)
        {
            Error = "填写的内容过长，请精简后再提交。";
            return Page();
        }

        var result = await requests.SubmitOnlineAsync(Input, HttpContext.RequestAborted);
        if (!result.Ok)
        {
            Error = result.Error;
            return Page();
        }

        TempData["RequestNumber"] = result.Request!.TrackingNumber;
        TempData["RequestCode"] = result.AccessCode;
        TempData["RequestDue"] = result.Request.DueOn?.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
        return Redirect(Url.Content("~/requests/submitted"));
    }

    private async Task LoadAsync()
    {
        Title = "政府信息公开申请";
        Tags.VirtualColumn = ("依申请公开", "在线提交政府信息公开申请。", "依申请公开,政府信息公开申请", "政府信息公开");
        var root = await db.Organizations.AsNoTracking().Where(o => o.Id == Site.OrganizationId).Select(o => o.Path).SingleAsync();
        // 条例第二十七条: governments and their departments; village committees are not agencies.
        Agencies = (await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(root) && o.Kind != OrganizationKind.Committee)
            .OrderBy(o => o.Path.Length).ThenBy(o => o.SortOrder).Select(o => new { o.Id, o.Name }).ToListAsync())
            .Select(o => (o.Id, o.Name)).ToList();
    }
}
