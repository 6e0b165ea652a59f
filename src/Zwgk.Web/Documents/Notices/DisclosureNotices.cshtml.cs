using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Documents.Notices;

/// <summary>
/// 公开属性认定公函 (seed 004 §三(一)1): the letters the current unit's subtree issued or received, and a form that lists
/// one unit's 待认定 older documents, each with the attribute it gets; works without JavaScript (the unit is chosen by GET).
/// </summary>
[RequirePermission(Permission.SuperviseDisclosure)]
public sealed class DisclosureNoticesModel(ZwgkDbContext db, CurrentUnit current, DisclosureNoticeService notices, UserAccess access) : AdminPageModel
{
    public sealed record Letter(int Id, string Number, string Unit, string Addressee, DateTime IssuedAt, int Documents);

    public List<Letter> Letters { get; private set; } = [];

    public List<Organization> Units { get; private set; } = [];

    public List<Organization> Addressees { get; private set; } = [];

    public List<Document> Pending { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty]
    public int? AddresseeUnitId { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    /// <summary>Per document: its attribute ("" = not in this letter), ground and reason, as the user typed them.</summary>
    [BindProperty]
    public Dictionary<int, string?> Attribute { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string?> Reason { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string?> Basis { get; set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The letter as DOCX, for its issuer's and its addressee's disclosure staff.</summary>
    public async Task<IActionResult> OnGetDocxAsync(int id)
    {
        if (await DisclosureNoticesApi.FindAsync(db, access, id, HttpContext.RequestAborted) is not { } n)
        {
            return NotFound();
        }

        var letter = (await notices.LetterAsync(n))!;
        return File(letter.ToDocx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", n.Number + ".docx");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var items = new List<NoticeItem>();
        foreach (var (id, value) in Attribute)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            // A value outside the lists is refused, never mapped to another (issue 11).
            if (!Enum.TryParse<DisclosureAttribute>(value, out var a) || !Enum.IsDefined(a))
            {
                ModelState.AddModelError($"Attribute[{id}]", "公开属性无效。");
                continue;
            }

            WithholdingReason? r = null;
            if (Reason.GetValueOrDefault(id) is { Length: > 0 } rv)
            {
                if (!Enum.TryParse<WithholdingReason>(rv, out var parsed) || !Enum.IsDefined(parsed))
                {
                    ModelState.AddModelError($"Reason[{id}]", "不予主动公开的依据无效。");
                    continue;
                }

                r = parsed;
            }

            items.Add(new NoticeItem(id, a, r, Basis.GetValueOrDefault(id)));
        }

        if (UnitId is null || AddresseeUnitId is null)
        {
            ModelState.AddModelError(nameof(AddresseeUnitId), "请选择出具单位和收函的政务公开工作机构。");
        }

        if (ModelState.IsValid)
        {
            var outcome = await notices.IssueAsync(UnitId!.Value, AddresseeUnitId!.Value, Subject, items);
            if (outcome.Ok)
            {
                Flash = $"已出具 {outcome.Value!.Number}，{items.Count} 份文件的公开属性已认定。";
                return Redirect($"/admin/documents/notices?unitId={UnitId}");
            }

            if (outcome.NotFound)
            {
                return NotFound();
            }

            ModelState.AddModelError("", outcome.Forbidden ? "您不是该单位的政务公开工作人员，不能以该单位名义出具公函。" : outcome.Error ?? "未能出具公函。");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Title = "公开属性认定公函";
        var subtree = await current.SubtreeAsync(Permission.SuperviseDisclosure);
        Units = await subtree.AsNoTracking().OrderBy(o => o.Path).ThenBy(o => o.SortOrder).ToListAsync();
        // Letters go to a 政务公开工作机构: any government of the region (a county's or the city's office).
        Addressees = await db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.Government).OrderBy(o => o.Path).ToListAsync();
        var ids = Units.Select(u => u.Id).ToList();
        UnitId ??= Units.FirstOrDefault()?.Id;
        AddresseeUnitId ??= UnitId;
        if (UnitId is int u && ids.Contains(u))
        {
            Pending = await notices.PendingAsync(u);
        }

        var rows = await db.DisclosureNotices.AsNoTracking().Where(n => ids.Contains(n.UnitId) || ids.Contains(n.AddresseeUnitId))
            .OrderByDescending(n => n.IssuedAt).ThenByDescending(n => n.Id).Take(100).ToListAsync();
        var names = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name);
        var counts = await db.Documents.AsNoTracking().Where(d => d.AttributeNoticeNumber != null && ids.Contains(d.UnitId))
            .GroupBy(d => new { d.UnitId, d.AttributeNoticeNumber }).Select(g => new { g.Key.UnitId, g.Key.AttributeNoticeNumber, Count = g.Count() }).ToListAsync();
        Letters = rows.Select(n => new Letter(n.Id, n.Number, names[n.UnitId], names[n.AddresseeUnitId], n.IssuedAt,
            counts.FirstOrDefault(c => c.UnitId == n.UnitId && c.AttributeNoticeNumber == n.Number)?.Count ?? 0)).ToList();
    }
}
