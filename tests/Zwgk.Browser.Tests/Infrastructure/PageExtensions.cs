using Microsoft.Playwright;

namespace Zwgk.Browser.Tests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Signs in through the console's login form, as a person would.</summary>
    public static async Task SignInAsync(this IPage page, string user, string password)
    {
        await page.GotoAsync("/admin/login");
        await page.Locator("#UserName").FillAsync(user);
        await page.Locator("#Password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/admin/login", StringComparison.Ordinal));
    }
}
