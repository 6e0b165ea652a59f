using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Requests;
using Zwgk.Web.Accounts;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests;

public sealed record TrackingInput(string? TrackingNumber, string? AccessCode);

/// <summary>A person who may be named 承办人, with the units (ids) whose cases they may take.</summary>
public sealed record HandlerChoiceDto(string UserId, string Name, string Unit, string Label, IReadOnlyList<int> UnitIds);

public static class RequestsApi
{
    public const string TrackingPolicy = "request-tracking";
    public const string SubmissionPolicy = "request-submission";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapRequestsApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/requests").WithTags("依申请公开").Revises<InformationRequest>();
        var handle = PermissionRequirement.PolicyName(Permission.HandleRequests);

        requests.MapGet("/", async (int? unit, string? state, RequestService service, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, CancellationToken ct) =>
        {
            var query = await service.VisibleAsync(ct);
            if (unit is int u)
            {
                query = query.Where(r => r.UnitId == u || r.HandlingUnitId == u);
            }

            if (Enum.TryParse<RequestState>(state, true, out var st))
            {
                query = query.Where(r => r.State == st);
            }

            var calendar = await calendars.ForDeadlinesAsync(ct);
            var today = ChinaTime.Today(clock);
            var items = await query.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.Id).Take(500).ToListAsync(ct);
            return TypedResults.Ok(items.Select(r =>
            {
                var s = r.DueStatusOn(calendar, today, options.Value.DueSoonWorkingDays);
                return new { r.Id, r.TrackingNumber, r.UnitId, r.HandlingUnitId, r.State, applicant = r.Applicant.Name, r.ReceivedOn, r.DueOn, dueStatus = s, dueStatusName = s.DisplayName() };
            }));
        }).RequireAuthorization(handle).WithSummary("本人可办理的申请，按答复期限排列（含即将到期、已超期状态）");

        requests.MapPost("/", async Task<Results<Created<object>, ProblemHttpResult>> (RegistrationInput input, RequestService service, ZwgkDbContext db, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, CancellationToken ct) =>
        {
            var result = await service.RegisterAsync(input, ct);
            if (!result.Ok)
            {
                return Problem(result);
            }

            var dto = await DtoAsync(result.Value!.Request, db, calendars, clock, options, ct);
            return TypedResults.Created($"/api/v1/requests/{dto.Id}", (object)new { request = dto, accessCode = result.Value.AccessCode });
        }).RequireAuthorization(handle).WithSummary("登记申请（当面、邮寄、信函、传真、电子邮件或其他网上渠道；须写明收到日期）；查询码只在此返回一次");

        requests.MapGet("/{id:int}", async Task<Results<Ok<RequestDto>, ProblemHttpResult>> (int id, RequestService service, ZwgkDbContext db, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, CancellationToken ct) =>
        {
            var r = await service.LoadAsync(id, ct);
            if (r is null || !(await service.MayAsync(r, Permission.HandleRequests, ct) || await service.MayAsync(r, Permission.ApproveRequests, ct)))
            {
                return Problems.NotFound("申请不存在，或不属于您可办理的单位。");
            }

            return TypedResults.Ok(await DtoAsync(r, db, calendars, clock, options, ct));
        }).RequireAuthorization(handle).WithSummary("一件申请：状态、答复期限 dueOn、征求意见、文书和全部办理记录");

        requests.MapGet("/{id:int}/handlers", async Task<Results<Ok<List<HandlerChoiceDto>>, ProblemHttpResult>> (int id, int? unit, RequestService service, RequestHandlers handlers, ZwgkDbContext db, CancellationToken ct) =>
        {
            var r = await service.LoadAsync(id, ct);
            if (r is null || !await service.MayAsync(r, Permission.HandleRequests, ct))
            {
                return Problems.NotFound("申请不存在，或不属于您可办理的单位。");
            }

            var agency = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == r.UnitId, ct);
            var units = await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(agency.Path) && (unit == null || o.Id == unit)).ToListAsync(ct);
            var all = await handlers.InAgencyAsync(agency, ct);
            return TypedResults.Ok(all.Select(h => new HandlerChoiceDto(h.Handler.UserId, h.Handler.Name, h.Handler.Unit, h.Handler.Label,
                units.Where(u => h.Paths.Any(p => u.UnitPath.IsWithin(Zwgk.Domain.Organizations.UnitPath.Parse(p)))).Select(u => u.Id).ToList()))
                .Where(h => h.UnitIds.Count > 0).ToList());
        }).RequireAuthorization(handle).WithSummary("可选的承办人：在受理机关及其下属单位持有依申请公开办理人角色的人员，及其可承办的单位（unitIds）；分办时以 handlerUserId 指定");

        // One endpoint per step, so that the OpenAPI description gives each step the schema of its own input type.
        foreach (var step in RequestService.Actions.Values)
        {
            requests.MapPost("/{id:int}/" + step.Name, async Task<Results<Ok<RequestDto>, ProblemHttpResult>> (int id, HttpRequest request, RequestService service, ZwgkDbContext db, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, CancellationToken ct) =>
            {
                // Read with the API's JSON options, so text is cleaned at the boundary as everywhere else.
                var result = await service.ActAsync(id, step.Name, await StepInputs.ReadJsonAsync(request, step.Input, ct), ct);
                return result.Ok ? TypedResults.Ok(await DtoAsync(result.Value!, db, calendars, clock, options, ct)) : Problem(result);
            }).RequireAuthorization(handle).Accepts(step.Input, "application/json")
                .WithName("RequestStep_" + step.Name).WithSummary($"办理步骤 {step.Name}（{step.Done.TrimEnd('。')}）");
        }

        requests.MapGet("/{id:int}/letters/{letterId:int}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, int letterId, RequestService service, ZwgkDbContext db, CancellationToken ct) =>
        {
            var r = await service.LoadAsync(id, ct);
            var letter = r is null || !await service.MayAsync(r, Permission.HandleRequests, ct) ? null
                : await db.Set<RequestLetter>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId && l.RequestId == id, ct);
            return letter is null ? Problems.NotFound("文书不存在。") : TypedResults.File(letter.Docx, DocxType, letter.FileName);
        }).RequireAuthorization(handle).WithSummary("下载已出具（冻结）的文书 DOCX");

        requests.MapPost("/status", async Task<Results<Ok<PublicRequestDto>, ProblemHttpResult>> (TrackingInput input, RequestService service, PublicTracking tracking, CancellationToken ct) =>
        {
            var r = await service.TrackAsync(input.TrackingNumber, input.AccessCode, ct);
            return r is null ? Problems.NotFound(PublicTracking.NotFoundMessage, "未查到申请") : TypedResults.Ok(await tracking.ViewAsync(r, ct));
        }).AllowAnonymous().RequireRateLimiting(TrackingPolicy).WithSummary("公众凭申请编号和查询码查询办理进度（限制频率）");

        requests.MapPost("/status/letters/{letterId:int}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int letterId, TrackingInput input, RequestService service, ZwgkDbContext db, CancellationToken ct) =>
        {
            var r = await service.TrackAsync(input.TrackingNumber, input.AccessCode, ct);
            var letter = r is null ? null : await db.Set<RequestLetter>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId && l.RequestId == r.Id && l.ForApplicant, ct);
            return letter is null ? Problems.NotFound(PublicTracking.NotFoundMessage, "未查到申请") : TypedResults.File(letter.Docx, DocxType, letter.FileName);
        }).AllowAnonymous().RequireRateLimiting(TrackingPolicy).WithSummary("公众下载本人申请的告知书或答复书");

        requests.MapRequestFilesApi();
        Reports.RequestReportsApi.MapRequestReportsApi(api);
    }

    private static async Task<RequestDto> DtoAsync(InformationRequest r, ZwgkDbContext db, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, CancellationToken ct)
    {
        var letters = await db.Set<RequestLetter>().AsNoTracking().Where(l => l.RequestId == r.Id).ToListAsync(ct);
        return RequestDto.From(r, await calendars.ForDeadlinesAsync(ct), ChinaTime.Today(clock), options.Value.DueSoonWorkingDays, letters);
    }

    private static ProblemHttpResult Problem(StepResult result) =>
        result.ToProblem(notFound: "申请、单位或办理步骤不存在。", forbidden: "您没有此项办理权限（审批和延期须由负责人办理）。", ruleTitle: "不符合办理规则");
}
