using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>
/// 年度审查 (seed 004 §三(一)1): every filed 依申请公开 / 不予公开 document of the subtree with its ground and written
/// basis, each with a form to turn it proactive.
/// </summary>
[RequirePermission(Permission.ReviewContent)]
public sealed class YearlyReviewModel(ZwgkDbContext db, CurrentUnit current, DocumentService documents) : AdminPageModel
{
    public sealed record Row(int Id, string Title, string UnitName, string? DocumentNumber, DateOnly? WrittenOn, DisclosureAttribute Attribute,
        WithholdingReason? Reason, string? Basis, DateTime? FiledAt);

    public List<Row> Rows { get; private set; } = [];

    /// <summary>The document whose conversion failed, to show its error next to its form.</summary>
    public int? FailedId { get; private set; }

    public string? FailedReason { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostConvertAsync(int id, string? reason)
    {
        var outcome = await documents.ConvertToProactiveAsync(id, reason ?? "");
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome.Error is not null)
        {
            ModelState.AddModelError("", $"“{outcome.Value?.Title}”：{outcome.Error}");
            FailedId = id;
            FailedReason = reason;
            await LoadAsync();
            return Page();
        }

        Flash = $"“{outcome.Value!.Title}”已转为主动公开并发布，索引号 {outcome.Value.IndexNumber}。";
        return Redirect("/admin/documents/review-yearly");
    }

    private async Task LoadAsync()
    {
        Title = "年度审查";
        var units = (await current.SubtreeAsync(Permission.ReviewContent)).Select(o => o.Id);
        var filed = await (
            from d in db.Documents.AsNoTracking()
            join o in db.Organizations on d.UnitId equals o.Id
            where units.Contains(d.UnitId) && d.State == DocumentState.Filed && d.Attribute != DisclosureAttribute.Proactive && !d.AttributePending
            orderby d.WrittenOn, d.Id
            select new { d.Id, d.Title, Unit = o.Name, d.DocumentNumber, d.WrittenOn, d.Attribute, d.WithholdingReason, d.WithholdingBasis, d.SignedOffAt })
            .ToListAsync();
        Rows = filed.Select(d => new Row(d.Id, d.Title, d.Unit, d.DocumentNumber, d.WrittenOn, d.Attribute, d.WithholdingReason, d.WithholdingBasis, d.SignedOffAt)).ToList();
    }
}
