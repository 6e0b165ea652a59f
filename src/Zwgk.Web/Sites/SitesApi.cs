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

public sealed record ColumnDto(int Id, int? ParentId, string Slug, string Path, string Name, string ColumnType, string Description, string Keywords, string? FixedKey, string? Content, int SortOrder, int Revision)
{
    public static ColumnDto From(Column c) => new(c.Id, c.ParentId, c.Slug, c.SlugPath, c.Name, c.ColumnType, c.Description, c.Keywords, c.FixedKey, c.Content, c.SortOrder, c.Revision);
}

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
            var columns = await db.Columns.AsNoTracking().Where(c => c.Site!.Code == code).OrderBy(c => c.SlugPath).ToListAsync(ct);
            return columns.Count == 0 ? Problems.NotFound($"站点“{code}”不存在。") : TypedResults.Ok(columns.Select(ColumnDto.From));
        }).AllowAnonymous();

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
          .WithSummary("修改栏目；请求头 If-Match 带上读取时的 revision，他人已修改时答复 409");
    }
}
