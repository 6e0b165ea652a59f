using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Requests;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Tests.Requests;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.Rules;

/// <summary>
/// A letter gives the applicant the issuing agency's own address and telephone: a unit without them cannot issue letters,
/// is told what to fill in and where, and never borrows its parent's (a 海阳 letter once carried 烟台's address).
/// </summary>
public sealed class LetterContactTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    [Fact]
    public async Task A_unit_without_its_own_address_cannot_issue_letters_and_never_gets_its_parents()
    {
        var admin = F.WithToken(DemoAccounts.AdminToken);
        var haiyang = await F.UnitIdAsync("海阳市");
        var created = await admin.PostAsJsonAsync("/api/v1/units", new
        {
            name = "海阳市退役军人事务局", shortName = "退役军人事务局", level = "County", kind = "Department", parentId = haiyang, phone = "0535-3229001",
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var unit = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        // Registration issues the acknowledgement, so it is refused, naming the field and the page.
        var refused = await admin.PostAsJsonAsync("/api/v1/requests", Person(unit, "2026-03-02"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).Str("detail");
        Assert.Contains("“海阳市退役军人事务局”尚未登记本机关的通信地址", detail, StringComparison.Ordinal);
        Assert.Contains($"/admin/units/{unit}/edit", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("联系电话", detail, StringComparison.Ordinal);

        // The public form does not offer an agency that cannot acknowledge a request.
        using var citizen = new Browser(F);
        var form = await citizen.GetDocumentAsync("/s/haiyang/requests/new");
        Assert.Null(form.QuerySelector($"select[name='Input.UnitId'] option[value='{unit}']"));
        Assert.NotNull(form.QuerySelector($"select[name='Input.UnitId'] option[value='{haiyang}']"));

        // With its own address the letter carries that address, not the parent's.
        await SetAddressAsync(admin, unit, "山东省海阳市海政路88号");
        var filed = await RegisterAsync(admin, Person(unit, "2026-03-02"));
        var id = int.Parse(filed.GetProperty("request").Str("id"), System.Globalization.CultureInfo.InvariantCulture);
        var parentAddress = await F.DbAsync(db => db.Organizations.Where(o => o.Id == haiyang).Select(o => o.Address).SingleAsync());
        var letter = await F.DbAsync(db => db.Set<RequestLetter>().Where(l => l.RequestId == id).Select(l => l.PlainText).SingleAsync());
        Assert.Contains("山东省海阳市海政路88号", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(parentAddress!, letter, StringComparison.Ordinal);

        // Cleared again: the case page says what is missing with a link, and a step that issues a letter is refused.
        await SetAddressAsync(admin, unit, null);
        using var staff = new Browser(F);
        await staff.SignInAsync(DemoAccounts.Admin.User, DemoAccounts.Admin.Password);
        var page = await staff.GetDocumentAsync($"/admin/requests/{id}");
        Assert.Contains("尚未登记本机关的通信地址", page.QuerySelector("[data-testid=contact-missing]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/admin/units/{unit}/edit", page.QuerySelector("[data-testid=contact-missing-link]")!.GetAttribute("href"));
        var clarify = await admin.PostAsJsonAsync($"/api/v1/requests/{id}/clarify", new { items = "请写明年份。", deadline = "2026-03-20" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, clarify.StatusCode);
        Assert.Contains("通信地址", await clarify.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task SetAddressAsync(HttpClient admin, int unit, string? address)
    {
        var u = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{unit}");
        var put = await admin.PutAsJsonAsync($"/api/v1/units/{unit}", new
        {
            name = u.Str("name"), shortName = u.Str("shortName"), level = u.Str("level"), kind = u.Str("kind"),
            parentId = u.GetProperty("parentId").GetInt32(), phone = "0535-3229001", address,
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }
}
