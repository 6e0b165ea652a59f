using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform.Display;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Audit;

/// <summary>审计日志: filterable, paged view of the trail the user may see.</summary>
[RequirePermission(Permission.ViewAudit)]
public sealed class AuditLogModel(AuditQuery query, CurrentUnit current, AuditLines lines) : AdminPageModel
{
    public AuditFilter Filter { get; private set; } = new();

    public AuditPage Result { get; private set; } = new([], 0, 1, AuditFilter.PageSize);

    public List<SelectListItem> Units { get; private set; } = [];

    /// <summary>The page's lines in Chinese (names, fields, values, China time).</summary>
    public IReadOnlyList<AuditLineView> Lines { get; private set; } = [];

    public int Pages => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    // Query-string only: "page" is also a Razor Pages route value and must not be bound from the route.
    public async Task OnGetAsync([FromQuery] AuditFilter filter)
    {
        Title = "审计日志";
        Filter = filter;
        var units = await (await current.SubtreeAsync(Permission.ViewAudit)).AsNoTracking().ToListAsync();
        Units = UnitOptions.Items(units, filter.Unit);
        if (ModelState.IsValid)
        {
            Result = await query.RunAsync(filter);
        }
        else
        {
            TranslateBindingErrors();
        }

        Lines = await lines.ViewAsync(Result.Items);
    }

    // The binder's messages are English; a typed-in address with a bad value gets a Chinese one instead.
    private void TranslateBindingErrors()
    {
        foreach (var key in ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList())
        {
            ModelState[key]!.Errors.Clear();
            ModelState.AddModelError(key, key.Split('.')[^1].ToUpperInvariant() switch
            {
                "FROM" => "起始日期应为 yyyy-MM-dd 格式。",
                "TO" => "截止日期应为 yyyy-MM-dd 格式。",
                "UNIT" => "所选单位无效。",
                _ => "查询条件无效。",
            });
        }
    }

    /// <summary>The address of another page of the same filtered list.</summary>
    public string PageUrl(int page)
    {
        var q = new Dictionary<string, string?>
        {
            ["unit"] = Filter.Unit?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["entityType"] = Filter.EntityType,
            ["action"] = Filter.Action,
            ["actor"] = Filter.Actor,
            ["from"] = Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/admin/audit", q.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
