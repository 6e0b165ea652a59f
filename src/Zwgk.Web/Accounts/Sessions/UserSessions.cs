using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Accounts.Sessions;

/// <summary>Starts, checks and ends console sessions in the database shared by every instance.</summary>
public sealed class UserSessions(ZwgkDbContext db, TimeProvider clock)
{
    /// <summary>The claim in the auth cookie that names the session.</summary>
    public const string ClaimType = "zwgk:sid";

    public static string? IdOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(ClaimType);

    /// <summary>Opens a session for the user and returns its id; expired rows are swept here, not by a job.</summary>
    public async Task<string> StartAsync(string userId, TimeSpan lifetime, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<UserSession>().Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(ct);
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            UserId = userId,
            CreatedAt = now,
            ExpiresAt = now + 2 * lifetime,
        };
        db.Set<UserSession>().Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>
    /// One primary-key lookup per authenticated request. The row outlives the cookie (twice its lifetime, pushed on
    /// when less than one lifetime is left), so a cookie the handler still accepts never finds its row swept.
    /// </summary>
    public async Task<bool> IsLiveAsync(string sessionId, TimeSpan lifetime, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = await db.Set<UserSession>().Where(s => s.Id == sessionId).Select(s => (DateTime?)s.ExpiresAt).SingleOrDefaultAsync(ct);
        if (expires is null)
        {
            return false;
        }

        if (expires < now + lifetime)
        {
            await db.Set<UserSession>().Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresAt, now + 2 * lifetime), ct);
        }

        return true;
    }

    public Task EndAsync(string sessionId, CancellationToken ct = default) =>
        db.Set<UserSession>().Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct);

    /// <summary>Signs the user out everywhere: disabled, or their grants changed.</summary>
    public Task EndAllAsync(string userId, CancellationToken ct = default) =>
        db.Set<UserSession>().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
}
