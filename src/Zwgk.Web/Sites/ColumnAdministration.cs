using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Sites;

/// <summary>What a new column needs: where it goes, its address segment, name, type and page tags.</summary>
public sealed class NewColumnInput
{
    /// <summary>The parent column; null for a top-level column (in the main navigation).</summary>
    public int? ParentId { get; set; }

    [Required(ErrorMessage = "请填写栏目代码。"), RegularExpression("^[a-z0-9-]{1,64}$", ErrorMessage = "栏目代码为1至64位小写字母、数字或连字符，用作栏目地址（/col/代码）。")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "请填写栏目名称。"), StringLength(100, ErrorMessage = "栏目名称不超过100字。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请选择栏目类型。"), StringLength(32)]
    public string ColumnType { get; set; } = "";

    [Required(ErrorMessage = "请填写栏目描述（ColumnDescription 页面标签）。"), StringLength(500, ErrorMessage = "栏目描述不超过500字。")]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "请填写栏目关键词（ColumnKeywords 页面标签）。"), StringLength(200, ErrorMessage = "栏目关键词不超过200字。")]
    public string Keywords { get; set; } = "";

    [StringLength(20000, ErrorMessage = "栏目正文不超过20000字。")]
    public string? Content { get; set; }

    public bool ShowInNavigation { get; set; } = true;
}

public enum ColumnMove
{
    Up,
    Down,
}

/// <summary>
/// Creates, orders, hides, retires and restores columns of a site within the caller's scope. Fixed columns
/// (<see cref="Column.FixedKey"/>) are neither retired, hidden nor re-typed. Every change is one audited save, checked
/// against the revision the caller read (docs/adr/0017).
/// </summary>
public sealed class ColumnAdministration(ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock)
{
    /// <summary>Columns nest at most this deep (栏目、子栏目、三级栏目).</summary>
    public const int MaxDepth = 3;

    public async Task<StepResult<Column>> CreateAsync(int siteId, NewColumnInput input, CancellationToken ct = default)
    {
        var site = await db.Sites.Include(s => s.Organization).SingleOrDefaultAsync(s => s.Id == siteId, ct);
        if (site is null)
        {
            return StepResult.Missing<Column>("站点不存在。");
        }

        if (!(await access.GetAsync(ct)).Has(Permission.ManageSites, site.Organization!.UnitPath))
        {
            return StepResult.Denied<Column>();
        }

        var errors = Validation.Of(input);
        Column? parent = null;
        if (input.ParentId is int parentId)
        {
            parent = await db.Columns.SingleOrDefaultAsync(c => c.Id == parentId && c.SiteId == siteId, ct);
            if (parent is null)
            {
                errors["ParentId"] = ["上级栏目不存在。"];
            }
            else if (parent.IsRetired)
            {
                errors["ParentId"] = ["上级栏目已停用，请先恢复。"];
            }
            else if (parent.SlugPath.Count(ch => ch == '/') + 1 >= MaxDepth)
            {
                errors["ParentId"] = [$"栏目最多{MaxDepth}级，不能再在“{parent.Name}”下新建栏目。"];
            }
        }

        var slug = input.Slug.Trim();
        var path = parent is null ? slug : $"{parent.SlugPath}/{slug}";
        if (!errors.ContainsKey("Slug") && await db.Columns.AnyAsync(c => c.SiteId == siteId && c.SlugPath == path, ct))
        {
            errors["Slug"] = [$"地址 /col/{path} 已被本站的其他栏目（包括已停用的栏目）使用，请换一个栏目代码。"];
        }

        if (errors.Count > 0)
        {
            return StepResult.Invalid<Column>(errors);
        }

        var column = new Column
        {
            Site = site,
            SiteId = siteId,
            Parent = parent,
            ParentId = parent?.Id,
            Slug = slug,
            SlugPath = path,
            Name = input.Name.Trim(),
            ColumnType = input.ColumnType.Trim(),
            Description = input.Description.Trim(),
            Keywords = input.Keywords.Trim(),
            Content = string.IsNullOrWhiteSpace(input.Content) ? null : input.Content.Trim(),
            ShowInNavigation = input.ShowInNavigation,
            SortOrder = Column.Appended,
            UpdatedAt = Now,
        };
        db.Columns.Add(column);
        audit.Action = "ColumnCreated";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(column);
    }

    /// <summary>Moves the column one place up or down among its siblings (swapping with the neighbour).</summary>
    public async Task<StepResult<Column>> MoveAsync(int columnId, ColumnMove move, CancellationToken ct = default)
    {
        var (column, refusal) = await LoadAsync(columnId, ct);
        if (column is null)
        {
            return refusal!;
        }

        var siblings = await db.Columns.Where(c => c.SiteId == column.SiteId && c.ParentId == column.ParentId && c.RetiredAt == null)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var at = siblings.FindIndex(c => c.Id == column.Id);
        var other = move == ColumnMove.Up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= siblings.Count)
        {
            return StepResult.Refused(move == ColumnMove.Up ? "该栏目已排在最前。" : "该栏目已排在最后。", column);
        }

        // Renumber the siblings 1…n in the new order, so equal or gapped numbers from older edits cannot stall a move.
        (siblings[at], siblings[other]) = (siblings[other], siblings[at]);
        for (var i = 0; i < siblings.Count; i++)
        {
            if (siblings[i].SortOrder != i + 1)
            {
                siblings[i].SortOrder = i + 1;
            }
        }

        audit.Action = "ColumnMoved";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(column);
    }

    public async Task<StepResult<Column>> SetShownAsync(int columnId, bool shown, CancellationToken ct = default)
    {
        var (column, refusal) = await LoadAsync(columnId, ct);
        if (column is null)
        {
            return refusal!;
        }

        if (!shown && column.CannotHide() is { } why)
        {
            return StepResult.Refused(why, column);
        }

        column.ShowInNavigation = shown;
        column.UpdatedAt = Now;
        audit.Action = shown ? "ColumnShown" : "ColumnHidden";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(column);
    }

    /// <summary>停用: the column and its sub-columns leave the portal (404); its documents stay published at their own addresses.</summary>
    public async Task<StepResult<Column>> RetireAsync(int columnId, string? reason, CancellationToken ct = default)
    {
        var (column, refusal) = await LoadAsync(columnId, ct);
        if (column is null)
        {
            return refusal!;
        }

        if (column.CannotRetire() is { } why)
        {
            return StepResult.Refused(why, column);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return StepResult.Invalid(new Dictionary<string, string[]> { ["Reason"] = ["请填写停用原因。"] }, column);
        }

        column.RetiredAt = Now;
        column.UpdatedAt = Now;
        audit.Action = "ColumnRetired";
        audit.Reason = reason.Trim();
        await db.SaveChangesAsync(ct);
        return StepResult.Done(column);
    }

    public async Task<StepResult<Column>> RestoreAsync(int columnId, CancellationToken ct = default)
    {
        var (column, refusal) = await LoadAsync(columnId, ct);
        if (column is null)
        {
            return refusal!;
        }

        if (!column.IsRetired)
        {
            return StepResult.Refused("该栏目未停用。", column);
        }

        column.RetiredAt = null;
        column.UpdatedAt = Now;
        audit.Action = "ColumnRestored";
        await db.SaveChangesAsync(ct);
        return StepResult.Done(column);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<(Column? Column, StepResult<Column>? Refusal)> LoadAsync(int columnId, CancellationToken ct)
    {
        var column = await db.Columns.Include(c => c.Site!).ThenInclude(s => s.Organization).SingleOrDefaultAsync(c => c.Id == columnId, ct);
        if (column is null)
        {
            return (null, StepResult.Missing<Column>("栏目不存在。"));
        }

        if (!(await access.GetAsync(ct)).Has(Permission.ManageSites, column.Site!.Organization!.UnitPath))
        {
            return (null, StepResult.Denied<Column>());
        }

        return (column, null);
    }
}
