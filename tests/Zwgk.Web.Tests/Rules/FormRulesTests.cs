using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Tests.Requests;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.Rules;

/// <summary>
/// The request forms (/requests/new, /admin/requests/new) and POST /api/v1/requests apply the same rules; each error is
/// beside its field and announced; required fields are marked; a value outside a list is refused, never mapped.
/// </summary>
public sealed class FormRulesTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private const string Form = "form[data-testid=request-form]";

    private ZwgkFactory F => fx.Factory;

    private static Dictionary<string, string> Citizen(string idNumber = "370687198503150027", string phone = "13900000000", string info = "海阳市2025年度城乡低保资金发放情况") => new()
    {
        ["Input.Name"] = "王小红",
        ["Input.IdNumber"] = idNumber,
        ["Input.Phone"] = phone,
        ["Input.InformationSought"] = info,
    };

    [Theory]
    [InlineData("37068719850315002", "应为 18 位，您填写了 17 位")]
    [InlineData("370687198513150027", "出生日期，“19851315”不是有效的日期")]
    [InlineData("370687198503150028", "最后一位校验码不符")]
    public async Task An_id_number_is_refused_beside_its_field_with_what_is_wrong(string id, string expected)
    {
        using var citizen = new Browser(F);
        var response = await citizen.SubmitAsync("/s/haiyang/requests/new", Citizen(idNumber: id), Form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);

        var error = page.QuerySelector("#Input_IdNumber-error")!;
        Assert.Contains(expected, error.TextContent, StringComparison.Ordinal);
        var input = page.QuerySelector("#Input_IdNumber")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains("Input_IdNumber-error", input.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal(id, input.GetAttribute("value"));

        var summary = page.QuerySelector("[data-testid=error-summary]")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        var link = summary.QuerySelector("a[href='#Input_IdNumber']")!;
        Assert.Contains(expected, link.TextContent, StringComparison.Ordinal);
        // Other fields are not marked.
        Assert.Null(page.QuerySelector("#Input_Name")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_short_phone_and_an_empty_description_are_each_reported_at_their_field()
    {
        using var citizen = new Browser(F);
        var page = await Browser.ParseAsync(await citizen.SubmitAsync("/s/haiyang/requests/new", Citizen(phone: "138", info: ""), Form));
        Assert.Contains("手机号码应为 11 位，您填写了 3 位", page.QuerySelector("#Input_Phone-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请填写所需政府信息的名称、文号", page.QuerySelector("#Input_InformationSought-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_InformationSought")!.GetAttribute("aria-invalid"));
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=error-summary] li a").Length);
        Assert.Equal("138", page.QuerySelector("#Input_Phone")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Required_fields_are_marked_visibly_and_for_assistive_technology_on_both_forms()
    {
        using var citizen = new Browser(F);
        var online = await citizen.GetDocumentAsync("/s/haiyang/requests/new");
        using var staff = new Browser(F);
        await staff.SignInAsync(RequestFixture.HaiyangHandler.User, RequestFixture.HaiyangHandler.Password);
        var console = await staff.GetDocumentAsync("/admin/requests/new");
        foreach (var (page, fields) in new[] { (online, new[] { "Input_Name", "Input_IdNumber", "Input_InformationSought" }), (console, new[] { "Input_Name", "Input_IdNumber", "Input_InformationSought", "Input_ReceivedOn" }) })
        {
            foreach (var id in fields)
            {
                var control = page.QuerySelector("#" + id)!;
                Assert.True(control.HasAttribute("required"), id);
                Assert.Equal("true", control.GetAttribute("aria-required"));
                Assert.NotNull(page.QuerySelector($"label[for={id}] .required-mark"));
            }

            // Optional fields are not marked.
            Assert.Null(page.QuerySelector("#Input_Email")!.GetAttribute("aria-required"));
        }
    }

    [Theory]
    [InlineData("Bogus")]
    [InlineData("7")]
    [InlineData("NaturalPerson,LegalServiceProvider")]
    public async Task A_hand_made_applicant_type_is_refused_by_name_on_the_page(string kind)
    {
        using var citizen = new Browser(F);
        var fields = Citizen();
        fields["Input.ApplicantKind"] = kind;
        var page = await Browser.ParseAsync(await citizen.SubmitAsync("/s/haiyang/requests/new", fields, Form));
        var error = page.QuerySelector("#Input_ApplicantKind-error")!.TextContent;
        Assert.Contains($"申请人类型“{kind}”不是可选的值，请从列表中选择", error, StringComparison.Ordinal);
        Assert.DoesNotContain("过长", page.QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await F.DbAsync(db => db.Set<Zwgk.Domain.Requests.InformationRequest>().CountAsync(r => r.Applicant.Name == "王小红" && r.InformationSought == "海阳市2025年度城乡低保资金发放情况")));
    }

    [Fact]
    public async Task The_console_registration_reports_the_same_rules_beside_the_fields()
    {
        using var staff = new Browser(F);
        await staff.SignInAsync(RequestFixture.HaiyangHandler.User, RequestFixture.HaiyangHandler.Password);
        var response = await staff.SubmitAsync("/admin/requests/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "张三", ["Input.IdNumber"] = "370687199001011233", ["Input.Phone"] = "0535-322", ["Input.InformationSought"] = "",
            ["Input.Delivery"] = "Online",
        }, "form[data-testid=register-form]");
        var page = await Browser.ParseAsync(response);
        Assert.Contains("校验码不符", page.QuerySelector("#Input_IdNumber-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("电话号码格式不正确", page.QuerySelector("#Input_Phone-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Input_InformationSought-error"));
        Assert.Equal("true", page.QuerySelector("#Input_Phone")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task The_api_applies_the_same_rules_field_by_field_and_refuses_values_outside_a_list()
    {
        var staff = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        var input = JsonSerializer.SerializeToNode(Person(unit, "2026-03-02"))!.AsObject();
        input["idNumber"] = "370687199013011232";
        input["phone"] = "138";
        input["informationSought"] = " ";
        var refused = await staff.PostAsJsonAsync("/api/v1/requests", input);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("出生日期", errors.GetProperty("IdNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("手机号码应为 11 位", errors.GetProperty("Phone")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("所需政府信息", errors.GetProperty("InformationSought")[0].GetString(), StringComparison.Ordinal);

        foreach (JsonNode bad in new JsonNode[] { "Bogus", 99, "99", "NaturalPerson,LegalServiceProvider" })
        {
            var body = JsonSerializer.SerializeToNode(Person(unit, "2026-03-02"))!.AsObject();
            body["applicantKind"] = bad;
            var response = await staff.PostAsJsonAsync("/api/v1/requests", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("detail");
            Assert.Contains("applicantKind", detail, StringComparison.Ordinal);
            Assert.Contains("不是可选的值", detail, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Bogus")]
    [InlineData("9")]
    public async Task A_hand_made_cleanup_result_is_refused_and_changes_nothing(string result)
    {
        var id = await PublishNormativeAsync($"海阳市城市管理规范性文件（清理测试 {result}）");
        using var city = new Browser(F);
        await city.SignInAsync(DemoAccounts.CityOffice.User, DemoAccounts.CityOffice.Password);
        var page = await city.GetDocumentAsync("/admin/documents/normative");
        var row = page.QuerySelector($"input[type=hidden][value='{id}']")!.GetAttribute("name")!.Replace(".DocumentId", "", StringComparison.Ordinal);
        var response = await city.PostFormAsync(page.QuerySelector("main form")!, new Dictionary<string, string>
        {
            [row + ".Selected"] = "true", [row + ".Result"] = result, [row + ".Reason"] = "测试", ["BatchTitle"] = "2026年度规范性文件清理",
        }, "/admin/documents/normative");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"清理结果“{result}”不是可选的值", (await Browser.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var document = await F.DbAsync(db => db.Documents.AsNoTracking().Include(d => d.Events).SingleAsync(d => d.Id == id));
        Assert.Null(document.DeclaredValidity);
        Assert.DoesNotContain(document.Events, e => e.Action == "ValidityChanged");
    }

    private async Task<int> PublishNormativeAsync(string title)
    {
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await F.UnitIdAsync("海阳市");
        var draft = JsonSerializer.SerializeToNode(DocumentsApiTests.Draft(unit, title))!.AsObject();
        draft["isNormative"] = true;
        draft["statutoryCategory"] = "20.1";
        draft["registrationNumber"] = "HYDR-2026-001";
        var created = await office.PostAsJsonAsync("/api/v1/documents", draft);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        var signed = await F.ReviewAndSignOffAsync(id);
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        return id;
    }
}
