using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Accounts;

public static class AuthSchemes
{
    /// <summary>Picks the token scheme when a Bearer header is present, otherwise the sign-in cookie.</summary>
    public const string Smart = "Zwgk";

    public const string ApiToken = "ApiToken";
}

/// <summary>Personal API tokens: "zwgk_" + 40 random characters, stored only as a SHA-256 hash.</summary>
public static class ApiTokenSecrets
{
    public const string TokenPrefix = "zwgk_";

    public static string NewToken() =>
        TokenPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ZwgkDbContext db,
    TimeProvider clock,
    IOptions<ApiTokenOptions> lifetimes)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(ApiTokenSecrets.TokenPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("无效的访问令牌。");
        }

        var hash = ApiTokenSecrets.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.Hash == hash);
        if (found?.User is null || !found.IsActiveAt(now, lifetimes.Value) || found.User.IsDisabled)
        {
            return AuthenticateResult.Fail("访问令牌无效、已过期或已撤销。");
        }

        // Record use at most hourly so reads do not turn into writes on every call.
        if (found.LastUsedAt is null || now - found.LastUsedAt > TimeSpan.FromHours(1))
        {
            found.LastUsedAt = now;
            await db.SaveChangesAsync();
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, found.UserId),
                new Claim(ClaimTypes.Name, found.User.UserName ?? found.UserId),
            ],
            AuthSchemes.ApiToken);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.ApiToken));
    }
}
