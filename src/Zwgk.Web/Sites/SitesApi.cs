using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Sites;

public sealed record SiteDto(int Id, string Code, string Name, string Domain, string SiteIdCode, int OrganizationId, string Sponsor,
    string? Operator, string? IcpNumber, string? PoliceRecordNumber, string? ContactPhone, string? ContactEmail, string? Address, bool RelaxSeparationOfDuties, int Revision)
{
    public static SiteDto From(Site s) => new(s.Id, s.Code, s.Name, s.Domain, s.SiteIdCode, s.OrganizationId, s.Sponsor,
        s.Operator, s.IcpNumber, s.PoliceRecordNumber, s.ContactPhone, s.ContactEmail, s.Address, s.RelaxSeparationOfDuties, s.Revision);
}

public sealed record ColumnDto(int Id, int? ParentId, string Slug, string Path, string Name, string ColumnType, string Description, string Keywords, string? FixedKey, string? Content, int SortOrder,
    bool ShowInNavigation, DateTime? RetiredAt, int Revision)
{
    public static ColumnDto From(Column c) => new(c.Id, c.ParentId, c.Slug, c.SlugPath, c.Name, c.ColumnType, c.Description, c.Keywords, c.FixedKey, c.Content, c.SortOrder,
        c.ShowInNavigation, c.RetiredAt, c.Revision);
}

public sealed record ColumnMoveInput(ColumnMove Direction);

public sealed record ColumnRetireInput([property: System.ComponentModel.DataAnnotations.StringLength(500, ErrorMessage = "停用原因不超过500字。")] string? Reason);

public static class SitesApi
{
    public static void MapSitesApi(this RouteGroupBuilder api)
    {
        var sites = api.MapGroup("/sites").WithTags("站点");

        // Site identity and columns are what every visitor sees on the portal: public.
        sites.MapGet("/", async (ZwgkDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Sites.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct)).Select(SiteDto.From))).AllowAnonymous();

        sites.MapGet("/{code}", async Task<Results<Ok<SiteDto>, ProblemHttpResult>> (string code, ZwgkDbContext db, CancellationToken ct) =>
            await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct) is { } s
                ? TypedResults.Ok(SiteDto.From(s))
                : Problems.NotFound($"站点“{code}”不存在。")).AllowAnonymous();

        sites.MapGet("/{code}/columns", async Task<Results<Ok<IEnumerable<ColumnDto>>, ProblemHttpResult>> (string code, ZwgkDbContext db, CancellationToken ct) =>
        {
            if (!await db.Sites.AnyAsync(s => s.Code == code, ct))
            {
                return Problems.NotFound($"站点“{code}”不存在。");
            }

            // Retired columns are gone for the public (their pages answer 404), here too.
            var columns = await db.Columns.AsNoTracking().Where(c => c.Site!.Code == code && c.RetiredAt == null).OrderBy(c => c.SlugPath).ToListAsync(ct);
            return TypedResults.Ok(columns.Select(ColumnDto.From));
        }).AllowAnonymous().WithSummary("站点的栏目（不含已停用的栏目；showInNavigation 为 false 的栏目已隐藏，地址仍可访问）");

        var manage = PermissionRequirement.PolicyName(Permission.ManageSites);
        sites.MapPost("/", async Task<Results<Created<SiteDto>, ProblemHttpResult>> (SiteInput input, SiteAdministration admin, CancellationToken ct) =>
        {
            var o = await admin.CreateAsync(input, ct);
            return o.Ok ? TypedResults.Created($"/api/v1/sites/{o.Value!.Code}", SiteDto.From(o.Value))
                : o.ToProblem(forbidden: "该单位不在您的管理范围内。");
        }).RequireAuthorization(manage).ProducesValidationProblem().WithSummary("新建站点，自动建立“政府信息公开”等标准栏目");

        sites.MapPut("/{id:int}", async Task<Results<Ok<SiteDto>, ProblemHttpResult>> (int id, SiteInput input, SiteAdministration admin, CancellationToken ct) =>
        {
            var o = await admin.UpdateAsync(id, input, ct);
            return o.Ok ? TypedResults.Ok(SiteDto.From(o.Value!)) : o.ToProblem(forbidden: "该站点不在您的管理范围内。");
        }).RequireAuthorization(manage).ProducesValidationProblem().Revises<Site>()
          .WithSummary("修改站点信息；请求头 If-Match 带上读取时的 revision，他人已修改时答复 409");

        api.MapPut("/columns/{id:int}", async Task<Results<Ok<ColumnDto>, ProblemHttpResult>> (int id, ColumnInput input, SiteAdministration admin, CancellationToken ct) =>
        {
            var o = await admin.UpdateColumnAsync(id, input, ct);
            return o.Ok ? TypedResults.Ok(ColumnDto.From(o.Value!)) : o.ToProblem(forbidden: "该栏目不在您的管理范围内。");
        }).RequireAuthorization(manage).ProducesValidationProblem().Revises<Column>().WithTags("站点")
          .WithSummary("修改栏目；请求头 If-Match 带上读取时的 revision，他人已修改时答复 409。固定栏目不能改类型、不能隐藏");

        sites.MapPost("/{id:int}/columns", async Task<Results<Created<ColumnDto>, ProblemHttpResult>> (int id, NewColumnInput input, ColumnAdministration admin, CancellationToken ct) =>
        {
            var o = await admin.CreateAsync(id, input, ct);
            return o.Ok ? TypedResults.Created($"/api/v1/columns/{o.Value!.Id}", ColumnDto.From(o.Value)) : o.ToProblem(notFound: "站点不存在。", forbidden: "该站点不在您的管理范围内。");
        }).RequireAuthorization(manage).ProducesValidationProblem()
          .WithSummary("新建栏目（含重点领域、公众参与、建议提案办理、会议公开等专题栏目）：上级栏目、栏目代码（地址）、名称、类型和页面标签；排在同级最后");

        var columns = api.MapGroup("/columns").WithTags("站点").Revises<Column>();
        columns.MapGet("/{id:int}", async Task<Results<Ok<ColumnDto>, ProblemHttpResult>> (int id, ZwgkDbContext db, UserAccess access, CancellationToken ct) =>
        {
            var c = await db.Columns.AsNoTracking().Include(x => x.Site!).ThenInclude(s => s.Organization).SingleOrDefaultAsync(x => x.Id == id, ct);
            return c is not null && (await access.GetAsync(ct)).Has(Permission.ManageSites, c.Site!.Organization!.UnitPath)
                ? TypedResults.Ok(ColumnDto.From(c)) : Problems.NotFound("栏目不存在，或不在您的管理范围内。");
        }).RequireAuthorization(manage).WithSummary("读取栏目（含已停用的），revision 用于后续修改的 If-Match");

        columns.MapPost("/{id:int}/move", async Task<Results<Ok<ColumnDto>, ProblemHttpResult>> (int id, ColumnMoveInput input, ColumnAdministration admin, CancellationToken ct) =>
            Answer(await admin.MoveAsync(id, input.Direction, ct))).RequireAuthorization(manage)
          .WithSummary("在同级栏目中上移或下移一位（direction: Up / Down）");
        columns.MapPost("/{id:int}/hide", async Task<Results<Ok<ColumnDto>, ProblemHttpResult>> (int id, ColumnAdministration admin, CancellationToken ct) =>
            Answer(await admin.SetShownAsync(id, false, ct))).RequireAuthorization(manage)
          .WithSummary("隐藏：不在门户的导航、首页和栏目列表中出现，地址仍可访问；固定栏目不能隐藏");
        columns.MapPost("/{id:int}/show", async Task<Results<Ok<ColumnDto>, ProblemHttpResult>> (int id, ColumnAdministration admin, CancellationToken ct) =>
            Answer(await admin.SetShownAsync(id, true, ct))).RequireAuthorization(manage).WithSummary("取消隐藏");
        columns.MapPost("/{id:int}/retire", async Task<Results<Ok<ColumnDto>, ProblemHttpResult>> (int id, ColumnRetireInput input, ColumnAdministration admin, CancellationToken ct) =>
            Answer(await admin.RetireAsync(id, input.Reason, ct))).RequireAuthorization(manage)
          .WithSummary("停用（须填写原因）：栏目及其子栏目的地址对公众答复 404，其中的信息保持发布；固定栏目不能停用");
        columns.MapPost("/{id:int}/restore", async Task<Results<Ok<ColumnDto>, ProblemHttpResult>> (int id, ColumnAdministration admin, CancellationToken ct) =>
            Answer(await admin.RestoreAsync(id, ct))).RequireAuthorization(manage).WithSummary("恢复已停用的栏目");
    }

    private static Results<Ok<ColumnDto>, ProblemHttpResult> Answer(StepResult<Column> o) =>
        o.Ok ? TypedResults.Ok(ColumnDto.From(o.Value!)) : o.ToProblem(notFound: "栏目不存在。", forbidden: "该栏目不在您的管理范围内。");
}
