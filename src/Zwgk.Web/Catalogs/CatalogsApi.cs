using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Catalogs;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>/api/v1/domains, /api/v1/guidelines, /api/v1/catalogs: the public reads published catalogs; editors write, reviewers review.</summary>
public static class CatalogsApi
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapCatalogsApi(this RouteGroupBuilder api)
    {
        var edit = PermissionRequirement.PolicyName(Permission.EditContent);
        var review = PermissionRequirement.PolicyName(Permission.ReviewContent);
        var standards = PermissionRequirement.PolicyName(Permission.ManageCatalogStandards);

        var domains = api.MapGroup("/domains").WithTags("标准目录");
        domains.MapGet("/", async (int? city, ZwgkDbContext db, CancellationToken ct) =>
        {
            var list = await db.Set<PilotDomain>().AsNoTracking().OrderBy(d => d.Number).ToListAsync(ct);
            var owners = city is int c
                ? await db.Set<DomainResponsibility>().Where(r => r.CityUnitId == c).ToDictionaryAsync(r => r.DomainId, r => r.Department, ct)
                : [];
            return TypedResults.Ok(list.Select(d => new { d.Id, d.Number, d.Name, Aliases = d.AliasList, ResponsibleDepartment = owners.GetValueOrDefault(d.Id) }));
        }).AllowAnonymous().WithSummary("试点领域（含其他名称）；?city= 附该市的责任单位");
        domains.MapPut("/{id:int}/responsibility", async Task<Results<NoContent, ProblemHttpResult>> (int id, ResponsibilityInput input, CatalogStandards s, CancellationToken ct) =>
            Answer(await s.SetResponsibilityAsync(input.CityUnitId, id, input.Department, ct))).RequireAuthorization(standards).WithSummary("设置某市该领域的责任单位");

        var guidelines = api.MapGroup("/guidelines").WithTags("标准目录");
        guidelines.MapGet("/", async (int? domain, ZwgkDbContext db, CancellationToken ct) =>
        {
            var q = db.Set<Guideline>().AsNoTracking();
            if (domain is int d)
            {
                q = q.Where(g => g.DomainId == d);
            }

            var newest = await db.Set<Guideline>().GroupBy(g => g.DomainId).Select(g => g.Max(x => x.Id)).ToListAsync(ct);
            var list = await q.OrderBy(g => g.DomainId).ThenByDescending(g => g.Id)
                .Select(g => new { g.Id, g.DomainId, g.Title, g.IssuedBy, g.ImportedAt, Items = g.Items.Count }).ToListAsync(ct);
            return TypedResults.Ok(list.Select(g => new { g.Id, g.DomainId, g.Title, g.IssuedBy, g.ImportedAt, g.Items, Current = newest.Contains(g.Id) }));
        }).AllowAnonymous().WithSummary("标准指引（每次导入为一个新版本，Current 为现行版本）");
        guidelines.MapGet("/{id:int}", async Task<Results<Ok<object>, ProblemHttpResult>> (int id, ZwgkDbContext db, CancellationToken ct) =>
        {
            var g = await db.Set<Guideline>().AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.Id == id, ct);
            return g is null ? Problems.NotFound("标准指引不存在。")
                : TypedResults.Ok<object>(new { g.Id, g.DomainId, g.Title, g.IssuedBy, g.ImportedAt, Items = g.Items.OrderBy(i => i.Sequence).Select(i => new { i.Id, i.Sequence, Elements = ElementsDto.From(i.Elements) }) });
        }).AllowAnonymous();
        guidelines.MapGet("/template", async (HttpContext http, CancellationToken ct) =>
            await XlsxAsync(http, "标准指引模板.xlsx", s => CatalogSheet.WriteAsync(s, CatalogSheet.GuidelineHeaders, [], "模板", ct))).AllowAnonymous().WithSummary("标准指引导入模板（.xlsx）");
        guidelines.MapGet("/{id:int}/export", async Task<IResult> (int id, ZwgkDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var g = await db.Set<Guideline>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
            if (g is null)
            {
                return Problems.NotFound("标准指引不存在。");
            }

            var rows = db.Set<GuidelineItem>().AsNoTracking().Where(i => i.GuidelineId == id).OrderBy(i => i.Sequence).AsAsyncEnumerable().ToBlockingEnumerable(ct)
                .Select(i => (IReadOnlyDictionary<string, string>)CatalogSheet.Cells(i.Elements, sequence: i.Sequence));
            return await XlsxAsync(http, $"{g.Title}.xlsx", s => CatalogSheet.WriteAsync(s, CatalogSheet.GuidelineHeaders, rows, "标准指引", ct));
        }).AllowAnonymous().WithSummary("导出标准指引（.xlsx，标准列格式）");
        guidelines.MapPost("/", async Task<IResult> (HttpRequest request, CatalogStandards s, CancellationToken ct) =>
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file || !int.TryParse(form["domainId"], out var domainId))
            {
                return Problems.BadRequest("请提供 domainId、title、issuedBy 和 file（.xlsx）。");
            }

            await using var stream = await Buffer(file, ct);
            var o = await s.ImportGuidelineAsync(domainId, form["title"].ToString(), form["issuedBy"].ToString(), stream, ct);
            return o.Ok ? TypedResults.Created($"/api/v1/guidelines/{o.Value}", new { id = o.Value })
                : o.ToProblem(forbidden: "只有市级政务公开主管部门或系统管理员可以导入标准指引。", ruleTitle: "无法处理的请求");
        }).RequireAuthorization(standards).DisableAntiforgery().WithSummary("导入标准指引（multipart：domainId、title、issuedBy、file）；任一行有误则整表不导入");

        var catalogs = api.MapGroup("/catalogs").WithTags("标准目录").Revises<StandardCatalog>();
        catalogs.MapGet("/", async (int? unit, string? state, UserAccess access, ZwgkDbContext db, CancellationToken ct) =>
        {
            var visible = await VisibleAsync(access, db, ct);
            if (unit is int u)
            {
                visible = visible.Where(c => c.UnitId == u);
            }

            if (Enum.TryParse<CatalogState>(state, true, out var st))
            {
                visible = visible.Where(c => c.State == st);
            }

            var list = await visible.OrderBy(c => c.UnitId).ThenByDescending(c => c.Number)
                .Join(db.Organizations, c => c.UnitId, o => o.Id, (c, o) => new { c.Id, c.UnitId, Unit = o.Name, c.Number, c.State, c.PublishedAt, Items = c.Items.Count })
                .Take(500).ToListAsync(ct);
            return TypedResults.Ok(list);
        }).AllowAnonymous().WithSummary("目录列表：公众只看到已发布的版本；工作人员另可看到本人有权编辑或审核的单位的未发布版本");
        catalogs.MapGet("/template", async (HttpContext http, CancellationToken ct) =>
            await XlsxAsync(http, "政务公开事项标准目录模板.xlsx", s => CatalogSheet.WriteAsync(s, CatalogSheet.CatalogHeaders, [], "模板", ct))).AllowAnonymous().WithSummary("单位目录导入模板（.xlsx）");
        catalogs.MapGet("/{id:int}", async Task<Results<Ok<CatalogDto>, ProblemHttpResult>> (int id, CatalogService s, CatalogViews views, ZwgkDbContext db, CancellationToken ct) =>
        {
            var (c, staff) = await ReadableAsync(id, s, ct);
            if (c is null)
            {
                return Problems.NotFound("目录不存在或尚未发布。");
            }

            var unit = await db.Organizations.Where(o => o.Id == c.UnitId).Select(o => o.Name).SingleAsync(ct);
            return TypedResults.Ok(CatalogDto.From(c, unit, await views.ItemsAsync(c, ct), staff));
        }).AllowAnonymous();
        catalogs.MapGet("/{id:int}/export", async Task<IResult> (int id, CatalogService s, CatalogViews views, ZwgkDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var (c, _) = await ReadableAsync(id, s, ct);
            if (c is null)
            {
                return Problems.NotFound("目录不存在或尚未发布。");
            }

            var unit = await db.Organizations.Where(o => o.Id == c.UnitId).Select(o => o.Name).SingleAsync(ct);
            return await XlsxAsync(http, $"{unit}政务公开事项标准目录（第{c.Number}版）.xlsx", st => Export(st, views, c, ct));
        }).AllowAnonymous().WithSummary("导出目录（.xlsx，标准列格式）");
        catalogs.MapGet("/{id:int}/diff", async Task<Results<Ok<object>, ProblemHttpResult>> (int id, CatalogService s, CatalogReviewViews diff, CancellationToken ct) =>
        {
            var (c, _) = await ReadableAsync(id, s, ct);
            if (c is null)
            {
                return Problems.NotFound("目录不存在或尚未发布。");
            }

            var d = await diff.LoadAsync(c, ct);
            return TypedResults.Ok<object>(new
            {
                AgainstPrevious = d.AgainstPrevious,
                AgainstGuideline = d.Rows.Where(r => r.GuidelineChanges.Count > 0 || r.Guideline is null).Select(r => new { r.Item.Id, r.Item.Elements.Name, Local = r.Guideline is null, Changes = r.GuidelineChanges }),
            });
        }).AllowAnonymous().WithSummary("与上一版本、与标准指引的差异");
        catalogs.MapGet("/coverage", async Task<Results<Ok<object>, ProblemHttpResult>> (int unit, ZwgkDbContext db, CatalogViews views, CancellationToken ct) =>
        {
            var root = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unit, ct);
            if (root is null)
            {
                return Problems.NotFound("单位不存在。");
            }

            var rows = await views.CoverageAsync(await views.UnitsOfAsync(root, ct), ct);
            return TypedResults.Ok<object>(rows.Select(r => new
            {
                r.Unit.Id, Unit = r.Unit.Name, Published = r.Current is not null, Version = r.Current?.Number, r.Total,
                Domains = r.ByDomain.Select(d => new { DomainId = d.Key, d.Value.Items, d.Value.WithContent, d.Value.Overdue }),
            }));
        }).AllowAnonymous().WithSummary("覆盖情况：单位 × 试点领域的事项数、有内容事项数、逾期事项数（仅已发布目录）");

        catalogs.MapPost("/", async (StartCatalogInput input, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
            await AnswerAsync(await s.StartAsync(input.UnitId, input.Reason, ct), v, db, ct, created: true)).RequireAuthorization(edit).WithSummary("新建目录草稿，或为现行目录创建修订版（须填写原因）");
        catalogs.MapPost("/{id:int}/items", async Task<IResult> (int id, CatalogItemInput input, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
        {
            var (elements, errors) = input.ToElements();
            return elements is null ? Problems.Invalid(errors) : await AnswerAsync(await s.AddItemAsync(id, new NewCatalogItem(input.DomainId, null, elements), ct), v, db, ct);
        }).RequireAuthorization(edit).WithSummary("新增本地事项");
        catalogs.MapPost("/{id:int}/items/from-guideline", async (int id, GuidelineRowsInput input, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
            await AnswerAsync(await s.AddFromGuidelineAsync(id, input.GuidelineItemIds, ct), v, db, ct)).RequireAuthorization(edit).WithSummary("从标准指引选取适用事项");
        catalogs.MapPut("/{id:int}/items/{itemId:int}", async Task<IResult> (int id, int itemId, CatalogItemInput input, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
        {
            var (elements, errors) = input.ToElements();
            return elements is null ? Problems.Invalid(errors) : await AnswerAsync(await s.EditItemAsync(id, itemId, elements, ct), v, db, ct);
        }).RequireAuthorization(edit).WithSummary("调整事项要素（原指引值保留供审核人对照）");
        catalogs.MapPost("/{id:int}/items/{itemId:int}/applicability", async (int id, int itemId, ApplicabilityInput input, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
            await AnswerAsync(await s.SetApplicabilityAsync(id, itemId, input.NotApplicable, input.Reason, ct), v, db, ct)).RequireAuthorization(edit).WithSummary("标记不适用（须说明理由）或恢复适用");
        catalogs.MapDelete("/{id:int}/items/{itemId:int}", async (int id, int itemId, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
            await AnswerAsync(await s.RemoveItemAsync(id, itemId, ct), v, db, ct)).RequireAuthorization(edit);
        catalogs.MapPost("/{id:int}/import", async Task<IResult> (int id, HttpRequest request, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file)
            {
                return Problems.BadRequest("请以 multipart/form-data 上传字段 file（.xlsx）。");
            }

            int? domainId = null;
            if (!string.IsNullOrWhiteSpace(form["domainId"]))
            {
                if (!int.TryParse(form["domainId"], out var d))
                {
                    return Problems.BadRequest("domainId 应为试点领域的编号。");
                }

                domainId = d;
            }

            await using var stream = await Buffer(file, ct);
            var o = await s.ImportAsync(id, stream, file.FileName, domainId, ct);
            return await AnswerAsync(o, v, db, ct);
        }).RequireAuthorization(edit).DisableAntiforgery()
          .WithSummary("从 Excel 导入（替换草稿中的全部事项）；任一行有误则不保存，返回逐行错误。可选 domainId：表中没有“试点领域”列或该列为空的行归入此领域");
        catalogs.MapPost("/{id:int}/submit", async (int id, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
            await AnswerAsync(await s.SubmitAsync(id, ct), v, db, ct)).RequireAuthorization(edit).WithSummary("提交上一级审核");
        catalogs.MapPost("/{id:int}/return", async (int id, ReturnCatalogInput input, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
            await AnswerAsync(await s.ReturnAsync(id, input.Opinion, (input.Items ?? []).GroupBy(i => i.ItemId).ToDictionary(g => g.Key, g => string.Join("；", g.Select(x => x.Comment))), ct), v, db, ct))
            .RequireAuthorization(review).WithSummary("退回修改，可对单个事项提出意见");
        catalogs.MapPost("/{id:int}/approve", async (int id, CatalogOpinionInput input, CatalogService s, CatalogViews v, ZwgkDbContext db, CancellationToken ct) =>
            await AnswerAsync(await s.ApproveAsync(id, input.Opinion, ct), v, db, ct)).RequireAuthorization(review).WithSummary("审核通过并在县级政府网站发布（先审后发）");

        var services = api.MapGroup("/units/{unitId:int}/service-items").WithTags("标准目录");
        services.MapGet("/", async (int unitId, ZwgkDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<ServiceItem>().AsNoTracking().Where(s => s.UnitId == unitId).OrderBy(s => s.Name).Select(s => new { s.Name, s.Code, s.Department }).ToListAsync(ct)))
            .AllowAnonymous().WithSummary("单位的政务服务事项清单（公开信息）");
        services.MapGet("/template", async (HttpContext http, CancellationToken ct) =>
            await XlsxAsync(http, "政务服务事项清单模板.xlsx", s => CatalogSheet.WriteAsync(s, CatalogSheet.ServiceHeaders, [], "模板", ct))).AllowAnonymous();
        services.MapPost("/import", async Task<IResult> (int unitId, HttpRequest request, CatalogService s, CancellationToken ct) =>
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file)
            {
                return Problems.BadRequest("请以 multipart/form-data 上传字段 file（.xlsx）。");
            }

            await using var stream = await Buffer(file, ct);
            var o = await s.ImportServicesAsync(unitId, stream, ct);
            return o.Ok ? TypedResults.Ok(new { imported = o.Value }) : o.ToProblem(forbidden: "您在该单位没有编辑权限。");
        }).RequireAuthorization(edit).DisableAntiforgery().WithSummary("导入政务服务事项清单（替换原清单）");

        api.MapPut("/documents/{id:int}/catalog-items", async Task<Results<NoContent, ProblemHttpResult>> (int id, DocumentCatalogItemsInput input, CatalogLinks links, CancellationToken ct) =>
        {
            var o = await links.SetAsync(id, input.ItemKeys ?? [], ct);
            return o.Ok ? TypedResults.NoContent() : o.ToProblem(forbidden: "您无权修改该信息。", ruleTitle: "无法处理的请求");
        }).RequireAuthorization(edit).WithTags("政府信息").WithSummary("把信息归入本单位标准目录中的事项（按事项 Key，跨版本不变）");
    }

    /// <summary>Published versions for everyone; for staff also every version of units where they edit or review.</summary>
    public static Task<IQueryable<StandardCatalog>> VisibleAsync(UserAccess access, ZwgkDbContext db, CancellationToken ct) =>
        db.Set<StandardCatalog>().AsNoTracking().PublicOrOwnAsync(StandardCatalog.Public, access, ct, Permission.EditContent, Permission.ReviewContent);

    /// <summary>A version the caller may read, and whether they work on it (edit it, or review it from above).</summary>
    public static async Task<(StandardCatalog? Catalog, bool Staff)> ReadableAsync(int id, CatalogService s, CancellationToken ct)
    {
        var c = await s.LoadAsync(id, ct);
        if (c is null)
        {
            return (null, false);
        }

        var staff = await s.MayEditAsync(c, ct) || await s.MayReviewAsync(c, ct);
        return StandardCatalog.IsPublicState(c.State) || staff ? (c, staff) : (null, false);
    }

    public static async Task Export(Stream output, CatalogViews views, StandardCatalog c, CancellationToken ct)
    {
        var items = await views.ItemsAsync(c, ct);
        var rows = items.Select(v =>
        {
            var cells = CatalogSheet.Cells(v.Item.Elements, v.Domain, v.Item.Sequence, v.Item.NotApplicable, v.Item.NotApplicableReason);
            return (IReadOnlyDictionary<string, string>)cells;
        });
        await CatalogSheet.WriteAsync(output, CatalogSheet.CatalogHeaders, rows, "标准目录", ct);
    }

    /// <summary>Writes an .xlsx through a temporary file (MiniExcel streams rows into it) and sends it.</summary>
    public static async Task<IResult> XlsxAsync(HttpContext http, string fileName, Func<Stream, Task> write)
    {
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        await write(temp);
        temp.Position = 0;
        http.Response.RegisterForDisposeAsync(temp);
        return TypedResults.File(temp, Xlsx, fileName);
    }

    /// <summary>Uploads are copied to memory (at most <see cref="CatalogSheet.MaxBytes"/>) so the reader can seek.</summary>
    public static async Task<Stream> Buffer(IFormFile file, CancellationToken ct)
    {
        var copy = new MemoryStream();
        if (file.Length <= CatalogSheet.MaxBytes)
        {
            await file.CopyToAsync(copy, ct);
        }
        else
        {
            copy.Write(new byte[CatalogSheet.MaxBytes + 1]);
        }

        copy.Position = 0;
        return copy;
    }

    private static Results<NoContent, ProblemHttpResult> Answer(StepResult o) =>
        o.Ok ? TypedResults.NoContent() : o.ToProblem(forbidden: "您无权维护该市的试点领域分工。", ruleTitle: "无法处理的请求");

    private static async Task<IResult> AnswerAsync(StepResult<StandardCatalog> o, CatalogViews views, ZwgkDbContext db, CancellationToken ct, bool created = false)
    {
        if (!o.Ok)
        {
            return o.ToProblem(notFound: "目录或单位不存在。", forbidden: "您在该目录所属单位（或其上一级）没有此项权限。");
        }

        var c = o.Value!;
        var unit = await db.Organizations.Where(u => u.Id == c.UnitId).Select(u => u.Name).SingleAsync(ct);
        var dto = CatalogDto.From(c, unit, await views.ItemsAsync(c, ct), staff: true);
        return created ? TypedResults.Created($"/api/v1/catalogs/{c.Id}", dto) : TypedResults.Ok(dto);
    }
}
