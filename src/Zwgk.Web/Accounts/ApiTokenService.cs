using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Accounts;

/// <summary>Creates and revokes the signed-in user's own API tokens.</summary>
public sealed class ApiTokenService(ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock)
{
    /// <summary>Creates a token and returns its secret: the only time it is ever shown.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(string name, int? validDays, CancellationToken ct = default)
    {
        var userId = access.UserId ?? throw new InvalidOperationException("未登录。");
        var secret = ApiTokenSecrets.NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(name) ? "未命名令牌" : name.Trim(),
            Prefix = secret[..12],
            Hash = ApiTokenSecrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = validDays is > 0 ? now.AddDays(validDays.Value) : null,
        };
        audit.Action = "TokenCreated";
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, secret);
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
