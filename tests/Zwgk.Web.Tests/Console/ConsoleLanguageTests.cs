using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Domain.Auditing;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Display;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Tests.Requests;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.ConsolePages;

/// <summary>
/// The console speaks Chinese to officials: every step, state, field and value from one label registry, people as
/// 姓名（单位）, every time in China time, and no internals (ids, hashes, byte arrays, English machine names).
/// </summary>
public sealed partial class ConsoleLanguageTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    private static readonly (string User, string Password)[] Everyone =
    [
        DemoAccounts.Admin, DemoAccounts.HaiyangOffice, DemoAccounts.DongcunEditor, DemoAccounts.HaiyangReviewer,
        RequestFixture.HaiyangHandler, ("village", "Zwgk2026Village"), RequestFixture.LaiyangHandler,
    ];

    [Fact]
    public async Task Every_console_page_of_the_demo_speaks_chinese_to_every_role()
    {
        await ACaseThroughApprovalAsync();
        var problems = new List<string>();
        foreach (var account in Everyone)
        {
            using var browser = new Browser(F);
            await browser.SignInAsync(account.User, account.Password);
            var visited = await WalkAsync(browser, problems, account.User);
            Assert.True(visited >= 3, $"{account.User} 只访问到 {visited} 个页面");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(60)));
    }

    [Fact]
    public async Task The_audit_log_names_fields_values_people_and_times_in_chinese()
    {
        var id = await ACaseThroughApprovalAsync();
        var number = await F.DbAsync(db => db.Set<InformationRequest>().Where(r => r.Id == id).Select(r => r.TrackingNumber).SingleAsync());
        using var browser = new Browser(F);
        await browser.SignInAsync(DemoAccounts.HaiyangOffice.User, DemoAccounts.HaiyangOffice.Password);

        var page = await browser.GetDocumentAsync("/admin/audit?entityType=InformationRequest");
        var rows = page.QuerySelectorAll("[data-testid=audit-row]").Select(r => r.TextContent).Where(t => t.Contains(number, StringComparison.Ordinal)).ToList();
        var approved = Assert.Single(rows, r => r.Contains("审批答复", StringComparison.Ordinal));
        Assert.Contains("王芳（海阳市人民政府）", approved, StringComparison.Ordinal);
        Assert.Contains("状态：待领导审批 → 已审批，待出具答复", approved, StringComparison.Ordinal);
        var registered = Assert.Single(rows, r => r.Contains("登记申请", StringComparison.Ordinal));
        Assert.Contains("申请渠道：当面", registered, StringComparison.Ordinal);
        Assert.Contains("查询码：（已隐藏）", registered, StringComparison.Ordinal);
        Assert.Contains("李强（海阳市人民政府）", registered, StringComparison.Ordinal);
        foreach (var row in rows)
        {
            Assert.DoesNotContain("AwaitingApproval", row, StringComparison.Ordinal);
            Assert.DoesNotContain("Channel", row, StringComparison.Ordinal);
            Assert.DoesNotContain("InformationRequest", row, StringComparison.Ordinal);
        }

        // The API keeps its machine names and carries the same Chinese beside them.
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var api = await office.GetFromJsonAsync<JsonElement>("/api/v1/audit?entityType=InformationRequest&action=RequestApproved");
        var line = api.GetProperty("items").EnumerateArray().First(e => e.GetProperty("summary").GetString()!.StartsWith(number, StringComparison.Ordinal));
        Assert.Equal("RequestApproved", line.GetProperty("action").GetString());
        Assert.Equal("审批答复", line.GetProperty("actionLabel").GetString());
        Assert.Equal("依申请公开", line.GetProperty("entityTypeLabel").GetString());
        Assert.Equal("王芳（海阳市人民政府）", line.GetProperty("actorLabel").GetString());
        Assert.Contains("State: AwaitingApproval → Approved", line.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("状态：待领导审批 → 已审批，待出具答复", line.GetProperty("summaryText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_case_history_shows_steps_states_and_people_in_chinese()
    {
        var id = await ACaseThroughApprovalAsync();
        using var browser = new Browser(F);
        await browser.SignInAsync(RequestFixture.HaiyangHandler.User, RequestFixture.HaiyangHandler.Password);

        var page = await browser.GetDocumentAsync($"/admin/requests/{id}");
        var history = page.QuerySelectorAll("[data-testid=case-event]").Select(e => e.TextContent).ToList();
        Assert.Contains(history, e => e.Contains("登记", StringComparison.Ordinal) && e.Contains("李强（海阳市人民政府）", StringComparison.Ordinal));
        Assert.Contains(history, e => e.Contains("分办", StringComparison.Ordinal) && e.Contains("已登记，待分办 → 办理中", StringComparison.Ordinal));
        Assert.Contains(history, e => e.Contains("审批同意", StringComparison.Ordinal) && e.Contains("王芳（海阳市人民政府）", StringComparison.Ordinal));
        Assert.Equal("李强（海阳市人民政府）", page.QuerySelector("[data-testid=case-handler]")!.TextContent.Trim());
        AssertNoInternals(page, $"/admin/requests/{id}", new List<string>()).ForEach(p => Assert.Fail(p));
    }

    [Fact]
    public async Task The_document_history_shows_steps_states_people_and_files_without_internals()
    {
        var editor = await F.AsUserAsync(DemoAccounts.DongcunEditor);
        var reviewer = await F.AsUserAsync(DemoAccounts.HaiyangReviewer);
        var unit = await F.UnitIdAsync("东村街道");
        var created = await editor.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(unit, "东村街道2026年老旧小区改造计划"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        // A 1×1 PNG: a file whose text is not extracted.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        using (var upload = new MultipartFormDataContent { { new ByteArrayContent(png), "file", "改造计划表.png" } })
        {
            (await editor.PostAsync($"/api/v1/documents/{id}/attachments", upload)).EnsureSuccessStatusCode();
        }

        (await editor.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/v1/documents/{id}/return", new { reason = "请补充资金来源。" })).EnsureSuccessStatusCode();

        using var browser = new Browser(F);
        await browser.SignInAsync(DemoAccounts.HaiyangReviewer.User, DemoAccounts.HaiyangReviewer.Password);
        var page = await browser.GetDocumentAsync($"/admin/documents/{id}");
        var history = page.QuerySelector("[data-testid=doc-history]")!.TextContent;
        Assert.Contains("刘洋（海阳市东村街道办事处）", history, StringComparison.Ordinal);
        Assert.Contains("陈静（海阳市人民政府）", history, StringComparison.Ordinal);
        Assert.Contains("保密审查中 → 草稿", history, StringComparison.Ordinal);
        Assert.Contains("改造计划表.png", page.QuerySelector("[data-testid=attachments]")!.TextContent, StringComparison.Ordinal);
        var problems = AssertNoInternals(page, $"/admin/documents/{id}", []);
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // The audit line of the upload names the file and its size, not its hash.
        using var admin = new Browser(F);
        await admin.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var audit = await admin.GetDocumentAsync("/admin/audit?action=AttachmentAdded");
        var row = audit.QuerySelectorAll("[data-testid=audit-row]").Select(r => r.TextContent).First(t => t.Contains("改造计划表.png", StringComparison.Ordinal));
        Assert.Contains("字节", row, StringComparison.Ordinal);
        Assert.DoesNotContain("sha256", row, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_field_and_enum_of_an_audited_record_has_a_chinese_name()
    {
        await using var scope = F.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ZwgkDbContext>();
        string[] bookkeeping = ["ConcurrencyStamp", "Path", "NormalizedUserName", "NormalizedEmail", "AccessFailedCount", "LastUsedAt", "UpdatedAt", "Revision"];
        var missing = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => typeof(IAuditable).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            Assert.NotEqual(type.ClrType.Name, ConsoleLabels.EntityType(type.ClrType.Name));
            foreach (var p in type.GetProperties().Where(p => !p.IsPrimaryKey() && !bookkeeping.Contains(p.Name)))
            {
                if (ConsoleLabels.Field(type.ClrType.Name, p.Name) is null)
                {
                    missing.Add($"{type.ClrType.Name}.{p.Name}");
                }

                var clr = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
                if (clr.IsEnum && !ConsoleLabels.HasEnum(clr))
                {
                    missing.Add($"{type.ClrType.Name}.{p.Name} 的取值（{clr.Name}）");
                }
            }
        }

        Assert.True(missing.Count == 0, "没有中文名称：" + string.Join("、", missing));
        foreach (var state in Enum.GetValues<RequestState>().Cast<Enum>().Concat(Enum.GetValues<DocumentState>().Cast<Enum>()).Concat(Enum.GetValues<CatalogState>().Cast<Enum>()))
        {
            Assert.NotEqual(state.ToString(), ConsoleLabels.EnumValue(state.GetType(), state.ToString()));
        }
    }

    /// <summary>A case registered, assigned to the demo handler, decided and approved by the office: every kind of history line.</summary>
    private async Task<int> ACaseThroughApprovalAsync()
    {
        var handler = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await F.UnitIdAsync("海阳市");
        var handlerId = await F.DbAsync(db => db.Users.Where(u => u.UserName == "handler").Select(u => u.Id).SingleAsync());
        var created = await RegisterAsync(handler, Person(unit, "2026-03-02", name: "韩梅", info: "海阳市2025年老旧小区改造资金分配表"));
        var id = created.GetProperty("request").GetProperty("id").GetInt32();
        await ActAsync(handler, id, "assign", new { unitId = unit, handlerUserId = handlerId });
        await ActAsync(handler, id, "decide", new { outcome = "Disclosed", howToObtain = "随本答复书提供电子文件。" });
        await ActAsync(office, id, "approve", new { opinion = "同意公开" });
        return id;
    }

    /// <summary>Follows the console's own links (as far as a few of each kind of address), checking each page.</summary>
    private static async Task<int> WalkAsync(Browser browser, List<string> problems, string who)
    {
        var queue = new Queue<string>(["/admin"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var visited = 0;
        while (queue.Count > 0 && visited < 120)
        {
            var url = queue.Dequeue();
            var response = await browser.Client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                Assert.True((int)response.StatusCode < 500, $"{who} {url}: {(int)response.StatusCode}");
                continue;
            }

            visited++;
            var page = await Browser.ParseAsync(response);
            foreach (var p in AssertNoInternals(page, url, []))
            {
                problems.Add($"{who} {p}");
            }

            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (!href.StartsWith("/admin", StringComparison.Ordinal) || href.Contains("export", StringComparison.Ordinal) || href.Contains("logout", StringComparison.Ordinal)
                    || !seen.Add(href))
                {
                    continue;
                }

                var shape = Digits().Replace(href, "#");
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                if (shapes[shape] <= 2)
                {
                    queue.Enqueue(href);
                }
            }
        }

        return visited;
    }

    private static readonly Regex EnglishNames = new(
        @"(?<![A-Za-z])(" + string.Join("|", ConsoleLabels.RequestEvents.Keys.Concat(ConsoleLabels.DocumentEvents.Keys).Concat(ConsoleLabels.CatalogEvents.Keys)
            .Concat(ConsoleLabels.AuditActions.Keys).Concat(ConsoleLabels.EntityTypes.Keys)
            .Concat(Enum.GetNames<RequestState>()).Concat(Enum.GetNames<DocumentState>()).Concat(Enum.GetNames<CatalogState>())
            .Distinct().OrderByDescending(n => n.Length)) + @")(?![A-Za-z])", RegexOptions.CultureInvariant);

    /// <summary>What an official must never read on a console page; returns the findings.</summary>
    private static List<string> AssertNoInternals(IDocument page, string url, List<string> found)
    {
        var body = page.Body!;
        foreach (var s in body.QuerySelectorAll("script, style, template"))
        {
            s.Remove();
        }

        var text = body.TextContent;
        void Find(Regex pattern, string what)
        {
            foreach (Match m in pattern.Matches(text))
            {
                found.Add($"{url}: {what}“{m.Value}”…{Around(text, m.Index)}");
            }
        }

        Find(EnglishNames, "英文名称");
        Find(Guid(), "内部编号");
        Find(Internals(), "内部信息");
        Find(UtcTime(), "UTC 时间");
        // Every time of day on a page is in China time, written by the one formatter in a <time> carrying +08:00.
        var timed = string.Concat(body.QuerySelectorAll("time").Where(t => t.GetAttribute("datetime")?.EndsWith("+08:00", StringComparison.Ordinal) == true).Select(t => t.TextContent));
        foreach (Match m in TimeOfDay().Matches(text))
        {
            if (!timed.Contains(m.Value, StringComparison.Ordinal))
            {
                found.Add($"{url}: 未标明北京时间的时间“{m.Value}”…{Around(text, m.Index)}");
            }
        }

        return found;
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 30), Math.Min(80, text.Length - Math.Max(0, index - 30))).ReplaceLineEndings(" ");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"System\.|sha256|Byte\[\]", RegexOptions.IgnoreCase)]
    private static partial Regex Internals();

    [GeneratedRegex(@"\bUTC\b|\d{2}:\d{2}(:\d{2})?Z\b|\+00:00")]
    private static partial Regex UtcTime();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")]
    private static partial Regex TimeOfDay();
}
