using Zwgk.Web.Portal;

namespace Zwgk.Web.Requests.Portal;

/// <summary>Shows the tracking number and the access code once, right after submission.</summary>
public sealed class RequestSubmittedModel : PortalPageModel
{
    public string? Number { get; private set; }

    public string? Code { get; private set; }

    public string? Due { get; private set; }

    /// <summary>The form had been filed already (the applicant submitted it again): its filing is shown, none was added.</summary>
    public bool Again { get; private set; }

    public void OnGet()
    {
        Title = "申请已提交";
        Tags.VirtualColumn = ("依申请公开", "政府信息公开申请已提交。", "依申请公开", "政府信息公开");
        Number = TempData["RequestNumber"] as string;
        Code = TempData["RequestCode"] as string;
        Due = TempData["RequestDue"] as string;
        Again = TempData["RequestAgain"] is true;
    }
}
