using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Requests;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Requests;

/// <summary>The real host with a fake clock (Mon 2026-03-02 09:00 China time), a fake mailer and a handler of 莱阳市 besides the demo accounts.</summary>
public class RequestFixture : IAsyncLifetime
{
    public static readonly (string User, string Password) HaiyangHandler = ("handler", "Zwgk2026Handler");
    public static readonly (string User, string Password) LaiyangHandler = ("lyhandler", "Zwgk2026Laiyang");

    public ZwgkFactory Factory { get; } = new();

    public RequestFixture()
        : this(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero))
    {
    }

    protected RequestFixture(DateTimeOffset start) => Clock = new FakeTimeProvider(start);

    public FakeTimeProvider Clock { get; }

    public FakeMailer Mailer { get; } = new();

    public async Task InitializeAsync()
    {
        Factory.ConfigureServices = s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton<IRequestMailer>(Mailer);
        };
        await ((IAsyncLifetime)Factory).InitializeAsync();
        await using var scope = Factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
        var laiyang = await db.Organizations.SingleAsync(o => o.ShortName == "莱阳市");
        var user = new AppUser { UserName = LaiyangHandler.User, DisplayName = "莱阳市依申请公开办理人", HomeUnitId = laiyang.Id, CreatedAt = DateTime.UtcNow, Email = "ly@example.com" };
        (await users.CreateAsync(user, LaiyangHandler.Password)).Succeeded.ShouldBeTrue();
        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.RequestHandler, OrganizationId = laiyang.Id, GrantedAt = DateTime.UtcNow, GrantedBy = "测试" });
        var handler = await users.FindByNameAsync(HaiyangHandler.User);
        handler!.Email = "handler@haiyang.example";
        await users.UpdateAsync(handler);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();

    public void Advance(int days) => Clock.Advance(TimeSpan.FromDays(days));

    /// <summary>Moves the clock forward to 10:00 China time on the day.</summary>
    public void MoveTo(string isoDay) => Clock.SetUtcNow(new DateTimeOffset(DateOnly.Parse(isoDay, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
}

/// <summary>The same host with the clock starting in mid-December 2024, to live through a whole report year.</summary>
public sealed class ReportYearFixture : RequestFixture
{
    public ReportYearFixture()
        : base(new DateTimeOffset(2024, 12, 16, 2, 0, 0, TimeSpan.Zero))
    {
    }
}

public sealed class FakeMailer : IRequestMailer
{
    public List<(string To, string Subject, string Body)> Sent { get; } = [];

    public bool IsEnabled => true;

    public Task SendAsync(string recipient, string subject, string body, CancellationToken ct)
    {
        lock (Sent)
        {
            Sent.Add((recipient, subject, body));
        }

        return Task.CompletedTask;
    }
}

internal static class RequestHttp
{
    public static void ShouldBeTrue(this bool value) => Assert.True(value);

    public static object Person(int unitId, string receivedOn, string name = "张三", string info = "2025年东村街道老旧小区改造项目的资金使用情况", string channel = "InPerson") => new
    {
        unitId,
        channel,
        receivedOn,
        receiptNote = channel is "InPerson" or "RegisteredPost" or "Online" ? null : "电话与申请人确认",
        applicantKind = "NaturalPerson",
        name,
        idType = "ResidentIdCard",
        idNumber = "370687199001011232",
        phone = "13800000000",
        address = "山东省海阳市东村街道海政路1号",
        informationSought = info,
        form = "Electronic",
        delivery = "Online",
    };

    public static async Task<JsonElement> RegisterAsync(HttpClient staff, object input)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/requests", input);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body.ToString());
        return body;
    }

    public static async Task<JsonElement> ActAsync(HttpClient staff, int id, string action, object? input = null)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/requests/{id}/{action}", input ?? new { });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{action}: {response.StatusCode} {body}");
        return body;
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).ToString();
}
