using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Documents;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Outbound;

public sealed record ChannelDto(int Id, int UnitId, string Name, ChannelKind Kind, string KindLabel, string? WebhookUrl, bool IncludeSubunits, bool Enabled,
    string FeedUrl, string JsonFeedUrl, DateTime CreatedAt, DateTime UpdatedAt, int Revision, string? Secret)
{
    public static ChannelDto From(OutboundChannel c, PublicLinks links, string? secret = null) => new(c.Id, c.UnitId, c.Name, c.Kind, c.Kind.DisplayName(),
        c.WebhookUrl, c.IncludeSubunits, c.Enabled, $"{links.BaseUrl}/channels/{c.Id}/feed", $"{links.BaseUrl}/channels/{c.Id}/feed.json", c.CreatedAt, c.UpdatedAt,
        c.Revision, secret);
}

public sealed record DeliveryDto(long Id, int ChannelId, string Channel, string Event, string EventLabel, int Version, DeliveryState State, string StateLabel,
    DateTime CreatedAt, int Attempts, DateTime? LastAttemptAt, int? LastStatusCode, string? LastError, DateTime? NextAttemptAt, DateTime? DeliveredAt,
    IReadOnlyList<AttemptRow>? AttemptLog)
{
    public static DeliveryDto From(DeliveryRow r, IReadOnlyList<AttemptRow>? attempts = null) => new(r.Id, r.ChannelId, r.Channel, r.Event.WireName(), r.Event.DisplayName(),
        r.Version, r.State, r.State.DisplayName(), r.CreatedAt, r.Attempts, r.LastAttemptAt, r.LastStatusCode, r.LastError, r.NextAttemptAt, r.DeliveredAt, attempts);
}

/// <summary>同源发布 channels and their deliveries under /api/v1/outbound; a document's deliveries under /api/v1/documents/{id}/deliveries.</summary>
public static class OutboundApi
{
    public static void MapOutboundApi(this RouteGroupBuilder api)
    {
        var manage = PermissionRequirement.PolicyName(Permission.ManageSites);
        var channels = api.MapGroup("/outbound/channels").WithTags("同源发布").RequireAuthorization(manage);

        channels.MapGet("/", async (OutboundChannels service, PublicLinks links, CancellationToken ct) =>
            TypedResults.Ok((await (await service.VisibleAsync(ct)).AsNoTracking().OrderBy(c => c.UnitId).ThenBy(c => c.Id).ToListAsync(ct)).Select(c => ChannelDto.From(c, links))))
            .WithSummary("本人管理范围内各单位的同源发布渠道");

        channels.MapGet("/{id:int}", async Task<Results<Ok<ChannelDto>, ProblemHttpResult>> (int id, OutboundChannels service, PublicLinks links, CancellationToken ct) =>
            await service.FindAsync(id, ct) is { } c ? TypedResults.Ok(ChannelDto.From(c, links)) : Problems.NotFound("渠道不存在。"));

        channels.MapPost("/", async Task<Results<Created<ChannelDto>, ProblemHttpResult>> (ChannelInput input, OutboundChannels service, PublicLinks links, CancellationToken ct) =>
        {
            var o = await service.CreateAsync(input, ct);
            return o.Ok ? TypedResults.Created($"/api/v1/outbound/channels/{o.Value!.Channel.Id}", ChannelDto.From(o.Value.Channel, links, o.Value.Secret)) : o.ToProblem();
        }).ProducesValidationProblem().WithSummary("新建渠道；有推送地址时答复中的 secret 是签名密钥，只显示这一次");

        channels.MapPut("/{id:int}", async Task<Results<Ok<ChannelDto>, ProblemHttpResult>> (int id, ChannelInput input, OutboundChannels service, PublicLinks links, CancellationToken ct) =>
        {
            var o = await service.UpdateAsync(id, input, ct);
            return o.Ok ? TypedResults.Ok(ChannelDto.From(o.Value!.Channel, links, o.Value.Secret)) : o.ToProblem();
        }).ProducesValidationProblem().Revises<OutboundChannel>()
          .WithSummary("修改或停用（enabled=false）渠道；请求头 If-Match 带上读取时的 revision");

        channels.MapPost("/{id:int}/secret", async Task<Results<Ok<ChannelDto>, ProblemHttpResult>> (int id, OutboundChannels service, PublicLinks links, CancellationToken ct) =>
        {
            var o = await service.RenewSecretAsync(id, ct);
            return o.Ok ? TypedResults.Ok(ChannelDto.From(o.Value!.Channel, links, o.Value.Secret)) : o.ToProblem();
        }).WithSummary("重新生成签名密钥（旧密钥立即失效；新密钥只显示这一次）");

        channels.MapGet("/{id:int}/deliveries", async Task<Results<Ok<IEnumerable<DeliveryDto>>, ProblemHttpResult>> (int id, int? take, OutboundChannels service, OutboundStatus status, CancellationToken ct) =>
        {
            if (await service.FindAsync(id, ct) is null)
            {
                return Problems.NotFound("渠道不存在。");
            }

            var rows = await status.ForChannelAsync(id, Math.Clamp(take ?? 100, 1, 500), ct);
            var attempts = (await status.AttemptsAsync(rows.Select(r => r.Id).ToList(), ct)).ToLookup(a => a.DeliveryId);
            return TypedResults.Ok(rows.Select(r => DeliveryDto.From(r, attempts[r.Id].ToList())));
        }).WithSummary("渠道的发送记录（每次尝试的时间、状态码、错误）");

        api.MapPost("/outbound/deliveries/{id:long}/retry", async Task<Results<Ok, ProblemHttpResult>> (long id, OutboundChannels service, CancellationToken ct) =>
        {
            var o = await service.RetryAsync(id, ct);
            return o.Ok ? TypedResults.Ok() : o.ToProblem();
        }).RequireAuthorization(manage).WithTags("同源发布").WithSummary("重新发送一条失败的消息");

        api.MapGet("/documents/{id:int}/deliveries", async Task<Results<Ok<IEnumerable<DeliveryDto>>, ProblemHttpResult>> (int id, UserAccess access, ZwgkDbContext db, DocumentService documents, OutboundStatus status, CancellationToken ct) =>
        {
            var d = await documents.LoadAsync(id, ct);
            if (d is null || !await DocumentsApi.CanWorkOnAsync(access, db, d, ct))
            {
                return Problems.NotFound("信息不存在，或不属于您可操作的单位。");
            }

            return TypedResults.Ok((await status.ForDocumentAsync(id, ct)).Select(r => DeliveryDto.From(r)));
        }).RequireAuthorization().WithTags("同源发布").WithSummary("信息推送到了哪些渠道、何时送达（送达/失败/待发送）");
    }
}
