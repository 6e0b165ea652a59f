using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Zwgk.Browser.Tests.Infrastructure;

/// <summary>Waits for the page to reach an address after a click, without waiting for any load event.</summary>
public static class PageAddress
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Polls <see cref="IPage.Url"/> until it satisfies <paramref name="matches"/>. Not <c>WaitForURLAsync</c>: when the
    /// address already matches, it waits for the load event whatever <c>WaitUntil</c> says, and on the CI machine that
    /// event has stalled for 30 s with the page already at the address. The next step waits for the element it needs.
    /// </summary>
    public static async Task WaitForAddressAsync(this IPage page, Func<string, bool> matches)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!matches(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"页面 {Limit.TotalSeconds:0} 秒后仍未到达预期地址，当前地址：{page.Url}");
            }

            await Task.Delay(50);
        }
    }

    public static Task WaitForAddressAsync(this IPage page, Regex pattern) => page.WaitForAddressAsync(pattern.IsMatch);
}
