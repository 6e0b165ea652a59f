using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zwgk.Web.Accounts.Sessions;

/// <summary>
/// A signed-in console session (docs/adr/0018). The cookie names it; the row existing is what keeps the cookie valid,
/// so ending a session on one instance ends it on all of them.
/// </summary>
public sealed class UserSession
{
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>When the cookie, unless renewed, stops being accepted; rows past it are swept at the next sign-in.</summary>
    public DateTime ExpiresAt { get; set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("UserSessions");
        b.Property(s => s.Id).HasMaxLength(32);
        b.HasIndex(s => s.UserId);
        b.HasIndex(s => s.ExpiresAt);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
