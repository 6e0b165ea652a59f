using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
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

    /// <summary>One e-mail per handler with an address, listing their units' new reminders.</summary>
    private async Task MailAsync(IReadOnlyList<RequestReminder> reminders, DateTime now, CancellationToken ct)
    {
        var units = await db.Organizations.AsNoTracking().Where(o => reminders.Select(x => x.UnitId).Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToListAsync(ct);
        var handlerRoles = Enum.GetValues<Role>().Where(role => role.Grants(Permission.HandleRequests)).ToList();
        var grants = await db.RoleGrants.AsNoTracking().Where(g => handlerRoles.Contains(g.Role) && g.Role != Role.SystemAdmin && g.User!.Email != null && !g.User.IsDisabled)
            .Select(g => new { g.User!.Email, g.Organization!.Path }).ToListAsync(ct);
        foreach (var handler in grants.GroupBy(g => g.Email!))
        {
            var mine = reminders.Where(x => units.Any(u => u.Id == x.UnitId && handler.Any(h => u.Path.StartsWith(h.Path, StringComparison.Ordinal)))).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            try
            {
                await mailer.SendAsync(handler.Key, $"【依申请公开】{mine.Count} 条期限提醒", string.Join("\n", mine.Select(x => x.Message)) + "\n\n请登录政务公开管理后台处理。", ct);
                mine.ForEach(x => x.EmailedAt = now);
            }
            catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                logger.LogWarning(e, "提醒邮件发送失败：{Email}", handler.Key);
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
