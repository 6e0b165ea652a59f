using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Web.Calendar;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Jobs;

namespace Zwgk.Web.Requests;

/// <summary>
/// Finds requests that are due soon or overdue, consultations past their answer period, lapsed clarifications and unpaid fees;
/// writes one in-app reminder per request, kind and deadline, and e-mails the handlers of the unit when mail is on.
/// Lapsed fees also release the paused clock (国办函〔2020〕109号). Safe to run often: nothing is repeated.
/// </summary>
public sealed class RequestReminders(ZwgkDbContext db, CalendarService calendars, TimeProvider clock, IOptions<RequestOptions> options, IRequestMailer mailer, ILogger<RequestReminders> logger)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var calendar = await calendars.ForDeadlinesAsync(ct);
        var open = await db.Set<InformationRequest>().Include(r => r.Consultations)
            .Where(r => r.State != RequestState.Replied && r.State != RequestState.Delivered && r.State != RequestState.Archived)
            .ToListAsync(ct);
        var existing = (await db.Set<RequestReminder>().AsNoTracking().Select(x => new { x.RequestId, x.Kind, x.DueOn }).ToListAsync(ct))
            .Select(x => (x.RequestId, x.Kind, x.DueOn)).ToHashSet();
        var added = new List<RequestReminder>();
        foreach (var r in open)
        {
            if (r.LapseFee(calendar, today))
            {
                Add(r, ReminderKind.FeeLapsed, r.FeePaymentDueOn!.Value, $"申请 {r.TrackingNumber} 缴费期限 {r.FeePaymentDueOn:yyyy-MM-dd} 已届满未缴费，可按“逾期未缴费”作出处理。");
            }

            switch (r.DueStatusOn(calendar, today, options.Value.DueSoonWorkingDays))
            {
                case DueStatus.DueSoon:
                    Add(r, ReminderKind.DueSoon, r.DueOn!.Value, $"申请 {r.TrackingNumber} 将于 {r.DueOn:yyyy-MM-dd} 到期，请及时答复。");
                    break;
                case DueStatus.Overdue:
                    Add(r, ReminderKind.Overdue, r.DueOn!.Value, $"申请 {r.TrackingNumber} 已超过答复期限 {r.DueOn:yyyy-MM-dd}！");
                    break;
            }

            foreach (var c in r.Consultations.Where(c => c.IsOpen && today > c.DueOn))
            {
                Add(r, ReminderKind.ConsultationOverdue, c.DueOn, $"申请 {r.TrackingNumber} 的{c.Kind.DisplayName()}（{c.Party}）已于 {c.DueOn:yyyy-MM-dd} 届满，请记录答复或按逾期处理。");
            }

            if (r.ClarificationLapsedOn(today))
            {
                Add(r, ReminderKind.ClarificationLapsed, r.ClarificationDeadline!.Value, $"申请 {r.TrackingNumber} 的补正期限 {r.ClarificationDeadline:yyyy-MM-dd} 已届满，申请人未补正。");
            }
        }

        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        if (mailer.IsEnabled && added.Count > 0)
        {
            await MailAsync(added, now, ct);
        }

        return added.Count;

        void Add(InformationRequest r, ReminderKind kind, DateOnly due, string message)
        {
            if (existing.Add((r.Id, kind, due)))
            {
                added.Add(new RequestReminder { RequestId = r.Id, UnitId = r.HandlingUnitId ?? r.UnitId, Kind = kind, DueOn = due, Message = message, CreatedAt = now });
            }
        }
    }

    /// <summary>
    /// One e-mail per person with an address, listing the new reminders of the cases they act on (<see cref="RequestAudience"/>):
    /// the case's 承办人; when none is named, who handles requests in its unit; while the reply awaits approval, who approves.
    /// </summary>
    private async Task MailAsync(IReadOnlyList<RequestReminder> reminders, DateTime now, CancellationToken ct)
    {
        var ids = reminders.Select(x => x.RequestId).Distinct().ToList();
        var cases = await db.Set<InformationRequest>().AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.UnitId, r.HandlingUnitId, r.HandlerUserId, r.State }).ToDictionaryAsync(r => r.Id, ct);
        var unitIds = cases.Values.SelectMany(r => new[] { r.UnitId, r.HandlingUnitId ?? r.UnitId }).Distinct().ToList();
        var paths = await db.Organizations.AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => UnitPath.Parse(o.Path), ct);
        var roles = Enum.GetValues<Role>().Where(role => role != Role.SystemAdmin && (role.Grants(Permission.HandleRequests) || role.Grants(Permission.ApproveRequests))).ToList();
        var grants = (await db.RoleGrants.AsNoTracking().Where(g => roles.Contains(g.Role) && g.User!.Email != null && !g.User.IsDisabled)
            .Select(g => new { g.UserId, g.User!.Email, g.Role, g.Organization!.Path }).ToListAsync(ct))
            .Select(g => (g.UserId, Email: g.Email!, g.Role, Path: UnitPath.Parse(g.Path))).ToList();
        var named = cases.Values.Select(r => r.HandlerUserId).OfType<string>().Distinct().ToList();
        var handlerMail = await db.Users.AsNoTracking().Where(u => named.Contains(u.Id) && u.Email != null && !u.IsDisabled).ToDictionaryAsync(u => u.Id, u => u.Email!, ct);

        IEnumerable<string> Recipients(RequestReminder x)
        {
            var r = cases[x.RequestId];
            var handling = paths[r.HandlingUnitId ?? r.UnitId];
            var agency = paths[r.UnitId];
            var to = r.HandlerUserId is { } uid
                ? handlerMail.TryGetValue(uid, out var mail) ? [mail] : new List<string>()
                : grants.Where(g => g.Role.Grants(Permission.HandleRequests) && (handling.IsWithin(g.Path) || agency.IsWithin(g.Path))).Select(g => g.Email).ToList();
            if (r.State == RequestState.AwaitingApproval)
            {
                to.AddRange(grants.Where(g => g.Role.Grants(Permission.ApproveRequests) && agency.IsWithin(g.Path)).Select(g => g.Email));
            }

            return to;
        }

        foreach (var person in reminders.SelectMany(x => Recipients(x).Select(email => (Email: email, Reminder: x))).GroupBy(p => p.Email, StringComparer.OrdinalIgnoreCase))
        {
            var mine = person.Select(p => p.Reminder).Distinct().ToList();
            try
            {
                await mailer.SendAsync(person.Key, $"【依申请公开】{mine.Count} 条期限提醒", string.Join("\n", mine.Select(x => x.Message)) + "\n\n请登录政务公开管理后台处理。", ct);
                mine.ForEach(x => x.EmailedAt = now);
            }
            catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                logger.LogWarning(e, "提醒邮件发送失败：{Email}", person.Key);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Runs the reminders every 15 minutes, on one instance of the cluster at a time.</summary>
public sealed class RequestReminderJob(ILogger<RequestReminderJob> logger) : IJob
{
    public string Name => "request-reminders";

    public TimeSpan Interval => TimeSpan.FromMinutes(15);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var added = await services.GetRequiredService<RequestReminders>().RunAsync(ct);
        if (added > 0)
        {
            logger.LogInformation("生成了 {Count} 条依申请公开期限提醒", added);
        }
    }
}
