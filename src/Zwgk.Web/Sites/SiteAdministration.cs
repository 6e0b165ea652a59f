using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Sites;

public sealed class SiteInput
{
    [Required(ErrorMessage = "请填写站点代码。"), RegularExpression("^[a-z0-9-]{2,32}$", ErrorMessage = "站点代码为2至32位小写字母、数字或连字符。")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "请填写站点名称。"), StringLength(100)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写域名。"), RegularExpression(@"^[a-z0-9.-]+(:\d+)?$", ErrorMessage = "域名格式不正确。")]
    public string Domain { get; set; } = "";

    // Local government sites have ten-character codes (page-tags.md, SiteIDCode).
    [Required(ErrorMessage = "请填写网站标识码。"), RegularExpression("^[0-9A-Za-z]{10}$", ErrorMessage = "网站标识码应为10位字母或数字。")]
    public string SiteIdCode { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "请选择所属单位。")]
    public int OrganizationId { get; set; }

    [Required(ErrorMessage = "请填写主办单位。"), StringLength(100)]
    public string Sponsor { get; set; } = "";

    [StringLength(100)]
    public string? Operator { get; set; }

    [StringLength(64)]
    public string? IcpNumber { get; set; }

    [StringLength(64)]
    public string? PoliceRecordNumber { get; set; }

    [StringLength(50)]
    public string? ContactPhone { get; set; }

    [EmailAddress(ErrorMessage = "电子邮箱格式不正确。"), StringLength(100)]
    public string? ContactEmail { get; set; }

    [StringLength(200)]
    public string? Address { get; set; }

    /// <summary>放宽职责分离 (see <see cref="Site.RelaxSeparationOfDuties"/>).</summary>
    public bool RelaxSeparationOfDuties { get; set; }
}

public sealed class ColumnInput
{
    [Required(ErrorMessage = "请填写栏目名称。"), StringLength(100)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写栏目描述（ColumnDescription 页面标签）。"), StringLength(500)]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "请填写栏目关键词（ColumnKeywords 页面标签）。"), StringLength(200)]
    public string Keywords { get; set; } = "";

    [Required(ErrorMessage = "请选择栏目类型。"), StringLength(32)]
    public string ColumnType { get; set; } = "";

    [StringLength(20000, ErrorMessage = "栏目正文不超过20000字。")]
    public string? Content { get; set; }

    public bool ShowInNavigation { get; set; } = true;

    public int SortOrder { get; set; }
}

/// <summary>Creates sites (with their standard columns) and edits sites and columns within the caller's scope.</summary>
public sealed class SiteAdministration(ZwgkDbContext db, UserAccess access, TimeProvider clock)
{
    public async Task<StepResult<Site>> CreateAsync(SiteInput input, CancellationToken ct = default)
    {
        var errors = Validation.Of(input);
        var unit = await db.Organizations.FindAsync([input.OrganizationId], ct);
        if (unit is null)
        {
            errors["OrganizationId"] = ["所属单位不存在。"];
            return StepResult.Invalid<Site>(errors);
        }

        if (!(await access.GetAsync(ct)).Has(Permission.ManageSites, unit.UnitPath))
        {
            return StepResult.Denied<Site>();
        }

        await CheckUnique(input, null, errors, ct);
        if (errors.Count > 0)
        {
            return StepResult.Invalid<Site>(errors);
        }

        var site = new Site();
        Apply(input, site);
        site.Columns = StandardColumns.Create(site, unit, clock.GetUtcNow().UtcDateTime);
        db.Sites.Add(site);
        await db.SaveChangesAsync(ct);
        return StepResult.Done(site);
    }

    public async Task<StepResult<Site>> UpdateAsync(int id, SiteInput input, CancellationToken ct = default)
    {
        var site = await db.Sites.Include(s => s.Organization).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (site is null || !(await access.GetAsync(ct)).Has(Permission.ManageSites, site.Organization!.UnitPath))
        {
            return StepResult.Denied(site);
        }

        var errors = Validation.Of(input);
        input.OrganizationId = site.OrganizationId; // a site stays with its unit
        await CheckUnique(input, id, errors, ct);
        if (errors.Count > 0)
        {
            return StepResult.Invalid(errors, site);
        }

        Apply(input, site);
        return await SaveAsync(site, ct);
    }

    public async Task<StepResult<Column>> UpdateColumnAsync(int columnId, ColumnInput input, CancellationToken ct = default)
    {
        var column = await db.Columns.Include(c => c.Site!).ThenInclude(s => s.Organization).SingleOrDefaultAsync(c => c.Id == columnId, ct);
        if (column is null || !(await access.GetAsync(ct)).Has(Permission.ManageSites, column.Site!.Organization!.UnitPath))
        {
            return StepResult.Denied(column);
        }

        var errors = Validation.Of(input);
        if (column.CannotRetype((input.ColumnType ?? "").Trim()) is { } retype)
        {
            errors["ColumnType"] = [retype];
        }

        if (!input.ShowInNavigation && column.CannotHide() is { } hide)
        {
            errors["ShowInNavigation"] = [hide];
        }

        if (errors.Count > 0)
        {
            return StepResult.Invalid(errors, column);
        }

        column.Name = input.Name.Trim();
        column.Description = input.Description.Trim();
        column.Keywords = input.Keywords.Trim();
        column.ColumnType = (input.ColumnType ?? "").Trim();
        column.Content = string.IsNullOrWhiteSpace(input.Content) ? null : input.Content.Trim();
        column.ShowInNavigation = input.ShowInNavigation;
        column.SortOrder = input.SortOrder;
        column.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(column, ct);
    }

    // A save read at an older revision (the form's or If-Match) throws, and EditConflicts answers 409 or shows the form again.
    private async Task<StepResult<T>> SaveAsync<T>(T edited, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return StepResult.Done(edited);
    }

    private async Task CheckUnique(SiteInput input, int? selfId, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (await db.Sites.AnyAsync(s => s.Code == input.Code && s.Id != selfId, ct))
        {
            errors["Code"] = ["站点代码已被使用。"];
        }

        if (await db.Sites.AnyAsync(s => s.Domain == input.Domain && s.Id != selfId, ct))
        {
            errors["Domain"] = ["该域名已分配给其他站点。"];
        }
    }

    private static void Apply(SiteInput i, Site s)
    {
        s.Code = i.Code.Trim();
        s.Name = i.Name.Trim();
        s.Domain = i.Domain.Trim().ToLowerInvariant();
        s.SiteIdCode = i.SiteIdCode.Trim();
        s.OrganizationId = i.OrganizationId;
        s.Sponsor = i.Sponsor.Trim();
        s.Operator = i.Operator?.Trim();
        s.IcpNumber = i.IcpNumber?.Trim();
        s.PoliceRecordNumber = i.PoliceRecordNumber?.Trim();
        s.ContactPhone = i.ContactPhone?.Trim();
        s.ContactEmail = i.ContactEmail?.Trim();
        s.Address = i.Address?.Trim();
        s.RelaxSeparationOfDuties = i.RelaxSeparationOfDuties;
    }
}
