using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Zwgk.Web.Outbound;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Outbound;

/// <summary>The real host with a movable clock, webhooks allowed to loopback, and the delivery job's own turns far apart (tests run the rounds).</summary>
public sealed class OutboundFactory : IAsyncLifetime
{
    public ZwgkFactory Factory { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public static void Configure(ZwgkFactory factory)
    {
        factory.Settings["Outbound:AllowPrivateNetworks"] = "true";
        factory.Settings["Outbound:Interval"] = "01:00:00";
        factory.Settings["Outbound:PortalUrl"] = "http://localhost";
    }

    public async Task InitializeAsync()
    {
        Configure(Factory);
        Factory.ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock);
        await ((IAsyncLifetime)Factory).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();
}

/// <summary>同源发布 (seed 000 §三(三)2): channels per unit, signed webhooks from the outbox, retries, the delivery log and feeds.</summary>
public sealed class OutboundTests(OutboundFactory fx) : IClassFixture<OutboundFactory>
{
    private ZwgkFactory Factory => fx.Factory;

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    internal static async Task<(int Id, string Secret)> CreateChannelAsync(HttpClient client, int unitId, string url, string name = "海阳发布微信公众号")
    {
        var created = await client.PostAsJsonAsync("/api/v1/outbound/channels", new { unitId, name, kind = "NewMedia", webhookUrl = url, includeSubunits = true, enabled = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await Json(created);
        return (json.GetProperty("id").GetInt32(), json.GetProperty("secret").GetString()!);
    }

    /// <summary>Drafted by the office, reviewed and signed off by the reviewer (the drafter does not approve their own document).</summary>
    internal static async Task<int> PublishAsync(ZwgkFactory factory, string title)
    {
        var office = await factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var reviewer = await factory.AsUserAsync(DemoAccounts.HaiyangReviewer);
        var unit = await factory.UnitIdAsync("海阳市");
        var created = await office.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(unit, title));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetInt32();
        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密，同意公开。" })).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { })).EnsureSuccessStatusCode();
        return id;
    }

    internal static async Task<int> DeliverAsync(ZwgkFactory factory)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<OutboundDispatcher>().DeliverDueAsync();
    }

    /// <summary>A PUT with the revision read (If-Match), as every edit of a revised record needs.</summary>
    internal static async Task<HttpResponseMessage> PutChannelAsync(HttpClient client, int id, object body, int revision = 0)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/outbound/channels/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await client.SendAsync(request);
    }

    private bool Signed(WebhookReceiver.Received r, string secret) =>
        WebhookSignature.Verify(secret, r.Headers.GetValueOrDefault(WebhookSignature.TimestampHeader), r.Headers.GetValueOrDefault(WebhookSignature.SignatureHeader),
            r.Body, fx.Clock.GetUtcNow(), TimeSpan.FromMinutes(5));

    [Fact]
    public async Task Channels_belong_to_their_unit_no_other_unit_sees_them_and_every_change_is_audited_without_the_secret()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var admin = Factory.WithToken(DemoAccounts.AdminToken);
        var haiyang = await Factory.UnitIdAsync("海阳市");
        var laiyang = await Factory.UnitIdAsync("莱阳市");

        var (mine, secret) = await CreateChannelAsync(office, haiyang, "https://wx.example.cn/hook");
        Assert.StartsWith("whsec_", secret);
        var (theirs, _) = await CreateChannelAsync(admin, laiyang, "https://laiyang.example.cn/hook", "莱阳发布");

        // The office of Haiyang may not make a channel for Laiyang, nor see, change or re-key Laiyang's.
        var foreign = await office.PostAsJsonAsync("/api/v1/outbound/channels", new { unitId = laiyang, name = "冒名渠道", kind = "Other" });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        var listed = (await Json(await office.GetAsync("/api/v1/outbound/channels"))).EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(mine, listed);
        Assert.DoesNotContain(theirs, listed);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/outbound/channels/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutChannelAsync(office, theirs, new { name = "改名", kind = "Other" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsync($"/api/v1/outbound/channels/{theirs}/secret", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/outbound/channels/{theirs}/deliveries")).StatusCode);
        // An editor does not manage channels at all.
        var editor = await Factory.AsUserAsync(DemoAccounts.DongcunEditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/v1/outbound/channels")).StatusCode);

        // The secret is shown once: never again in a read.
        var read = await Json(await office.GetAsync($"/api/v1/outbound/channels/{mine}"));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("secret").ValueKind);
        var revision = read.GetProperty("revision").GetInt32();
        var bad = await PutChannelAsync(office, mine, new { name = "海阳发布", kind = "NewMedia", webhookUrl = "ftp://x" }, revision);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("https://", (await Json(bad)).GetProperty("errors").GetProperty("WebhookUrl")[0].GetString());
        var disabled = await PutChannelAsync(office, mine, new { name = "海阳发布", kind = "NewMedia", webhookUrl = "https://wx.example.cn/hook", enabled = false }, revision);
        disabled.EnsureSuccessStatusCode();
        Assert.False((await Json(disabled)).GetProperty("enabled").GetBoolean());

        var audit = await Factory.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(OutboundChannel) && e.EntityId == mine.ToString()).ToListAsync());
        Assert.Contains(audit, e => e.Action == "OutboundChannelCreated");
        Assert.Contains(audit, e => e.Action == "OutboundChannelDisabled");
        Assert.All(audit, e => Assert.DoesNotContain(secret, e.Summary));
        // Stored encrypted, not as given.
        var stored = await Factory.DbAsync(db => db.Set<OutboundChannel>().Where(c => c.Id == mine).Select(c => c.ProtectedSecret).SingleAsync());
        Assert.DoesNotContain(secret, stored);

        // The console lists the office's channel, not Laiyang's.
        using var browser = new Browser(Factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var page = await browser.Client.GetStringAsync("/admin/outbound");
        Assert.Contains("海阳发布", page);
        Assert.DoesNotContain("莱阳发布", page);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/admin/outbound/{theirs}")).StatusCode);
    }

    [Fact]
    public async Task A_publication_reaches_the_channel_signed_with_a_link_that_works_and_a_withdrawal_follows_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var (channel, secret) = await CreateChannelAsync(office, await Factory.UnitIdAsync("海阳市"), receiver.Url());
        var id = await PublishAsync(Factory, "关于做好2026年春季农业生产工作的通知");

        // The outbox row was written with the publication; nothing has gone out yet.
        Assert.Empty(receiver.Requests);
        var pending = await Json(await office.GetAsync($"/api/v1/documents/{id}/deliveries"));
        Assert.Equal("Pending", pending.EnumerateArray().Single(d => d.GetProperty("channelId").GetInt32() == channel).GetProperty("state").GetString());

        Assert.True(await DeliverAsync(Factory) >= 1);
        var message = Assert.Single(receiver.Requests);
        Assert.True(Signed(message, secret));
        Assert.False(Signed(message, "whsec_wrong"));
        Assert.Equal("document.published", message.Headers[WebhookSignature.EventHeader]);
        var payload = JsonDocument.Parse(message.Body).RootElement;
        Assert.Equal("document.published", payload.GetProperty("event").GetString());
        var document = payload.GetProperty("document");
        Assert.Equal("关于做好2026年春季农业生产工作的通知", document.GetProperty("title").GetString());
        Assert.Contains("低保", document.GetProperty("bodyHtml").GetString());
        // Haiyang is not the default site: the link keeps its prefix and opens the document as given.
        var url = new Uri(document.GetProperty("url").GetString()!);
        Assert.Equal($"/s/haiyang/doc/{id}", url.AbsolutePath);
        var opened = await Factory.CreateClient().GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("关于做好2026年春季农业生产工作的通知", await opened.Content.ReadAsStringAsync());
        // A body tampered with in transit no longer matches its signature.
        var tampered = message with { Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(message.Body).Replace("春季", "秋季", StringComparison.Ordinal)) };
        Assert.False(Signed(tampered, secret));

        // Sent once: another round sends nothing more.
        await DeliverAsync(Factory);
        Assert.Single(receiver.Requests);

        var reviewer = await Factory.AsUserAsync(DemoAccounts.HaiyangReviewer);
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/withdraw", new { reason = "内容有误，撤回重发。" })).EnsureSuccessStatusCode();
        await DeliverAsync(Factory);
        Assert.Equal(2, receiver.Requests.Count);
        var withdrawal = receiver.Requests.Last();
        Assert.True(Signed(withdrawal, secret));
        var withdrawn = JsonDocument.Parse(withdrawal.Body).RootElement;
        Assert.Equal("document.withdrawn", withdrawn.GetProperty("event").GetString());
        Assert.Equal(id, withdrawn.GetProperty("document").GetProperty("id").GetInt32());
        Assert.Equal("内容有误，撤回重发。", withdrawn.GetProperty("reason").GetString());
        Assert.False(withdrawn.GetProperty("document").TryGetProperty("bodyHtml", out _));

        // The document's console page says where and when it went.
        using var browser = new Browser(Factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var page = await browser.Client.GetStringAsync($"/admin/documents/{id}");
        Assert.Contains("同源发布", page);
        Assert.Contains("海阳发布微信公众号", page);
        Assert.Contains("已送达", page);
        Assert.Contains("撤稿", page);
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_after_its_backoff_and_every_attempt_is_in_the_log()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answers.Enqueue(500);
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var (channel, secret) = await CreateChannelAsync(office, await Factory.UnitIdAsync("海阳市"), receiver.Url("/retry"), "海阳市政务公开栏");
        var id = await PublishAsync(Factory, "关于开展2026年度城乡居民医保集中缴费的通告");

        await DeliverAsync(Factory);
        var log = (await Json(await office.GetAsync($"/api/v1/outbound/channels/{channel}/deliveries"))).EnumerateArray().Single();
        Assert.Equal("Failing", log.GetProperty("state").GetString());
        Assert.Equal(500, log.GetProperty("lastStatusCode").GetInt32());
        Assert.Contains("HTTP 500", log.GetProperty("lastError").GetString());
        var retryAt = log.GetProperty("nextAttemptAt").GetDateTime();
        Assert.Equal(fx.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), retryAt, TimeSpan.FromSeconds(1));

        // Not before its time.
        await DeliverAsync(Factory);
        Assert.Single(receiver.Requests);

        fx.Clock.Advance(TimeSpan.FromMinutes(1));
        await DeliverAsync(Factory);
        Assert.Equal(2, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.True(Signed(r, secret)));
        // The same message both times: the receiver can tell a retry by its delivery id.
        Assert.Single(receiver.Requests.Select(r => r.Headers[WebhookSignature.DeliveryHeader]).Distinct());
        Assert.Equal(Encoding.UTF8.GetString(receiver.Requests.First().Body), Encoding.UTF8.GetString(receiver.Requests.Last().Body));

        log = (await Json(await office.GetAsync($"/api/v1/outbound/channels/{channel}/deliveries"))).EnumerateArray().Single();
        Assert.Equal("Delivered", log.GetProperty("state").GetString());
        var attempts = log.GetProperty("attemptLog").EnumerateArray().ToList();
        Assert.Equal([500, 200], attempts.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Contains("HTTP 500", attempts[0].GetProperty("error").GetString());

        using var browser = new Browser(Factory);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);
        var page = await browser.Client.GetStringAsync($"/admin/outbound/{channel}");
        Assert.Contains("HTTP 500", page);
        Assert.Contains("已送达", page);
        Assert.Contains("关于开展2026年度城乡居民医保集中缴费的通告", page);
        _ = id;
    }

    [Fact]
    public async Task The_backoff_doubles_and_gives_up_after_the_last_attempt()
    {
        await using var scope = Factory.Scope();
        var dispatcher = scope.ServiceProvider.GetRequiredService<OutboundDispatcher>();
        Assert.Equal(TimeSpan.FromMinutes(1), dispatcher.RetryDelay(1));
        Assert.Equal(TimeSpan.FromMinutes(2), dispatcher.RetryDelay(2));
        Assert.Equal(TimeSpan.FromMinutes(64), dispatcher.RetryDelay(7));
        Assert.Null(dispatcher.RetryDelay(8));
    }

    [Fact]
    public async Task A_channel_feed_carries_the_units_public_documents_and_drops_a_withdrawn_one()
    {
        var office = await Factory.AsUserAsync(DemoAccounts.HaiyangOffice);
        var created = await office.PostAsJsonAsync("/api/v1/outbound/channels", new { unitId = await Factory.UnitIdAsync("海阳市"), name = "政务服务大厅公开屏", kind = "NoticeBoard", includeSubunits = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var channel = await Json(created);
        // A feed-only channel has nothing to sign with.
        Assert.Equal(JsonValueKind.Null, channel.GetProperty("secret").ValueKind);
        var keep = await PublishAsync(Factory, "关于2026年海阳市春季义务植树活动安排的通知");
        var drop = await PublishAsync(Factory, "关于临时调整部分公交线路的通告");
        var reviewer = await Factory.AsUserAsync(DemoAccounts.HaiyangReviewer);
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{drop}/withdraw", new { reason = "线路调整取消。" })).EnsureSuccessStatusCode();

        var anonymous = Factory.CreateClient();
        var json = await Json(await anonymous.GetAsync(new Uri(channel.GetProperty("jsonFeedUrl").GetString()!).PathAndQuery));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.GetProperty("version").GetString());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("url").GetString()!.EndsWith($"/s/haiyang/doc/{keep}", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.GetProperty("url").GetString()!.EndsWith($"/doc/{drop}", StringComparison.Ordinal));
        // Documents of the Yantai city office are not Haiyang's to carry.
        Assert.DoesNotContain(items, i => i.GetProperty("title").GetString()!.StartsWith("烟台市", StringComparison.Ordinal));

        var atom = await anonymous.GetAsync(new Uri(channel.GetProperty("feedUrl").GetString()!).PathAndQuery);
        Assert.Equal("application/atom+xml", atom.Content.Headers.ContentType!.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await atom.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace a = "http://www.w3.org/2005/Atom";
        Assert.Contains(xml.Descendants(a + "title"), t => t.Value == "关于2026年海阳市春季义务植树活动安排的通知");

        // A disabled channel's feed is gone.
        var id = channel.GetProperty("id").GetInt32();
        (await PutChannelAsync(office, id, new { name = "政务服务大厅公开屏", kind = "NoticeBoard", enabled = false }, channel.GetProperty("revision").GetInt32())).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/channels/{id}/feed.json")).StatusCode);
    }
}
