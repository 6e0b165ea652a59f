using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests.Console;

/// <summary>登记: staff register a request received in person, by post, letter, fax, e-mail or another online platform (条例第三十一条).</summary>
[RequirePermission(Permission.HandleRequests)]
public sealed class RequestRegisterModel(RequestService requests, RequestFiles files, CurrentUnit current, TimeProvider clock) : AdminPageModel
{
    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];

    public AttachmentFields Attachments { get; private set; } = null!;

    private static readonly (RequestAttachmentKind, string)[] Inputs =
    [
        (RequestAttachmentKind.PaperScan, "申请书扫描件"),
        (RequestAttachmentKind.IdentityCopy, "身份证明"),
        (RequestAttachmentKind.PowerOfAttorney, "授权委托书"),
        (RequestAttachmentKind.SupportingMaterial, "其他证明材料"),
    ];

    public async Task OnGetAsync()
    {
        await LoadAsync([]);
        Input.UnitId = Unit?.Id ?? 0;
        Input.ReceivedOn = ChinaTime.Today(clock);
        Input.Delivery = DeliveryMethod.Post;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var kept = files.Kept(Request.Form[RequestFiles.KeptField]);
        var upload = await files.StoreAsync(RequestFiles.FromForm(Request.Form), kept.Sum(k => k.File.Size), HttpContext.RequestAborted);
        var all = kept.Concat(upload.Stored).ToList();
        await LoadAsync(all);
        if (!upload.Ok)
        {
            ModelState.AddModelError("", upload.Error + " 其他内容和已通过检查的附件均已保留。");
            return Page();
        }

        // Binding refused a value (a date, a length, a choice outside its list): each message is beside its field.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await requests.RegisterAsync(Input, all);
        if (result.Forbidden || result.NotFound)
        {
            ModelState.AddModelError("", "请选择您有权办理的受理机关。");
            return Page();
        }

        if (!result.Ok)
        {
            // The same rules as the public form and the API (RegistrationInput.Problems), each beside its field.
            this.ShowErrors(result, "Input");
            return Page();
        }

        Flash = $"已登记，申请编号 {result.Value!.Request.TrackingNumber}，查询码 {result.Value.AccessCode}（只显示这一次，请告知申请人），答复期限 {result.Value.Request.DueOn:yyyy-MM-dd}。";
        return Redirect($"/admin/requests/{result.Value.Request.Id}");
    }

    private async Task LoadAsync(IReadOnlyList<RequestUpload> kept)
    {
        Attachments = AttachmentFields.For("register", files, kept, Inputs);
        Title = "登记申请";
        Agencies = (await (await current.SubtreeAsync(Permission.HandleRequests)).AsNoTracking().Where(o => o.Kind != OrganizationKind.Committee)
            .OrderBy(o => o.Path.Length).ThenBy(o => o.SortOrder).Select(o => new { o.Id, o.Name }).ToListAsync()).Select(o => (o.Id, o.Name)).ToList();
    }
}
