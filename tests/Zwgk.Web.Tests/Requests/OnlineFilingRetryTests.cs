using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Domain.Requests;
using Zwgk.Web.Platform;
using Zwgk.Web.Requests.Portal;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Requests;

/// <summary>
/// A citizen whose filing failed or whose acknowledgement was lost presses 提交 again: nothing typed is lost, and the
/// request is filed once, with the same number and code shown again.
/// </summary>
public sealed class OnlineFilingRetryTests : IAsyncLifetime
{
    /// <summary>Information sought containing this fails to save once, as a database that went away mid-filing would.</summary>
    private const string FailOnce = "【保存失败一次】";

    private readonly ZwgkFactory f = new();
    private readonly FaultOnce fault = new();

    public OnlineFilingRetryTests()
    {
        f.ConfigureServices = s =>
        {
            s.ConfigureDbContext<SqliteZwgkDbContext>(o => o.AddInterceptors(fault));
            s.ConfigureDbContext<PostgresZwgkDbContext>(o => o.AddInterceptors(fault));
        };
        // The failed save is logged as an error on purpose, by EF and by the form.
        f.ExpectLog("Online request could not be filed").ExpectLog(FaultOnce.Message);
    }

    public Task InitializeAsync() => f.InitializeAsync();

    public async Task DisposeAsync() => await f.DisposeAsync();

    private static Dictionary<string, string> Citizen(string info) => new()
    {
        ["Input.Name"] = "李小明",
        ["Input.IdNumber"] = "370687198503150027",
        ["Input.Phone"] = "13900000001",
        ["Input.InformationSought"] = info,
    };

    [Fact]
    public async Task A_form_posted_twice_files_one_request_and_shows_its_number_and_a_working_code_again()
    {
        using var citizen = new Browser(f);
        var page = await citizen.GetDocumentAsync("/s/haiyang/requests/new");
        var form = page.QuerySelector("form[data-testid=request-form]")!;
        var fields = Citizen("海阳市2025年度农村公路养护资金使用情况");

        var first = await FollowAsync(citizen, await citizen.PostFormAsync(form, fields, "/s/haiyang/requests/new"));
        // The acknowledgement did not arrive, say; the browser posts the very same form again.
        var second = await FollowAsync(citizen, await citizen.PostFormAsync(form, fields, "/s/haiyang/requests/new"));

        Assert.Null(first.QuerySelector("[data-testid=request-again]"));
        Assert.NotNull(second.QuerySelector("[data-testid=request-again]"));
        var number = Text(first, "request-number");
        Assert.Equal(number, Text(second, "request-number"));
        Assert.Equal(Text(first, "request-code"), Text(second, "request-code"));
        Assert.Equal(1, await CountAsync("海阳市2025年度农村公路养护资金使用情况"));
        Assert.NotNull(await TrackAsync(number, Text(second, "request-code")));

        // A new form is a new request, even with the same words.
        var other = await citizen.SubmitAsync("/s/haiyang/requests/new", fields, "form[data-testid=request-form]");
        Assert.NotEqual(number, Text(await FollowAsync(citizen, other), "request-number"));
    }

    [Fact]
    public async Task Two_posts_of_one_form_at_once_file_one_request()
    {
        using var citizen = new Browser(f);
        var page = await citizen.GetDocumentAsync("/s/haiyang/requests/new");
        var form = page.QuerySelector("form[data-testid=request-form]")!;
        var fields = Citizen("海阳市2025年度校舍安全改造项目清单");

        var posts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => citizen.PostFormAsync(form, fields, "/s/haiyang/requests/new")));

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        Assert.Equal(1, await CountAsync("海阳市2025年度校舍安全改造项目清单"));
    }

    [Fact]
    public async Task One_form_posted_to_two_instances_at_once_files_one_request()
    {
        await using var second = ZwgkFactory.OnSameDatabaseAs(f);
        var options = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        using var here = f.CreateClient(options);
        using var there = second.CreateClient(options);
        var shown = await here.GetAsync("/s/haiyang/requests/new");
        var form = (await Browser.ParseAsync(shown)).QuerySelector("form[data-testid=request-form]")!;
        // The browser's antiforgery cookie goes along to either instance, as behind a load balancer.
        var cookie = string.Join("; ", shown.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var body = Browser.FormValues(form, Citizen("海阳市2025年度农村饮水安全工程验收报告"));

        var posts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
        {
            var post = new HttpRequestMessage(HttpMethod.Post, "/s/haiyang/requests/new") { Content = new FormUrlEncodedContent(body) };
            post.Headers.Add("Cookie", cookie);
            return (i % 2 == 0 ? here : there).SendAsync(post);
        }));

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        Assert.Equal(1, await CountAsync("海阳市2025年度农村饮水安全工程验收报告"));
    }

    [Fact]
    public async Task A_filing_that_fails_unexpectedly_returns_the_form_with_everything_typed_and_a_retry_files_it()
    {
        using var citizen = new Browser(f);
        var info = "海阳市2025年度河道清淤工程招标文件" + FailOnce;
        var failed = await citizen.SubmitAsync("/s/haiyang/requests/new", Citizen(info), "form[data-testid=request-form]");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        var page = await Browser.ParseAsync(failed);
        Assert.Equal(RequestNewModel.Unavailable, page.QuerySelector("[data-testid=error-summary] li")!.TextContent.Trim());
        Assert.Equal(info, page.QuerySelector("[data-testid=request-info]")!.TextContent);
        Assert.Equal("李小明", page.QuerySelector("[data-testid=request-name]")!.GetAttribute("value"));
        Assert.Equal(0, await CountAsync(info));

        var retried = await citizen.PostFormAsync(page.QuerySelector("form[data-testid=request-form]")!, new Dictionary<string, string>(), "/s/haiyang/requests/new");
        var receipt = await FollowAsync(citizen, retried);
        Assert.Matches("^Y2026[0-9]{6}$", Text(receipt, "request-number"));
        Assert.Equal(1, await CountAsync(info));
    }

    private static async Task<AngleSharp.Dom.IDocument> FollowAsync(Browser citizen, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await citizen.GetDocumentAsync(response.Headers.Location!.ToString());
    }

    private static string Text(AngleSharp.Dom.IDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private async Task<int> CountAsync(string info)
    {
        await using var scope = f.Scope();
        return await scope.ServiceProvider.GetRequiredService<ZwgkDbContext>().Set<InformationRequest>().CountAsync(r => r.InformationSought == info);
    }

    private async Task<InformationRequest?> TrackAsync(string number, string code)
    {
        await using var scope = f.Scope();
        return await scope.ServiceProvider.GetRequiredService<Zwgk.Web.Requests.RequestService>().TrackAsync(number, code);
    }

    /// <summary>Fails the first save of a request whose information sought carries the marker.</summary>
    private sealed class FaultOnce : SaveChangesInterceptor
    {
        public const string Message = "simulated loss of the database connection";

        private int failed;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var marked = eventData.Context!.ChangeTracker.Entries<InformationRequest>()
                .Any(e => e.State == EntityState.Added && e.Entity.InformationSought.Contains(FailOnce, StringComparison.Ordinal));
            if (marked && Interlocked.Exchange(ref failed, 1) == 0)
            {
                throw new InvalidOperationException(Message);
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
