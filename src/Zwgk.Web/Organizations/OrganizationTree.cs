using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Organizations;

/// <summary>What a form or API call sends to create or edit a unit.</summary>
public sealed class UnitInput
{
    [Required(ErrorMessage = "请填写单位名称。"), StringLength(100, ErrorMessage = "单位名称不超过100字。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写简称。"), StringLength(50, ErrorMessage = "简称不超过50字。")]
    public string ShortName { get; set; } = "";

    public AdministrativeLevel Level { get; set; }

    public OrganizationKind Kind { get; set; }

    public int? ParentId { get; set; }

    [StringLength(18, ErrorMessage = "统一社会信用代码应为18位。")]
    public string? CreditCode { get; set; }

    [StringLength(200)]
    public string? Address { get; set; }

    [StringLength(50)]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "电子邮箱格式不正确。"), StringLength(100)]
    public string? Email { get; set; }

    [StringLength(100)]
    public string? OfficeHours { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>Creates, edits and removes units, enforcing the tree's shape and the caller's scope.</summary>
public sealed class OrganizationTree(ZwgkDbContext db, UserAccess access, Audit.AuditContext audit)
{
    public async Task<StepResult<Organization>> CreateAsync(UnitInput input, CancellationToken ct = default)
    {
        var errors = Validate(input);
        var parent = input.ParentId is int pid ? await db.Organizations.FindAsync([pid], ct) : null;
        if (input.ParentId is not null && parent is null)
        {
            errors["ParentId"] = ["上级单位不存在。"];
        }

        var scope = await access.GetAsync(ct);
        var allowed = parent is null ? scope.IsSystemAdmin : scope.Has(Permission.ManageUnits, parent.UnitPath);
        if (!allowed)
        {
            return StepResult.Denied<Organization>();
        }

        if (OrganizationPlacement.Check(input.Kind, input.Level, parent?.Kind, parent?.Level) is { } placement)
        {
            errors["Level"] = [placement];
        }

        await CheckCreditCodeUnique(input, null, errors, ct);
        if (errors.Count > 0)
        {
            return StepResult.Invalid<Organization>(errors);
        }

        var unit = new Organization { ParentId = parent?.Id, Path = parent?.Path ?? "/" };
        Apply(input, unit);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Organizations.Add(unit);
        await db.SaveChangesAsync(ct);
        // The path holds the unit's own id, known only now.
        unit.Path = parent is null ? UnitPath.Root(unit.Id).Value : parent.UnitPath.Child(unit.Id).Value;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return StepResult.Done(unit);
    }

    public async Task<StepResult<Organization>> UpdateAsync(int id, UnitInput input, CancellationToken ct = default)
    {
        var unit = await db.Organizations.FindAsync([id], ct);
        if (unit is null)
        {
            return StepResult.Invalid<Organization>(new Dictionary<string, string[]> { ["Id"] = ["单位不存在。"] });
        }

        if (!(await access.GetAsync(ct)).Has(Permission.ManageUnits, unit.UnitPath))
        {
            return StepResult.Denied(unit);
        }

        var errors = Validate(input);
        // Level, kind and parent define the tree; they are fixed once the unit exists.
        input.Level = unit.Level;
        input.Kind = unit.Kind;
        await CheckCreditCodeUnique(input, unit.Id, errors, ct);
        if (errors.Count > 0)
        {
            return StepResult.Invalid(errors, unit);
        }

        Apply(input, unit);
        // Read at an older revision (the form's or If-Match), this throws and EditConflicts answers 409 or shows the form again.
        await db.SaveChangesAsync(ct);
        return StepResult.Done(unit);
    }

    /// <summary>Removes a unit that has nothing attached: no sub-units, accounts, grants or sites.</summary>
    public async Task<StepResult<Organization>> DeleteAsync(int id, string reason, CancellationToken ct = default)
    {
        var unit = await db.Organizations.FindAsync([id], ct);
        if (unit is null)
        {
            return StepResult.Invalid<Organization>(new Dictionary<string, string[]> { ["Id"] = ["单位不存在。"] });
        }

        if (!(await access.GetAsync(ct)).Has(Permission.ManageUnits, unit.UnitPath) || unit.ParentId is null)
        {
            return StepResult.Denied(unit);
        }

        var blockers = new List<string>();
        if (await db.Organizations.AnyAsync(o => o.ParentId == id, ct))
        {
            blockers.Add("下设单位");
        }

        if (await db.Users.AnyAsync(u => u.HomeUnitId == id, ct) || await db.RoleGrants.AnyAsync(g => g.OrganizationId == id, ct))
        {
            blockers.Add("用户或授权");
        }

        if (await db.Sites.AnyAsync(s => s.OrganizationId == id, ct))
        {
            blockers.Add("站点");
        }

        if (blockers.Count > 0)
        {
            return StepResult.Invalid(new Dictionary<string, string[]> { ["Id"] = [$"该单位仍有{string.Join("、", blockers)}，不能删除。"] }, unit);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return StepResult.Invalid(new Dictionary<string, string[]> { ["Reason"] = ["删除单位须填写原因。"] }, unit);
        }

        db.Organizations.Remove(unit);
        audit.Reason = reason.Trim();
        await db.SaveChangesAsync(ct);
        return StepResult.Done(unit);
    }

    private static Dictionary<string, string[]> Validate(UnitInput input)
    {
        var errors = Validation.Of(input);
        if (!string.IsNullOrWhiteSpace(input.CreditCode) && !Zwgk.Domain.Organizations.CreditCode.TryParse(input.CreditCode, out _, out var error))
        {
            errors["CreditCode"] = [error!];
        }

        return errors;
    }

    private async Task CheckCreditCodeUnique(UnitInput input, int? selfId, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.CreditCode) || errors.ContainsKey("CreditCode"))
        {
            return;
        }

        var code = input.CreditCode.Trim().ToUpperInvariant();
        if (await db.Organizations.AnyAsync(o => o.CreditCode == code && o.Id != selfId, ct))
        {
            errors["CreditCode"] = ["该统一社会信用代码已被其他单位使用。"];
        }
    }

    private static void Apply(UnitInput input, Organization unit)
    {
        unit.Name = input.Name.Trim();
        unit.ShortName = input.ShortName.Trim();
        unit.Level = input.Level;
        unit.Kind = input.Kind;
        unit.CreditCode = string.IsNullOrWhiteSpace(input.CreditCode) ? null : input.CreditCode.Trim().ToUpperInvariant();
        unit.Address = Blank(input.Address);
        unit.Phone = Blank(input.Phone);
        unit.Email = Blank(input.Email);
        unit.OfficeHours = Blank(input.OfficeHours);
        unit.SortOrder = input.SortOrder;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
