using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Accounts;

public sealed record GrantDto(int Id, string Role, string RoleName, int UnitId, string UnitName);

public sealed record UserDto(string Id, string UserName, string DisplayName, string? Email, int HomeUnitId, bool IsDisabled, IReadOnlyList<GrantDto> Grants)
{
    public static UserDto From(AppUser u) => new(
        u.Id, u.UserName ?? "", u.DisplayName, u.Email, u.HomeUnitId, u.IsDisabled,
        u.Grants.Select(g => new GrantDto(g.Id, g.Role.ToString(), g.Role.DisplayName(), g.OrganizationId, g.Organization?.Name ?? "")).ToList());
}

public sealed record NewTokenInput(string Name, int? ValidDays);

public sealed record TokenDto(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt, string? Token = null)
{
    public static TokenDto From(ApiToken t, ApiTokenOptions options, string? secret = null) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiryOf(options), t.RevokedAt, t.LastUsedAt, secret);
}

public static class AccountsApi
{
    public static void MapAccountsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (UserAccess access, ZwgkDbContext db, CancellationToken ct) =>
        {
            var user = await db.Users.AsNoTracking().Include(u => u.Grants).ThenInclude(g => g.Organization).SingleAsync(u => u.Id == access.UserId, ct);
            var scope = await access.GetAsync(ct);
            return TypedResults.Ok(new
            {
                user = UserDto.From(user),
                permissions = Enum.GetValues<Permission>().Where(scope.HasAnywhere).Select(p => p.ToString()),
            });
        }).RequireAuthorization().WithTags("账号");

        var users = api.MapGroup("/users").WithTags("账号")
            .RequireAuthorization(PermissionRequirement.PolicyName(Permission.ManageUsers));

        users.MapGet("/", async (UserAdministration admin, CancellationToken ct) =>
        {
            var query = await admin.ManageableAsync(ct);
            var list = await query.AsNoTracking().Include(u => u.Grants).ThenInclude(g => g.Organization).OrderBy(u => u.UserName).ToListAsync(ct);
            return TypedResults.Ok(list.Select(UserDto.From));
        }).WithSummary("列出当前用户有权管理的账号");

        users.MapPost("/", async Task<Results<Created<UserDto>, ProblemHttpResult>> (NewUserInput input, UserAdministration admin, CancellationToken ct) =>
        {
            var outcome = await admin.CreateAsync(input, ct);
            return outcome.Ok ? TypedResults.Created($"/api/v1/users/{outcome.Value!.Id}", UserDto.From(outcome.Value))
                : outcome.ToProblem(forbidden: "您无权在该单位创建用户。");
        }).ProducesValidationProblem().WithSummary("新建账号，可同时在所属单位授予一个角色");

        users.MapPost("/{id}/grants", async Task<Results<Ok, ProblemHttpResult>> (string id, GrantInput input, UserAdministration admin, CancellationToken ct) =>
            Answer(await admin.GrantAsync(id, input, ct)))
            .ProducesValidationProblem().WithSummary("授予角色：不能授予超出自己所持权限的角色");

        users.MapDelete("/{id}/grants/{grantId:int}", async Task<Results<Ok, ProblemHttpResult>> (string id, int grantId, string? reason, UserAdministration admin, CancellationToken ct) =>
            Answer(await admin.RevokeAsync(id, grantId, reason, ct))).ProducesValidationProblem();

        var tokens = api.MapGroup("/tokens").WithTags("账号").RequireAuthorization();
        tokens.MapGet("/", async (ApiTokenService service, CancellationToken ct) =>
            TypedResults.Ok((await service.MineAsync(ct)).Select(t => TokenDto.From(t, service.Options))));
        tokens.MapPost("/", async Task<Results<Created<TokenDto>, ProblemHttpResult>> (NewTokenInput input, ApiTokenService service, CancellationToken ct) =>
        {
            var made = await service.CreateAsync(input.Name, input.ValidDays, ct);
            return made.Value is { } m
                ? TypedResults.Created($"/api/v1/tokens/{m.Token.Id}", TokenDto.From(m.Token, service.Options, m.Secret))
                : made.ToProblem();
        }).WithSummary("创建个人访问令牌（须登录管理后台，不能用令牌创建）：validDays 为1至最长天数（默认90、最长365天）；令牌明文只在此次返回");
        tokens.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, ApiTokenService service, CancellationToken ct) =>
            await service.RevokeAsync(id, ct) ? TypedResults.NoContent() : Problems.NotFound("令牌不存在或已撤销。"));
    }

    private static Results<Ok, ProblemHttpResult> Answer(StepResult<AppUser> outcome) =>
        outcome.Ok ? TypedResults.Ok() : outcome.ToProblem(forbidden: "该账号或单位不在您的管理范围内，或您不持有该角色的全部权限。");
}
