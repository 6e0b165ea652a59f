using Microsoft.Playwright;

namespace Zwgk.Browser.Tests.Infrastructure;

/// <summary>Signs in on the console's login page as a person would, for every browser journey.</summary>
public static class ConsoleSignIn
{
    /// <summary>
    /// Fills and posts the login form and waits to leave it. When the page stays on the form, the failure names
    /// the user and the form's own message, so a refused sign-in does not look like a slow one.
    /// </summary>
    public static async Task SignInAsync(IPage page, string user, string password)
    {
        await page.GotoAsync("/admin/login");
        await page.Locator("#UserName").FillAsync(user);
        await page.Locator("#Password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        try
        {
            // Leaving the form is the sign-in; the next step waits for what it needs (see PageAddress for why not load).
            await page.WaitForAddressAsync(url => !url.Contains("/admin/login", StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            var messages = await page.Locator("[role=alert], .validation-summary-errors").AllInnerTextsAsync();
            throw new InvalidOperationException($"“{user}”登录后仍停留在登录页（{page.Url}）：{string.Join(" ", messages)}", e);
        }
    }
}
