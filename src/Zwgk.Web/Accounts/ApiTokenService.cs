using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Accounts;

/// <summary>Creates and revokes the signed-in user's own API tokens.</summary>
public sealed class ApiTokenService(ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock, IHttpContextAccessor http, IOptions<ApiTokenOptions> options)
{
    /// <summary>A new token and its secret: the only time the secret is ever shown.</summary>
    public sealed record NewToken(ApiToken Token, string Secret);

    public ApiTokenOptions Options => options.Value;

    /// <summary>
    /// Creates a token of <paramref name="validDays"/> days (null: the default lifetime). Only a person signed in with
    /// the console cookie may: a token that could mint tokens would outlive its own expiry and revocation.
    /// </summary>
    public async Task<StepResult<NewToken>> CreateAsync(string name, int? validDays, CancellationToken ct = default)
    {
        var userId = access.UserId ?? throw new InvalidOperationException("未登录。");
        if (http.HttpContext?.User.Identity?.AuthenticationType != IdentityConstants.ApplicationScheme)
        {
            return StepResult.Denied<NewToken>(detail: "访问令牌只能由本人登录管理后台后创建，不能用访问令牌创建。");
        }

        if (Options.LifetimeError(validDays) is { } error)
        {
            return StepResult.Invalid<NewToken>(new Dictionary<string, string[]> { ["ValidDays"] = [error] });
        }

        var secret = ApiTokenSecrets.NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(name) ? "未命名令牌" : name.Trim(),
            Prefix = secret[..12],
            Hash = ApiTokenSecrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(validDays ?? Options.DefaultLifetimeDays),
        };
        audit.Action = "TokenCreated";
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return StepResult.Done(new NewToken(token, secret));
    }

    public async Task<bool> RevokeAsync(int id, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.Id == id && t.UserId == access.UserId, ct);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }

        audit.Action = "TokenRevoked";
        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<List<ApiToken>> MineAsync(CancellationToken ct = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == access.UserId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
}
