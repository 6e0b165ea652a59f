using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Organizations;
using Zwgk.Web.Sites;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

public static class DocumentsApi
{
    public static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        var docs = api.MapGroup("/documents").WithTags("政府信息").Revises<Document>();

        docs.MapGet("/", async (int? site, int? unit, string? state, int? page, int? pageSize, UserAccess access, ZwgkDbContext db, TimeProvider clock, SiteLinks links, HttpRequest request, CancellationToken ct) =>
        {
            var query = await VisibleAsync(access, db, ct);
            if (site is int s)
            {
                query = query.Where(d => d.SiteId == s);
            }

            if (unit is int u)
            {
                query = query.Where(d => d.UnitId == u);
            }

            if (Enum.TryParse<DocumentState>(state, true, out var st))
            {
                query = query.Where(d => d.State == st);
            }

            var p = Math.Max(1, page ?? 1);
            var size = Math.Clamp(pageSize ?? 20, 1, 100);
            var total = await query.CountAsync(ct);
            var items = await query.OrderByDescending(d => d.PublishedAt ?? DateTime.MaxValue).ThenByDescending(d => d.Id).Skip((p - 1) * size).Take(size).ToListAsync(ct);
            var today = ChinaTime.Today(clock);
            var staff = (await access.GetAsync(ct)).HasAnywhere(Permission.ViewConsole);
            var url = await links.ForRequestAsync(db, request, ct);
            return TypedResults.Ok(new { total, page = p, pageSize = size, items = items.Select(d => DocumentDto.From(d, today, staff && !d.IsPublic, url(d.SiteId, $"/doc/{d.Id}"))) });
        }).AllowAnonymous().WithSummary("列出信息：公众只看到已发布的主动公开信息；工作人员另可看到本人有权编辑或审核的单位的稿件");

        docs.MapGet("/{id:int}", async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> (int id, UserAccess access, ZwgkDbContext db, DocumentService service, TimeProvider clock, SiteLinks links, HttpRequest request, CancellationToken ct) =>
        {
            var d = await service.LoadAsync(id, ct);
            if (d is null || !(d.IsPublic || await CanWorkOnAsync(access, db, d, ct)))
            {
                return Problems.NotFound("信息不存在或尚未公开。");
            }

            var url = await links.ForRequestAsync(db, request, ct);
            return TypedResults.Ok(DocumentDto.From(d, ChinaTime.Today(clock), includeHistory: await CanWorkOnAsync(access, db, d, ct), url(d.SiteId, $"/doc/{d.Id}")));
        }).AllowAnonymous();

        var edit = PermissionRequirement.PolicyName(Permission.EditContent);
        var review = PermissionRequirement.PolicyName(Permission.ReviewContent);

        docs.MapPost("/", async (DocumentInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.CreateDraftAsync(input.UnitId, input.ToContent(), input.ColumnId, ct), clock, created: true))
            .RequireAuthorization(edit).WithSummary("新建草稿（公开属性在起草时确定）");
        docs.MapPut("/{id:int}", async (int id, DocumentInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.EditAsync(id, input.ToContent(), input.ColumnId, ct), clock)).RequireAuthorization(edit);
        docs.MapPost("/{id:int}/submit", async (int id, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.SubmitAsync(id, ct), clock)).RequireAuthorization(edit).WithSummary("提交保密审查");
        docs.MapPost("/{id:int}/confidentiality-review", async (int id, OpinionInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.PassConfidentialityReviewAsync(id, input.Opinion ?? "", input.SameActorReason, ct), clock)).RequireAuthorization(review)
            .WithSummary("保密审查通过（记录审查人和意见）；起草人不能审查自己的稿件，站点放宽职责分离时须填写 sameActorReason");
        docs.MapPost("/{id:int}/filing", async (int id, FilingInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.RecordFilingAsync(id, input.Note, ct), clock)).RequireAuthorization(PermissionRequirement.PolicyName(Permission.SuperviseDisclosure))
            .WithSummary("政务公开工作机构备案：拟依申请公开或不予公开的政策性文件，报批（审签）前备案");
        docs.MapPost("/{id:int}/sign-off", async (int id, SignOffInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.SignOffAsync(id, input.WordingOverrideReason, input.PublishAt, input.SameActorReason, ct), clock)).RequireAuthorization(review)
            .WithSummary("审签：主动公开的立即或定时发布，其他归档；起草人不能审签自己的稿件");
        docs.MapPost("/{id:int}/return", async (int id, ReasonInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.ReturnAsync(id, input.Reason ?? "", ct), clock)).RequireAuthorization(review).WithSummary("退回修改（须填写理由）");
        docs.MapPost("/{id:int}/withdraw", async (int id, ReasonInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.WithdrawAsync(id, input.Reason ?? "", ct), clock)).RequireAuthorization(review).WithSummary("撤稿：立即从门户、订阅和搜索中移除");
        docs.MapPost("/{id:int}/correct", async (int id, CorrectionInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.PrepareCorrectionAsync(id, input.Content.ToContent(), input.Reason ?? "", ct), clock)).RequireAuthorization(edit)
            .WithSummary("起草或修改更正稿：已发布的版本保持公开，更正稿（正文和附件）经保密审查和审签后才作为新版本发布");
        docs.MapPost("/{id:int}/correction/submit", async (int id, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.SubmitCorrectionAsync(id, ct), clock)).RequireAuthorization(edit).WithSummary("提交更正稿保密审查");
        docs.MapPost("/{id:int}/correction/confidentiality-review", async (int id, OpinionInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.PassCorrectionReviewAsync(id, input.Opinion ?? "", input.SameActorReason, ct), clock)).RequireAuthorization(review)
            .WithSummary("更正稿保密审查通过；起草更正稿的人不能审查");
        docs.MapPost("/{id:int}/correction/sign-off", async (int id, SignOffInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.SignOffCorrectionAsync(id, input.WordingOverrideReason, input.SameActorReason, ct), clock)).RequireAuthorization(review)
            .WithSummary("更正稿审签：更正后的正文和附件作为新版本发布；有疑似错敏表述时须填写 wordingOverrideReason；起草更正稿的人不能审签");
        docs.MapPost("/{id:int}/correction/return", async (int id, ReasonInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.ReturnCorrectionAsync(id, input.Reason ?? "", ct), clock)).RequireAuthorization(review).WithSummary("退回更正稿（须填写理由）");
        docs.MapPost("/{id:int}/convert", async (int id, ReasonInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.ConvertToProactiveAsync(id, input.Reason ?? "", ct), clock)).RequireAuthorization(review).WithSummary("年度审查：转为主动公开并发布");
        docs.MapPost("/{id:int}/validity", async (int id, ValidityInput input, DocumentService s, TimeProvider clock, AnswerContext ctx, CancellationToken ct) =>
            await AnswerAsync(ctx, await s.DeclareValidityAsync(id, input.Validity, input.On, input.Reason ?? "", input.ByDocumentId, ct), clock)).RequireAuthorization(review)
            .WithSummary("声明失效、废止或已修改（可关联新文件）");
        docs.MapGet("/{id:int}/wording", async Task<Results<Ok<IReadOnlyList<WordingFinding>>, ProblemHttpResult>> (int id, UserAccess access, ZwgkDbContext db, DocumentService s, CancellationToken ct) =>
        {
            // A draft's findings are as private as the draft: only its unit's editors and reviewers see them.
            var d = await db.Documents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
            return d is null || !await CanWorkOnAsync(access, db, d, ct)
                ? Problems.NotFound("信息不存在，或不属于您可编辑的单位。")
                : TypedResults.Ok(await s.WordingFindingsAsync(d.Title, d.BodyHtml, ct));
        }).RequireAuthorization(edit).WithSummary("错敏词检查结果");
    }

    /// <summary>Everything the caller may see: public documents, plus all documents of units where they edit or review.</summary>
    public static Task<IQueryable<Document>> VisibleAsync(UserAccess access, ZwgkDbContext db, CancellationToken ct) =>
        db.Documents.AsNoTracking().PublicOrOwnAsync(Document.Visible, access, ct, Permission.EditContent, Permission.ReviewContent);

    public static async Task<bool> CanWorkOnAsync(UserAccess access, ZwgkDbContext db, Document d, CancellationToken ct)
    {
        var scope = await access.GetAsync(ct);
        if (scope.Grants.Count == 0)
        {
            return false;
        }

        var path = await db.UnitPathOfAsync(d.UnitId, ct);
        return scope.Has(Permission.EditContent, path) || scope.Has(Permission.ReviewContent, path);
    }

    /// <summary>What a step's answer needs besides the step: the sites' addresses for the document's public URL.</summary>
    public sealed record AnswerContext(ZwgkDbContext Db, SiteLinks Links, HttpContext Http)
    {
        public static ValueTask<AnswerContext?> BindAsync(HttpContext http) => ValueTask.FromResult<AnswerContext?>(new(
            http.RequestServices.GetRequiredService<ZwgkDbContext>(), http.RequestServices.GetRequiredService<SiteLinks>(), http));
    }

    private static async Task<Results<Ok<DocumentDto>, Created<DocumentDto>, ProblemHttpResult>> AnswerAsync(AnswerContext ctx, StepResult<Document> o, TimeProvider clock, bool created = false)
    {
        if (!o.Ok)
        {
            return o.ToProblem(notFound: "信息或单位不存在。", forbidden: "您在该信息所属单位没有此项权限。");
        }

        var d = o.Value!;
        var url = d.IsPublic ? (await ctx.Links.ForRequestAsync(ctx.Db, ctx.Http.Request, ctx.Http.RequestAborted))(d.SiteId, $"/doc/{d.Id}") : null;
        var dto = DocumentDto.From(d, ChinaTime.Today(clock), includeHistory: true, url);
        return created ? TypedResults.Created($"/api/v1/documents/{dto.Id}", dto) : TypedResults.Ok(dto);
    }
}
