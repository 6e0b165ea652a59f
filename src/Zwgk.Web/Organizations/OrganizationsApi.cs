using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Organizations;

public sealed record UnitDto(
    int Id, string Name, string ShortName, string Level, string Kind, int? ParentId, string Path,
    string? CreditCode, string? Address, string? Phone, string? Email, string? OfficeHours, int SortOrder, int Revision)
{
    public static UnitDto From(Organization o) => new(
        o.Id, o.Name, o.ShortName, o.Level.ToString(), o.Kind.ToString(), o.ParentId, o.Path,
        o.CreditCode, o.Address, o.Phone, o.Email, o.OfficeHours, o.SortOrder, o.Revision);
}

public static class OrganizationsApi
{
    public static void MapOrganizationsApi(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("组织机构").Revises<Organization>();

        units.MapGet("/", async (UserAccess access, CancellationToken ct) =>
        {
            var query = await access.UnitsWhereAsync(Permission.ViewConsole, ct);
            var list = await query.AsNoTracking().OrderBy(o => o.Path).ToListAsync(ct);
            return TypedResults.Ok(list.Select(UnitDto.From));
        }).RequireAuthorization(PermissionRequirement.PolicyName(Permission.ViewConsole))
          .WithSummary("列出当前用户可见的单位（所持角色所在单位及其下级）");

        units.MapGet("/{id:int}", async Task<Results<Ok<UnitDto>, ProblemHttpResult>> (int id, UserAccess access, ZwgkDbContext db, CancellationToken ct) =>
        {
            var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
            if (unit is null || !(await access.GetAsync(ct)).Has(Permission.ViewConsole, unit.UnitPath))
            {
                return Problems.NotFound("单位不存在，或不在您的管理范围内。");
            }

            return TypedResults.Ok(UnitDto.From(unit));
        }).RequireAuthorization(PermissionRequirement.PolicyName(Permission.ViewConsole));

        units.MapPost("/", async Task<Results<Ok<UnitDto>, Created<UnitDto>, ProblemHttpResult>> (UnitInput input, OrganizationTree tree, CancellationToken ct) =>
            Answer(await tree.CreateAsync(input, ct), created: true))
            .RequireAuthorization(PermissionRequirement.PolicyName(Permission.ManageUnits)).ProducesValidationProblem()
            .WithSummary("新建单位（须在上级单位持有“管理组织机构”权限）");

        units.MapPut("/{id:int}", async Task<Results<Ok<UnitDto>, Created<UnitDto>, ProblemHttpResult>> (int id, UnitInput input, OrganizationTree tree, CancellationToken ct) =>
            Answer(await tree.UpdateAsync(id, input, ct), created: false))
            .RequireAuthorization(PermissionRequirement.PolicyName(Permission.ManageUnits)).ProducesValidationProblem()
            .WithSummary("修改单位信息；请求头 If-Match 带上读取时的 revision，他人已修改时答复 409");

        units.MapDelete("/{id:int}", async Task<Results<Ok<UnitDto>, Created<UnitDto>, ProblemHttpResult>> (int id, string? reason, OrganizationTree tree, CancellationToken ct) =>
            Answer(await tree.DeleteAsync(id, reason ?? "", ct), created: false))
            .RequireAuthorization(PermissionRequirement.PolicyName(Permission.ManageUnits)).ProducesValidationProblem()
            .WithSummary("删除没有下级、用户和站点的单位（须提供原因 reason；请求头 If-Match 带上读取时的 revision，他人已修改时答复 409）");
    }

    private static Results<Ok<UnitDto>, Created<UnitDto>, ProblemHttpResult> Answer(StepResult<Organization> outcome, bool created)
    {
        if (!outcome.Ok)
        {
            return outcome.ToProblem(forbidden: "该单位不在您的管理范围内。");
        }

        var dto = UnitDto.From(outcome.Value!);
        return created ? TypedResults.Created($"/api/v1/units/{dto.Id}", dto) : TypedResults.Ok(dto);
    }
}
