using Microsoft.AspNetCore.Mvc;

namespace Zwgk.Web.Admin;

public sealed class SwitchUnitModel(CurrentUnit current) : AdminPageModel
{
    public IActionResult OnGet() => LocalRedirect("/admin");

    public async Task<IActionResult> OnPostAsync(int unitId)
    {
        Flash = await current.SwitchAsync(unitId) ? "已切换当前单位。" : "您在该单位没有角色，不能切换。";
        return LocalRedirect("/admin");
    }
}
