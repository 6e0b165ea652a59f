using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>规范性文件 registry of the current unit's subtree: validity periods, the ones expiring soon, and the clean-up batch.</summary>
[RequirePermission(Permission.ReviewContent)]
public sealed class NormativeRegistryModel(ZwgkDbContext db, CurrentUnit current, NormativeCleanup cleanup, TimeProvider clock) : AdminPageModel
{
    public sealed class Row
    {
        public int DocumentId { get; set; }

        public bool Selected { get; set; }

        [System.ComponentModel.DataAnnotations.Display(Name = "清理结果")]
        public CleanupResult Result { get; set; }

        public string? Reason { get; set; }
    }

    public List<Document> Documents { get; private set; } = [];

    public HashSet<int> ExpiringSoon { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [BindProperty]
    public string BatchTitle { get; set; } = "";

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        BatchTitle = $"{Today.Year}年度规范性文件清理";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        // A result outside the list (a hand-made post) is refused by binding (EnumInput), never read as 继续有效.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var chosen = Rows.Where(r => r.Selected && Documents.Any(d => d.Id == r.DocumentId)).Select(r => new CleanupItem(r.DocumentId, r.Result, r.Reason)).ToList();
        if (Unit is null || string.IsNullOrWhiteSpace(BatchTitle))
        {
            ModelState.AddModelError("", "请填写清理批次名称。");
            return Page();
        }

        var outcome = await cleanup.RunAsync(Unit.Id, BatchTitle.Trim(), chosen);
        if (!outcome.Ok)
        {
            ModelState.AddModelError("", outcome.Forbidden ? "您在本单位没有发布信息的权限，无法生成清理结果。" : outcome.Error ?? "清理失败。");
            return Page();
        }

        Flash = "清理结果已应用，并已生成清理结果公告草稿，请提交审查后发布。";
        return LocalRedirect($"/admin/documents/{outcome.Value!.Id}");
    }

    private async Task LoadAsync()
    {
        Title = "规范性文件";
        Today = ChinaTime.Today(clock);
        var units = (await current.SubtreeAsync(Permission.ReviewContent)).Select(o => o.Id);
        Documents = await db.Documents.AsNoTracking()
            .Where(d => d.IsNormative && units.Contains(d.UnitId) && (d.State == DocumentState.Published || d.State == DocumentState.Filed))
            .OrderBy(d => d.EffectiveTo == null).ThenBy(d => d.EffectiveTo)
            .ToListAsync();
        ExpiringSoon = (await cleanup.ExpiringSoonAsync(units)).Select(d => d.Id).ToHashSet();
    }
}
