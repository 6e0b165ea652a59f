using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Requests;
using Zwgk.Web.Platform;
using Zwgk.Web.Portal;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests.Portal;

/// <summary>
/// 办理进度查询: the applicant enters tracking number and access code (no account). A correct pair opens the case for two
/// hours through a protected cookie, so the page and the letter downloads work as plain links without JavaScript.
/// </summary>
public sealed class RequestTrackModel(ZwgkDbContext db, PublicTracking tracking, RequestService requests, RequestFiles files, IDataProtectionProvider protection) : PortalPageModel
{
    public const string CookieName = "zwgk.track";

    public PublicRequestDto? Case { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The completed request the applicant typed, shown again when it was refused.</summary>
    public string? ClarifyText { get; private set; }

    public string AttachmentAccept => files.Settings.Accept;

    public string AttachmentLimits => files.LimitsText;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync(await OpenCaseAsync(HttpContext, db, protection));
        return Page();
    }

    /// <summary>The applicant downloads a frozen letter of their own case.</summary>
    public async Task<IActionResult> OnGetLetterAsync(int letterId)
    {
        var r = await OpenCaseAsync(HttpContext, db, protection);
        var letter = r is null ? null : await db.Set<RequestLetter>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId && l.RequestId == r.Id && l.ForApplicant);
        return letter is null ? NotFound() : File(letter.Docx, RequestsApi.DocxType, letter.FileName);
    }

    /// <summary>The applicant downloads an attachment of their own case; without the cookie of a verified code there is nothing.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int number)
    {
        var r = await OpenCaseAsync(HttpContext, db, protection);
        var a = r is null ? null : await requests.AttachmentOfCaseAsync(r.Id, number, HttpContext.RequestAborted);
        if (a is null)
        {
            return NotFound();
        }

        if (!files.Exists(a))
        {
            return MissingStoredFile.Page(HttpContext, a.Sha256, a.FileName);
        }

        await requests.RecordDownloadAsync(a, HttpContext.RequestAborted);
        RequestFilesApi.NeverCacheOrSniff(Response);
        return File(files.Open(a), a.MimeType, a.FileName);
    }

    /// <summary>The applicant adds material to the open case (identity copy, power of attorney, supporting material).</summary>
    public async Task<IActionResult> OnPostAttachAsync()
    {
        var r = await OpenCaseAsync(HttpContext, db, protection);
        if (r is null)
        {
            return Redirect(Url.Content("~/requests/track"));
        }

        var upload = await files.StoreAsync(RequestFiles.FromForm(Request.Form), await AttachedAsync(r.Id), HttpContext.RequestAborted);
        var result = upload.Ok ? await requests.AddAttachmentsByApplicantAsync(r.Id, upload.Stored, HttpContext.RequestAborted) : StepResult.Refused(upload.Error ?? "", r);
        if (!result.Ok)
        {
            Error = result.Error;
            await LoadAsync(r);
            return Page();
        }

        TempData["TrackFlash"] = "材料已提交。";
        return Redirect(Url.Content("~/requests/track"));
    }

    /// <summary>条例第三十条: the applicant sends the completed request online; it is received today.</summary>
    public async Task<IActionResult> OnPostClarifyAsync(string? text)
    {
        var r = await OpenCaseAsync(HttpContext, db, protection);
        if (r is null)
        {
            return Redirect(Url.Content("~/requests/track"));
        }

        var upload = await files.StoreAsync(RequestFiles.FromForm(Request.Form), await AttachedAsync(r.Id), HttpContext.RequestAborted);
        var result = upload.Ok ? await requests.CompleteClarificationByApplicantAsync(r.Id, text ?? "", upload.Stored, HttpContext.RequestAborted) : StepResult.Refused(upload.Error ?? "", r);
        if (!result.Ok)
        {
            Error = result.Error;
            ClarifyText = text;
            await LoadAsync(r);
            return Page();
        }

        TempData["TrackFlash"] = "补正已提交，答复期限自今日起重新计算。";
        return Redirect(Url.Content("~/requests/track"));
    }

    public IActionResult OnPostClose()
    {
        Response.Cookies.Delete(CookieName);
        return Redirect(Url.Content("~/requests/track"));
    }

    private Task<long> AttachedAsync(int id) =>
        db.Set<RequestAttachment>().Where(a => a.RequestId == id && a.RemovedAt == null).SumAsync(a => a.Size, HttpContext.RequestAborted);

    private async Task LoadAsync(InformationRequest? r)
    {
        Title = "依申请公开办理进度查询";
        Tags.VirtualColumn = ("依申请公开", "凭申请编号和查询码查询办理进度。", "依申请公开,办理进度", "政府信息公开");
        Case = r is null ? null : await tracking.ViewAsync(r, HttpContext.RequestAborted);
    }

    /// <summary>The case opened by the cookie, if any and still valid.</summary>
    public static async Task<InformationRequest?> OpenCaseAsync(HttpContext http, ZwgkDbContext db, IDataProtectionProvider protection)
    {
        if (http.Request.Cookies[CookieName] is not { } value)
        {
            return null;
        }

        try
        {
            var id = int.Parse(Protector(protection).Unprotect(value), System.Globalization.CultureInfo.InvariantCulture);
            return await db.Set<InformationRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, http.RequestAborted);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return null;
        }
    }

    public static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("Zwgk.Requests.Tracking").ToTimeLimitedDataProtector();
}

/// <summary>The lookup itself, rate-limited per client address (guessing codes), with one answer for every miss.</summary>
[EnableRateLimiting(RequestsApi.TrackingPolicy)]
public sealed class RequestTrackLookupModel(RequestService requests, IDataProtectionProvider protection) : PortalPageModel
{
    [BindProperty]
    public string? TrackingNumber { get; set; }

    [BindProperty]
    public string? AccessCode { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => Redirect(Url.Content("~/requests/track"));

    public async Task<IActionResult> OnPostAsync()
    {
        Title = "依申请公开办理进度查询";
        Tags.VirtualColumn = ("依申请公开", "凭申请编号和查询码查询办理进度。", "依申请公开,办理进度", "政府信息公开");
        var r = await requests.TrackAsync(TrackingNumber, AccessCode, HttpContext.RequestAborted);
        if (r is null)
        {
            Error = PublicTracking.NotFoundMessage;
            return Page();
        }

        var token = RequestTrackModel.Protector(protection).Protect(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(2));
        Response.Cookies.Append(RequestTrackModel.CookieName, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, IsEssential = true, MaxAge = TimeSpan.FromHours(2) });
        return Redirect(Url.Content("~/requests/track"));
    }
}
