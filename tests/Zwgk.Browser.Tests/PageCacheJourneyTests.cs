using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zwgk.Browser.Tests.Infrastructure;
using Zwgk.Web.Platform;

namespace Zwgk.Browser.Tests;

/// <summary>
/// A citizen keeps a (cached) document page open; the reviewer, who sees the portal with a staff bar the public never
/// sees, corrects the document in the console; the citizen's next load shows the correction.
/// </summary>
public sealed class PageCacheJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_correction_made_in_the_console_reaches_a_citizen_at_once_and_staff_pages_stay_private()
    {
        await using var scope = fx.Factory.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<ZwgkDbContext>().Documents
            .Where(d => d.DocumentNumber == "海政办发〔2020〕9号").Select(d => d.Id).SingleAsync();
        var url = $"/s/haiyang/doc/{id}";

        var citizen = await fx.NewPageAsync(390, 844);
        await citizen.GotoAsync(url);
        var cached = await citizen.ReloadAsync();
        Assert.NotNull(await cached!.HeaderValueAsync("age"));
        Assert.Equal(0, await citizen.GetByTestId("staff-bar").CountAsync());

        var staff = await fx.NewPageAsync();
        await staff.GotoAsync("/admin/login");
        await staff.Locator("#UserName").FillAsync("reviewer");
        await staff.Locator("#Password").FillAsync("Zwgk2026Review");
        await staff.GetByTestId("login-submit").ClickAsync();
        await staff.WaitForAddressAsync(u => !u.Contains("/admin/login", StringComparison.Ordinal));
        await staff.GotoAsync(url);
        Assert.Contains("reviewer", await staff.GetByTestId("staff-bar").InnerTextAsync());
        var violations = await Axe.SeriousViolationsAsync(staff);
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        // The correction (更正稿) is prepared by Haiyang's office and passes 保密审查 and 审签 by the reviewer (职责分离).
        var office = await fx.NewPageAsync();
        await office.GotoAsync("/admin/login");
        await office.Locator("#UserName").FillAsync("office");
        await office.Locator("#Password").FillAsync("Zwgk2026Office");
        await office.GetByTestId("login-submit").ClickAsync();
        await office.WaitForAddressAsync(u => !u.Contains("/admin/login", StringComparison.Ordinal));
        await office.GotoAsync($"/admin/documents/{id}/correct");
        await office.GetByTestId("doc-body").FillAsync("（更正）海阳市2020年政务公开工作要点全文以本版为准。\n各镇区街道、市政府各部门认真贯彻落实。");
        await office.GetByTestId("correct-reason").FillAsync("订正正文表述。");
        await office.GetByTestId("correct-submit").ClickAsync();
        await office.WaitForAddressAsync(u => u.EndsWith($"/admin/documents/{id}", StringComparison.Ordinal));
        await office.GetByTestId("correction-submit").ClickAsync();
        await office.GetByTestId("correction").WaitForAsync();

        // Not public before its sign-off.
        await citizen.ReloadAsync();
        Assert.DoesNotContain("全文以本版为准", await citizen.GetByTestId("doc-body").InnerTextAsync());

        await staff.GotoAsync($"/admin/documents/{id}");
        await staff.GetByTestId("correction-opinion").FillAsync("不涉密，同意更正。");
        await staff.GetByTestId("correction-review-submit").ClickAsync();
        await staff.GetByTestId("correction-signoff-submit").ClickAsync();
        await staff.GetByTestId("correction").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });

        await citizen.ReloadAsync();
        Assert.Contains("全文以本版为准", await citizen.GetByTestId("doc-body").InnerTextAsync());
        Assert.Contains("订正正文表述。", await citizen.GetByTestId("doc-versions").InnerTextAsync());
        Assert.Equal(0, await citizen.GetByTestId("staff-bar").CountAsync());
    }
}
