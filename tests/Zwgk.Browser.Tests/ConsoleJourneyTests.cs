using Microsoft.Playwright;
using Zwgk.Browser.Tests.Infrastructure;
using static Zwgk.Browser.Tests.Infrastructure.ConsoleSignIn;

namespace Zwgk.Browser.Tests;

public sealed class ConsoleJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_admin_appoints_a_township_office_who_then_sees_only_that_township()
    {
        var page = await fx.NewPageAsync();
        await SignInAsync(page, "admin", "Zwgk2026Admin");

        await page.GotoAsync("/admin/users/new");
        await page.GetByTestId("user-username").FillAsync("fy.office");
        await page.GetByTestId("user-displayname").FillAsync("方圆街道政务公开专员");
        await page.GetByTestId("user-password").FillAsync("Fangyuan2026Office");
        await page.GetByTestId("user-homeunit").SelectOptionAsync(new SelectOptionValue { Label = "海阳市方圆街道办事处" });
        await page.GetByTestId("user-role").SelectOptionAsync("DisclosureOffice");
        await page.GetByTestId("user-submit").ClickAsync();
        await page.WaitForAddressAsync(url => !url.EndsWith("/admin/users/new", StringComparison.Ordinal));
        await page.GetByTestId("logout").ClickAsync();

        await SignInAsync(page, "fy.office", "Fangyuan2026Office");
        Assert.Equal("海阳市方圆街道办事处", await page.GetByTestId("current-unit").InnerTextAsync());
        Assert.Equal("3", await page.GetByTestId("count-units").InnerTextAsync());
        Assert.Equal(1, await page.GetByTestId("unit-switch").Locator("option").CountAsync());

        await page.GotoAsync("/admin/units");
        var names = await page.GetByTestId("unit-name").AllInnerTextsAsync();
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.True(n.Contains("方圆", StringComparison.Ordinal) || n.Contains("里店", StringComparison.Ordinal), n));

        // Another township's page is refused.
        var response = await page.GotoAsync("/admin/users");
        Assert.NotNull(response);
        Assert.DoesNotContain("刘洋", await page.ContentAsync());
    }

    [Fact]
    public async Task Console_pages_have_no_serious_accessibility_violations()
    {
        var page = await fx.NewPageAsync();
        await SignInAsync(page, "office", "Zwgk2026Office");

        await page.GotoAsync("/admin/documents");
        var detail = await page.Locator("[data-testid^=document-link-]").First.GetAttributeAsync("href");
        string[] pages =
        [
            "/admin", "/admin/units", "/admin/users", "/admin/users/new", "/admin/sites", "/admin/audit", "/admin/tokens",
            "/admin/documents", "/admin/documents/new", "/admin/documents/review", "/admin/documents/review-yearly", "/admin/wording", detail!,
        ];
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            var violations = await Axe.SeriousViolationsAsync(page);
            Assert.True(violations.Count == 0, url + "\n" + string.Join("\n", violations));
        }
    }
}
