using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Admin;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>The options and checks shared by the new, edit and correct forms (rendered by _DocumentFields).</summary>
public abstract class DocumentFormPageModel(ZwgkDbContext db, CurrentUnit current) : AdminPageModel
{
    public sealed record ColumnGroup(string SiteName, IReadOnlyList<(int Id, string Name)> Columns);

    [BindProperty]
    public DocumentForm Input { get; set; } = new();

    /// <summary>Units to choose from; empty when the unit is fixed (editing or correcting an existing document).</summary>
    public List<SelectListItem> UnitItems { get; private set; } = [];

    /// <summary>The unit, shown as text, when it cannot be changed.</summary>
    public string? FixedUnitName { get; private set; }

    public List<ColumnGroup> ColumnGroups { get; private set; } = [];

    /// <summary>A correction may change neither the attribute nor the unit and column.</summary>
    public virtual bool Correcting => false;

    protected ZwgkDbContext Db => db;

    protected CurrentUnit Current => current;

    /// <summary>Loads the unit and column choices: the subtree's units where the user edits, or the given fixed unit.</summary>
    protected async Task LoadOptionsAsync(Organization? fixedUnit = null)
    {
        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Name, s.Organization!.Path }).ToListAsync();
        List<Organization> units;
        if (fixedUnit is null)
        {
            units = await (await current.SubtreeAsync(Permission.EditContent)).AsNoTracking().ToListAsync();
            UnitItems = UnitOptions.Items(units, Input.UnitId);
        }
        else
        {
            units = [fixedUnit];
            FixedUnitName = fixedUnit.Name;
        }

        var siteIds = units.Select(u => SiteOf(u.Path)).OfType<int>().Distinct().ToList();
        var columns = await db.Columns.AsNoTracking().Where(c => siteIds.Contains(c.SiteId)).ToListAsync();
        ColumnGroups = sites.Where(s => siteIds.Contains(s.Id)).OrderBy(s => s.Path.Length).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new ColumnGroup(s.Name, Ordered(columns.Where(c => c.SiteId == s.Id).ToList())))
            .ToList();

        int? SiteOf(string unitPath) => sites.Where(s => unitPath.StartsWith(s.Path, StringComparison.Ordinal))
            .OrderByDescending(s => s.Path.Length).Select(s => (int?)s.Id).FirstOrDefault();
    }

    /// <summary>The column must belong to the site the unit publishes on (the nearest site at or above it).</summary>
    protected async Task<string?> CheckColumnAsync(int unitId, int? columnId)
    {
        if (columnId is not int id)
        {
            return null;
        }

        var unitPath = await db.Organizations.Where(o => o.Id == unitId).Select(o => o.Path).SingleOrDefaultAsync();
        var column = await db.Columns.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Site!.Organization!.Path, c.SiteId }).SingleOrDefaultAsync();
        if (unitPath is null || column is null)
        {
            return "所选栏目不存在。";
        }

        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Organization!.Path }).ToListAsync();
        var site = sites.Where(s => unitPath.StartsWith(s.Path, StringComparison.Ordinal)).OrderByDescending(s => s.Path.Length).Select(s => (int?)s.Id).FirstOrDefault();
        return site == column.SiteId ? null : "所选栏目不属于该单位发布信息的站点。";
    }

    /// <summary>Shows an error in the form's summary (role="alert").</summary>
    protected void Fail(string message) => ModelState.AddModelError("", message);

    /// <summary>Says so when the document was saved but could not be filed under the chosen catalog items.</summary>
    protected static string FilingNote(StepResult filing) =>
        filing.Forbidden ? "未能归入标准目录事项：您无权编辑该单位的信息。"
        : !filing.Ok ? "未能归入标准目录事项：" + filing.Error
        : "";

    /// <summary>The binder's own messages are English; a malformed value (e.g. a date) gets a Chinese one instead.</summary>
    protected void TranslateBindingErrors()
    {
        foreach (var (key, entry) in ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            if (entry!.Errors.Any(e => e.Exception is not null || !e.ErrorMessage.Any(c => c >= '\u4e00' && c <= '\u9fa5')))
            {
                entry.Errors.Clear();
                ModelState.AddModelError(key, "填写的值格式不正确，请检查。");
            }
        }
    }

    private static List<(int Id, string Name)> Ordered(List<Sites.Column> columns)
    {
        var children = columns.ToLookup(c => c.ParentId);
        var result = new List<(int, string)>();
        Walk(null, 0);
        return result;

        void Walk(int? parent, int depth)
        {
            foreach (var c in children[parent].OrderBy(c => c.SortOrder).ThenBy(c => c.Id))
            {
                result.Add((c.Id, new string('　', depth) + c.Name));
                Walk(c.Id, depth + 1);
            }
        }
    }
}
