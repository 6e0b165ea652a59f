using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Documents;
using Zwgk.Web.Portal;
using Zwgk.Web.Tests.Attachments;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests;

/// <summary>
/// Two hosts on one database (two instances behind a load balancer) with one clock the tests move, and a page filter
/// that sets a visitor cookie when asked (X-Test-Set-Cookie), as a page that set cookies would.
/// </summary>
public sealed class PageCacheFixture : IAsyncLifetime
{
    public ZwgkFactory Factory { get; } = new();

    public ZwgkFactory Second { get; private set; } = null!;

    /// <summary>2026-03-02 09:00 China time. Tests move it by minutes or whole days, so it never crosses midnight by accident.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        Factory.ConfigureServices = services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Configure<MvcOptions>(o => o.Filters.Add(new VisitorCookieFilter()));
        };
        await ((IAsyncLifetime)Factory).InitializeAsync();
        Second = ZwgkFactory.OnSameDatabaseAs(Factory);
        Second.ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock);
        await ((IAsyncLifetime)Second).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Second).DisposeAsync();
        await ((IAsyncLifetime)Factory).DisposeAsync();
    }

    private sealed class VisitorCookieFilter : IResultFilter
    {
        public void OnResultExecuting(ResultExecutingContext context)
        {
            if (context.HttpContext.Request.Headers.ContainsKey("X-Test-Set-Cookie"))
            {
                context.HttpContext.Response.Cookies.Append("visitor", Guid.NewGuid().ToString("N"));
            }
        }

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }
}

/// <summary>
/// Public pages are served from the output cache, and a change is visible on the very next request: withdrawal,
/// correction, validity, publication (also by the scheduled job), date-based expiry, column and site edits, on any
/// instance. Signed-in staff and responses that set cookies never share a page. "From cache" is the Age header the
/// output cache adds, so each test first proves the page really was cached before it changes anything.
/// </summary>
public sealed class PageCacheTests(PageCacheFixture fx) : IClassFixture<PageCacheFixture>
{
    private const string Office = "海阳市人民政府办公室";
    private const string Prefix = "/s/haiyang";

    private ZwgkFactory Factory => fx.Factory;

    private sealed record Page(HttpStatusCode Status, string Text, bool FromCache, bool SetsCookie);

    private static async Task<Page> GetAsync(HttpClient client, string url, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure?.Invoke(request);
        using var response = await client.SendAsync(request);
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Age is not null, response.Headers.Contains("Set-Cookie"));
    }

    /// <summary>Requests the page twice and proves the second answer came from the cache.</summary>
    private static async Task<Page> CachedAsync(HttpClient client, string url)
    {
        var first = await GetAsync(client, url);
        Assert.True(first.Status == HttpStatusCode.OK, $"{url}: {first.Status}");
        var second = await GetAsync(client, url);
        Assert.True(second.FromCache, $"{url} 应已缓存");
        Assert.Equal(first.Text, second.Text);
        return second;
    }

    private static string[] PublicUrls(int id) =>
    [
        $"{Prefix}/doc/{id}", $"{Prefix}/doc/{id}/print", $"{Prefix}/col/zcwj", $"{Prefix}/col/xxgk/fdzdgknr?category=20.15", $"{Prefix}/col/xxgk/ml",
        $"{Prefix}/feed", $"{Prefix}/feed/zcwj", $"{Prefix}/atom", $"{Prefix}/sitemap.xml",
    ];

    /// <summary>Whether the page shows the document: its title on pages and feeds, its address in the sitemap.</summary>
    private static bool Shows(Page page, int id, string title) =>
        page.Status == HttpStatusCode.OK && (page.Text.Contains(title, StringComparison.Ordinal) || page.Text.Contains($"/doc/{id}</loc>", StringComparison.Ordinal));

    [Fact]
    public async Task Withdrawal_through_the_api_takes_a_cached_document_off_every_page_at_once()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var (id, title) = await PublishAsync(api, "撤稿测试");
        var client = Factory.CreateClient();
        foreach (var url in PublicUrls(id))
        {
            Assert.True(Shows(await CachedAsync(client, url), id, title), $"发布后 {url} 应显示该信息");
        }

        (await api.PostAsJsonAsync($"/api/v1/documents/{id}/withdraw", new { reason = "内容有误，撤回。" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, $"{Prefix}/doc/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, $"{Prefix}/doc/{id}/print")).Status);
        foreach (var url in PublicUrls(id).Skip(2))
        {
            var page = await GetAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.False(Shows(page, id, title), $"撤稿后 {url} 仍显示该信息");
        }
    }

    [Fact]
    public async Task Withdrawal_in_the_console_takes_a_cached_document_page_off_at_once()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var (id, title) = await PublishAsync(api, "后台撤稿测试");
        var client = Factory.CreateClient();
        await CachedAsync(client, $"{Prefix}/doc/{id}");
        Assert.True(Shows(await CachedAsync(client, $"{Prefix}/col/zcwj"), id, title));

        using var reviewer = new Browser(Factory);
        await reviewer.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var details = await reviewer.GetDocumentAsync($"/admin/documents/{id}");
        var withdrawn = await reviewer.PostFormAsync(details.QuerySelector("[data-testid=action-withdraw]")!, new Dictionary<string, string> { ["reason"] = "发布单位要求撤回。" }, $"/admin/documents/{id}");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, $"{Prefix}/doc/{id}")).Status);
        Assert.False(Shows(await GetAsync(client, $"{Prefix}/col/zcwj"), id, title));
    }

    [Fact]
    public async Task A_correction_and_a_declared_expiry_show_on_the_cached_page_at_once()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var input = await InputAsync("更正测试");
        var id = await PublishAsync(api, input);
        var client = Factory.CreateClient();
        var url = $"{Prefix}/doc/{id}";
        Assert.Contains("这是测试正文。", (await CachedAsync(client, url)).Text);

        var corrected = input.DeepClone();
        corrected["bodyHtml"] = "<p>更正后的正文。</p>";
        (await Factory.CorrectAndSignOffAsync(api, id, corrected, "更正错别字。")).EnsureSuccessStatusCode();

        var page = await Browser.ParseAsync(await client.GetAsync(url));
        Assert.Contains("更正后的正文。", page.QuerySelector("[data-testid=doc-body]")!.TextContent);
        Assert.Contains("更正错别字。", page.QuerySelector("[data-testid=doc-versions]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=validity-banner]"));
        await CachedAsync(client, url);

        var today = ChinaTime.Today(fx.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await api.PostAsJsonAsync($"/api/v1/documents/{id}/validity", new { validity = "Expired", on = today, reason = "清理后宣布失效。" })).EnsureSuccessStatusCode();

        var expired = await Browser.ParseAsync(await client.GetAsync(url));
        Assert.Contains("已失效", expired.QuerySelector("[data-testid=validity-banner]")!.TextContent);
        Assert.Equal("失效", expired.QuerySelector("[data-testid=meta-validity]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_scheduled_document_appears_on_cached_pages_when_the_publishing_job_reaches_its_time()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var input = await InputAsync("定时发布测试");
        var id = await CreateDraftAsync(api, input);
        (await api.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密，同意公开。" })).EnsureSuccessStatusCode();
        var at = fx.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        var scheduled = await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { publishAt = at, wordingOverrideReason = "测试数据" });
        Assert.Equal("Scheduled", (await scheduled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());

        var client = Factory.CreateClient();
        var title = input["title"]!.GetValue<string>();
        var lists = PublicUrls(id).Skip(2).ToArray();
        foreach (var url in lists)
        {
            Assert.False(Shows(await CachedAsync(client, url), id, title), $"定时发布前 {url} 不应显示");
        }

        await RunPublishingJobAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, $"{Prefix}/doc/{id}")).Status);

        // Same China day: only the job's publication can change what the cached pages show.
        fx.Clock.Advance(TimeSpan.FromMinutes(11));
        await RunPublishingJobAsync();

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, $"{Prefix}/doc/{id}")).Status);
        foreach (var url in lists)
        {
            Assert.True(Shows(await GetAsync(client, url), id, title), $"定时发布后 {url} 应显示");
        }
    }

    [Fact]
    public async Task A_document_whose_validity_ends_shows_the_expiry_banner_from_the_next_day_though_nothing_was_saved()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var lastDay = ChinaTime.Today(fx.Clock);
        var input = await InputAsync("有效期测试");
        input["effectiveTo"] = lastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var id = await PublishAsync(api, input);
        var client = Factory.CreateClient();
        var url = $"{Prefix}/doc/{id}";

        var before = await Browser.ParseAsync(await client.GetAsync(url));
        Assert.Null(before.QuerySelector("[data-testid=validity-banner]"));
        Assert.Equal("有效", before.QuerySelector("[data-testid=meta-validity]")!.TextContent.Trim());
        await CachedAsync(client, url);

        fx.Clock.Advance(TimeSpan.FromDays(1));

        var after = await Browser.ParseAsync(await client.GetAsync(url));
        var banner = after.QuerySelector("[data-testid=validity-banner]")!;
        Assert.Contains("已失效", banner.TextContent);
        Assert.Contains(lastDay.AddDays(1).ChineseDate(), banner.TextContent);
        Assert.Equal("失效", after.QuerySelector("[data-testid=meta-validity]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_draft_is_never_served_from_the_cache_even_after_staff_opened_its_public_addresses()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var input = await InputAsync("草稿测试");
        var id = await CreateDraftAsync(api, input);
        var title = input["title"]!.GetValue<string>();
        var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestFiles.Docx("草稿附件正文"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        upload.Add(file, "file", "草稿附件.docx");
        var uploaded = await api.PostAsync($"/api/v1/documents/{id}/attachments", upload);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachmentUrl = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;

        using var staff = new Browser(Factory);
        await staff.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.GetAsync(attachmentUrl)).StatusCode); // staff may open a draft's file
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Client.GetAsync($"{Prefix}/doc/{id}")).StatusCode);
        Assert.DoesNotContain(title, await staff.Client.GetStringAsync($"{Prefix}/col/zcwj"));

        var anonymous = Factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(anonymous, attachmentUrl)).Status);
            var page = await GetAsync(anonymous, $"{Prefix}/doc/{id}");
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.False(page.FromCache);
            Assert.False(Shows(await GetAsync(anonymous, $"{Prefix}/col/zcwj"), id, title));
        }
    }

    [Fact]
    public async Task Signed_in_staff_never_receive_or_leave_a_shared_page()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var (id, _) = await PublishAsync(api, "登录用户测试");
        var url = $"{Prefix}/doc/{id}";
        using var staff = new Browser(Factory);
        await staff.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);

        var staffPage = await GetAsync(staff.Client, url);
        Assert.Contains("data-testid=\"staff-bar\"", staffPage.Text);
        Assert.Contains("admin", staffPage.Text);
        Assert.False(staffPage.FromCache);

        var anonymous = Factory.CreateClient();
        var first = await GetAsync(anonymous, url);
        Assert.False(first.FromCache, "登录用户看到的页面不得进入缓存");
        Assert.DoesNotContain("staff-bar", first.Text);
        Assert.DoesNotContain("staff-bar", (await CachedAsync(anonymous, url)).Text);

        var again = await GetAsync(staff.Client, url);
        Assert.False(again.FromCache, "登录用户不得拿到缓存的公众页面");
        Assert.Contains("staff-bar", again.Text);
        var withToken = await GetAsync(api, url);
        Assert.False(withToken.FromCache);
        Assert.Contains("staff-bar", withToken.Text);
    }

    [Fact]
    public async Task A_response_that_sets_a_cookie_is_not_cached()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var (id, _) = await PublishAsync(api, "Cookie 测试");
        var url = $"{Prefix}/doc/{id}";
        var client = Factory.CreateClient();

        var withCookie = await GetAsync(client, url, r => r.Headers.Add("X-Test-Set-Cookie", "1"));
        Assert.True(withCookie.SetsCookie);

        var next = await GetAsync(client, url);
        Assert.False(next.FromCache, "设置 Cookie 的响应不得进入缓存");
        Assert.False(next.SetsCookie, "别人的 Cookie 不得重放给下一位访客");
        var cached = await CachedAsync(client, url);
        Assert.False(cached.SetsCookie);
    }

    [Fact]
    public async Task Pages_are_cached_per_site_whether_the_site_is_named_by_host_or_by_prefix()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var (id, title) = await PublishAsync(api, "站点隔离测试");
        var client = Factory.CreateClient();
        void Host(HttpRequestMessage r, string host) => r.Headers.Host = host;

        var byPrefix = await CachedAsync(client, $"{Prefix}/doc/{id}");
        Assert.Contains("content=\"海阳市人民政府\"", byPrefix.Text);
        Assert.Contains($"content=\"http://localhost{Prefix}/doc/{id}\"", byPrefix.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, $"/doc/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, $"/s/laiyang/doc/{id}")).Status);

        var byHost = await GetAsync(client, $"/doc/{id}", r => Host(r, "www.haiyang.gov.cn"));
        Assert.Equal(HttpStatusCode.OK, byHost.Status);
        Assert.False(byHost.FromCache);
        Assert.Contains($"content=\"http://www.haiyang.gov.cn/doc/{id}\"", byHost.Text);
        Assert.True((await GetAsync(client, $"/doc/{id}", r => Host(r, "www.haiyang.gov.cn"))).FromCache);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, $"/doc/{id}", r => Host(r, "www.laiyang.gov.cn"))).Status);

        // Home pages of three sites, one after the other, each its own.
        Assert.Contains("<title>烟台市人民政府</title>", (await CachedAsync(client, "/")).Text);
        Assert.Contains("<title>海阳市人民政府</title>", (await CachedAsync(client, $"{Prefix}/")).Text);
        var laiyang = await GetAsync(client, "/", r => Host(r, "www.laiyang.gov.cn"));
        Assert.Contains("<title>莱阳市人民政府</title>", laiyang.Text);
        Assert.DoesNotContain(title, (await GetAsync(client, "/feed")).Text);

        // One site under two host names: its absolute links follow the host, so the host is part of the key.
        Assert.Contains("<link>http://localhost/doc/", (await CachedAsync(client, "/feed")).Text);
        var named = await GetAsync(client, "/feed", r => Host(r, "www.yantai.gov.cn"));
        Assert.Contains("<link>http://www.yantai.gov.cn/doc/", named.Text);
        Assert.DoesNotContain("http://localhost/", named.Text);
    }

    [Fact]
    public async Task Query_values_and_the_exact_path_are_part_of_the_key()
    {
        var client = Factory.CreateClient();
        var first = await CachedAsync(client, $"{Prefix}/col/zcwj?q=" + Uri.EscapeDataString("低保"));
        Assert.Contains("value=\"低保\"", first.Text);

        var other = await GetAsync(client, $"{Prefix}/col/zcwj?q=" + Uri.EscapeDataString("养老"));
        Assert.False(other.FromCache);
        Assert.Contains("value=\"养老\"", other.Text);
        Assert.DoesNotContain("value=\"低保\"", other.Text);

        var atom = await GetAsync(client, $"{Prefix}/feed?format=atom");
        Assert.Contains("http://www.w3.org/2005/Atom", atom.Text);
        Assert.DoesNotContain("<rss", (await CachedAsync(client, $"{Prefix}/feed?format=atom")).Text);
        Assert.Contains("<rss", (await CachedAsync(client, $"{Prefix}/feed")).Text);

        await CachedAsync(client, $"{Prefix}/col/zcwj");
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, $"{Prefix}/col/ZCWJ")).Status);
    }

    [Fact]
    public async Task A_change_saved_on_another_instance_is_seen_at_once()
    {
        using var apiOnA = Factory.WithToken(DemoAccounts.AdminToken);
        using var apiOnB = fx.Second.WithToken(DemoAccounts.AdminToken);
        var (id, title) = await PublishAsync(apiOnA, "多实例测试");
        var a = Factory.CreateClient();
        var b = fx.Second.CreateClient();
        await CachedAsync(a, $"{Prefix}/doc/{id}");
        await CachedAsync(b, $"{Prefix}/doc/{id}");
        Assert.True(Shows(await CachedAsync(a, $"{Prefix}/col/zcwj"), id, title));

        (await apiOnB.PostAsJsonAsync($"/api/v1/documents/{id}/withdraw", new { reason = "另一实例上撤稿。" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(a, $"{Prefix}/doc/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(b, $"{Prefix}/doc/{id}")).Status);
        Assert.False(Shows(await GetAsync(a, $"{Prefix}/col/zcwj"), id, title));

        // A column renamed on B is renamed in A's navigation at once.
        var columns = await apiOnB.GetFromJsonAsync<JsonElement[]>("/api/v1/sites/laiyang/columns");
        var column = columns!.First(c => c.GetProperty("parentId").ValueKind == JsonValueKind.Null && c.GetProperty("fixedKey").ValueKind == JsonValueKind.Null);
        var slug = column.GetProperty("slug").GetString();
        var home = await CachedAsync(a, "/s/laiyang/");
        Assert.Contains($"data-testid=\"nav-{slug}\">{column.GetProperty("name").GetString()}<", home.Text);
        var renamed = JsonNode.Parse(column.GetRawText())!;
        renamed["name"] = "改名后的栏目";
        (await apiOnB.PutAsJsonAsync($"/api/v1/columns/{column.GetProperty("id").GetInt32()}", renamed)).EnsureSuccessStatusCode();

        Assert.Contains($"data-testid=\"nav-{slug}\">改名后的栏目<", (await GetAsync(a, "/s/laiyang/")).Text);
    }

    [Fact]
    public async Task Site_and_unit_changes_show_on_cached_pages_at_once()
    {
        using var api = Factory.WithToken(DemoAccounts.AdminToken);
        var client = Factory.CreateClient();
        Assert.Contains("主办单位：海阳市人民政府办公室", (await CachedAsync(client, $"{Prefix}/")).Text);
        var site = JsonNode.Parse(await api.GetStringAsync("/api/v1/sites/haiyang"))!;
        site["sponsor"] = "海阳市人民政府办公室（测试）";
        (await api.PutAsJsonAsync($"/api/v1/sites/{site["id"]!.GetValue<int>()}", site)).EnsureSuccessStatusCode();
        Assert.Contains("主办单位：海阳市人民政府办公室（测试）", (await GetAsync(client, $"{Prefix}/")).Text);

        // A unit is not a row of any one site: renaming one (here straight through the context, as a job would)
        // refreshes every site, e.g. the 发布机构 choices of the catalog.
        await PublishAsync(api, "单位更名测试");
        Assert.Contains($">{Office}<", (await CachedAsync(client, $"{Prefix}/col/xxgk/ml")).Text);
        await RenameUnitAsync(Office, Office + "（更名）");
        try
        {
            Assert.Contains($">{Office}（更名）<", (await GetAsync(client, $"{Prefix}/col/xxgk/ml")).Text);
        }
        finally
        {
            await RenameUnitAsync(Office + "（更名）", Office);
        }
    }

    private Task<int> RenameUnitAsync(string from, string to) => Factory.DbAsync(async db =>
    {
        var unit = await db.Organizations.SingleAsync(o => o.Name == from);
        unit.Name = to;
        return await db.SaveChangesAsync();
    });

    private async Task RunPublishingJobAsync()
    {
        await using var scope = Factory.Scope();
        await scope.ServiceProvider.GetRequiredService<DocumentService>().PublishDueAsync();
    }

    private async Task<JsonObject> InputAsync(string title)
    {
        var unitId = await Factory.DbAsync(db => db.Organizations.Where(o => o.Name == Office).Select(o => o.Id).SingleAsync());
        var columnId = await Factory.DbAsync(db => db.Columns.Where(c => c.Site!.Code == "haiyang" && c.SlugPath == "zcwj").Select(c => c.Id).SingleAsync());
        return new JsonObject
        {
            ["unitId"] = unitId,
            ["columnId"] = columnId,
            ["title"] = $"{title}（{Guid.NewGuid().ToString("N")[..6]}）",
            ["writtenOn"] = "2026-02-27",
            ["issuingUnits"] = new JsonArray(Office),
            ["genre"] = "通知",
            ["topics"] = new JsonArray("综合政务"),
            ["statutoryCategory"] = "20.15",
            ["summary"] = "用于测试页面缓存的文件。",
            ["bodyHtml"] = "<p>这是测试正文。</p>",
            ["attribute"] = "Proactive",
        };
    }

    private static async Task<int> CreateDraftAsync(HttpClient api, JsonObject input)
    {
        var response = await api.PostAsJsonAsync("/api/v1/documents", input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<(int Id, string Title)> PublishAsync(HttpClient api, string title)
    {
        var input = await InputAsync(title);
        return (await PublishAsync(api, input), input["title"]!.GetValue<string>());
    }

    private async Task<int> PublishAsync(HttpClient api, JsonObject input)
    {
        var id = await CreateDraftAsync(api, input);
        (await api.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密，同意公开。" })).EnsureSuccessStatusCode();
        var signed = await (await Factory.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { wordingOverrideReason = "测试数据" });
        Assert.Equal("Published", (await signed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        return id;
    }
}
