using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Portal;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests.Portal;

/// <summary>
/// 在线申请: the public form of 条例第二十九条, for an agency of this site's subtree. After submission the tracking number
/// and access code are shown once (post/redirect/get through TempData); the form keeps what was typed when refused.
/// </summary>
[EnableRateLimiting(RequestsApi.SubmissionPolicy)]
public sealed class RequestNewModel(ZwgkDbContext db, RequestService requests, RequestFiles files, ILogger<RequestNewModel> log) : PortalPageModel
{
    /// <summary>What the applicant reads when the filing itself failed; the form keeps what was typed.</summary>
    public const string Unavailable = "系统暂时无法受理，您填写的内容和附件均已保留，请稍后再次提交。再次提交不会重复登记。";

    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    /// <summary>The form's one-time key (<see cref="SubmissionKey"/>): made when the form is first shown, kept across retries.</summary>
    [BindProperty]
    public string? SubmissionKey { get; set; }

    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];

    public AttachmentFields Attachments { get; private set; } = null!;

    /// <summary>The inputs of the online form: identity copy, power of attorney (agents, 法律服务机构), other material.</summary>
    public static readonly (RequestAttachmentKind, string)[] Inputs =
    [
        (RequestAttachmentKind.IdentityCopy, "身份证明（身份证件或营业执照等的复印件、照片）"),
        (RequestAttachmentKind.PowerOfAttorney, "授权委托书（委托代理人或法律服务机构申请的）"),
        (RequestAttachmentKind.SupportingMaterial, "其他证明材料"),
    ];

    public async Task OnGetAsync(int? unit)
    {
        await LoadAsync([]);
        Input.UnitId = unit ?? (Agencies.Count > 0 ? Agencies[0].Id : 0);
        SubmissionKey = Domain.Requests.SubmissionKey.New().Value;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Files first: those that pass are kept for the next try whatever else is wrong with the form.
        var kept = files.Kept(Request.Form[RequestFiles.KeptField]);
        var upload = await files.StoreAsync(RequestFiles.FromForm(Request.Form), kept.Sum(k => k.File.Size), HttpContext.RequestAborted);
        var all = kept.Concat(upload.Stored).ToList();
        PrepareForm(all);
        if (!upload.Ok)
        {
            return await AgainAsync(upload.Error + " 您填写的其他内容和已通过检查的附件均已保留。");
        }

        // One query, not the whole list: the list is read only when the form is shown again.
        if (!await SiteAgencies().AnyAsync(o => o.Id == Input.UnitId))
        {
            ModelState.AddModelError("Input.UnitId", "请选择受理申请的行政机关。");
        }

        // Binding refused a value (a length, a choice outside its list): each message is already beside its field.
        if (!ModelState.IsValid)
        {
            return await AgainAsync(null);
        }

        // A form from before keys existed, or with its key edited away, gets one now so that its retries are safe too.
        var key = Domain.Requests.SubmissionKey.Parse(SubmissionKey) ?? Domain.Requests.SubmissionKey.New();
        SubmissionKey = key.Value;
        StepResult<FiledRequest> result;
        try
        {
            result = await requests.SubmitOnlineAsync(Input, all, key, HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The applicant keeps the form; posting it again either files it or, if this try did after all, shows that filing.
            log.LogError(e, "Online request could not be filed; the form was returned to the applicant");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return await AgainAsync(Unavailable);
        }

        if (!result.Ok)
        {
            // The rules' messages go beside their fields (RegistrationInput.Problems); others at the top.
            this.ShowErrors(result, "Input");
            return await AgainAsync(null);
        }

        TempData["RequestNumber"] = result.Value!.Request.TrackingNumber;
        TempData["RequestCode"] = result.Value.AccessCode;
        TempData["RequestDue"] = result.Value.Request.DueOn?.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
        TempData["RequestAgain"] = result.Value.Again;
        return Redirect(Url.Content("~/requests/submitted"));
    }

    /// <summary>The form once more, with what was typed and the messages (a message for the whole form at the top).</summary>
    private async Task<IActionResult> AgainAsync(string? error)
    {
        if (error is not null)
        {
            ModelState.AddModelError("", error);
        }

        await LoadAgenciesAsync();
        return Page();
    }

    private async Task LoadAsync(IReadOnlyList<RequestUpload> kept)
    {
        PrepareForm(kept);
        await LoadAgenciesAsync();
    }

    private void PrepareForm(IReadOnlyList<RequestUpload> kept)
    {
        Attachments = AttachmentFields.For("request", files, kept, Inputs);
        Title = "政府信息公开申请";
        Tags.VirtualColumn = ("依申请公开", "在线提交政府信息公开申请。", "依申请公开,政府信息公开申请", "政府信息公开");
    }

    // 条例第二十七条: governments and their departments of this site's tree; village committees are not agencies.
    private IQueryable<Organization> SiteAgencies()
    {
        var root = db.Organizations.Where(o => o.Id == Site.OrganizationId).Select(o => o.Path);
        // An agency without its own address and telephone cannot issue the acknowledgement (RequestLetters.MissingContact).
        return db.Organizations.AsNoTracking().Where(o => root.Any(r => o.Path.StartsWith(r)) && o.Kind != OrganizationKind.Committee
            && o.Address != null && o.Address != "" && o.Phone != null && o.Phone != "");
    }

    private async Task LoadAgenciesAsync() =>
        Agencies = (await SiteAgencies().OrderBy(o => o.Path.Length).ThenBy(o => o.SortOrder).Select(o => new { o.Id, o.Name }).ToListAsync())
            .Select(o => (o.Id, o.Name)).ToList();
}
