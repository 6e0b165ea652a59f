using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Demo;

/// <summary>
/// Demo seeds take each step as the demo account whose role takes it, so the demo data passes 职责分离 the way
/// real work does (the drafter never reviews or signs off their own document).
/// </summary>
public static class DemoActing
{
    public static async Task ActAsAsync(this ZwgkDbContext db, UserAccess access, AuditContext audit, string userName, CancellationToken ct = default)
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName, ct);
        access.ActAs(user.Id, user.UserName!);
        audit.UserId = user.Id;
        audit.Actor = user.UserName!;
    }
}
