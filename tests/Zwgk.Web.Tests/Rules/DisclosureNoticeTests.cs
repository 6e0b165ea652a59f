using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Tests.Infrastructure;
using Zwgk.Web.Tests.Requests;

namespace Zwgk.Web.Tests.Rules;

/// <summary>
/// 公开属性认定公函 (seed 004 §三(一)1): the drafting unit settles, in a numbered letter to the disclosure office, the
/// attribute of older documents that have none; each document records it, audited, and the letter downloads as DOCX.
/// </summary>
public sealed class DisclosureNoticeTests(ClockFactory fx) : IClassFixture<ClockFactory>
{
    private static readonly string[] Issuers = ["海阳市人民政府"];

    private static readonly string[] Topics = ["综合政务"];

    private ZwgkFactory F => fx.Factory;

    internal static async Task<int> HistoricalAsync(HttpClient office, int unit, string title, string number)
    {
        var created = await office.PostAsJsonAsync("/api/v1/disclosure-notices/historical-documents", new
        {
            unitId = unit, title, documentNumber = number, writtenOn = "2009-05-12", issuingUnits = Issuers,
            genre = "通知", topics = Topics, bodyHtml = "<p>各镇人民政府、街道办事处，市政府各部门：现将有关事项通知如下。</p>",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var doc = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", doc.Str("attribute"));
        Assert.Equal("Filed", doc.Str("state"));
        return doc.GetProperty("id").GetInt32();
    }

    private static object Notice(int unit, int addressee, params object[] items) => new { unitId = unit, addresseeUnitId = addressee, subject = "海政依申〔2026〕12号申请", items };

    [Fact]
    public async Task A_notice_settles_each_listed_document_with_its_number_and_audit_line_and_downloads_as_docx()
    {
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var haiyang = await F.UnitIdAsync("海阳市");
        var city = await F.UnitIdAsync("烟台市");
        var open = await HistoricalAsync(office, haiyang, "海阳市人民政府关于加强城区道路管理的通知", "海政发〔2009〕21号");
        var withheld = await HistoricalAsync(office, haiyang, "海阳市人民政府关于2009年度人事调整的内部意见", "海政发〔2009〕30号");

        var pending = await (await office.GetAsync($"/api/v1/disclosure-notices/pending?unit={haiyang}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(pending.EnumerateArray(), d => d.GetProperty("id").GetInt32() == open);

        var issued = await office.PostAsJsonAsync("/api/v1/disclosure-notices", Notice(haiyang, city,
            new { documentId = open, attribute = "Proactive" },
            new { documentId = withheld, attribute = "Withheld", withholdingReason = "InternalAffairs", withholdingBasis = "属于机关人事管理信息。" }));
        Assert.True(issued.StatusCode == HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var notice = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var year = Zwgk.Domain.Calendar.ChinaTime.DateOf(notice.GetProperty("issuedAt").GetDateTime().ToUniversalTime()).Year;
        var number = notice.Str("number");
        Assert.Matches($"^海阳市政公函〔{year}〕[1-9][0-9]*号$", number);
        Assert.Equal("烟台市人民政府", notice.Str("addressee"));
        Assert.Equal(2, notice.GetProperty("documents").GetArrayLength());

        var opened = await (await office.GetAsync($"/api/v1/documents/{open}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Proactive", opened.Str("attribute"));
        Assert.Contains(opened.GetProperty("history").EnumerateArray(), h => h.Str("action") == "AttributeSettled" && h.Str("note").StartsWith(number, StringComparison.Ordinal));
        var kept = await (await office.GetAsync($"/api/v1/documents/{withheld}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Withheld", kept.Str("attribute"));
        Assert.Equal("InternalAffairs", kept.Str("withholdingReason"));
        var settled = await F.DbAsync(db => db.Documents.Where(d => d.AttributeNoticeNumber == number).Select(d => d.Id).ToListAsync());
        Assert.Equal(new[] { open, withheld }.Order(), settled.Order());

        foreach (var id in new[] { open, withheld })
        {
            var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(await F.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "DisclosureNoticeIssued" && e.EntityType == "Document" && e.EntityId == key
                && e.Actor == "office" && e.Reason == number && e.Summary.Contains("AttributePending"))), $"文件 {id} 缺少审计记录");
        }

        // The letter opens in OpenXml, carries its number and addressee and names both documents with their attribute.
        var docx = await office.GetAsync(notice.Str("docxUrl"));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("烟台市人民政府：", text, StringComparison.Ordinal);
        Assert.Contains("《海阳市人民政府关于加强城区道路管理的通知》（海政发〔2009〕21号）：主动公开", text, StringComparison.Ordinal);
        Assert.Contains("《海阳市人民政府关于2009年度人事调整的内部意见》（海政发〔2009〕30号）：不予公开。依据：《政府信息公开条例》第十六条", text, StringComparison.Ordinal);

        // The next letter of the unit in the same year takes the next number.
        var third = await HistoricalAsync(office, haiyang, "海阳市人民政府关于农村公路养护的通知", "海政发〔2010〕4号");
        var next = await (await office.PostAsJsonAsync("/api/v1/disclosure-notices", Notice(haiyang, city, new { documentId = third, attribute = "OnRequest", withholdingReason = "ThirdPartyRights", withholdingBasis = "涉及承包企业的商业信息。" })))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Serial(number) + 1, Serial(next.Str("number")));
    }

    [Fact]
    public async Task A_settled_document_cannot_be_settled_again_and_a_refused_notice_settles_nothing_and_uses_no_number()
    {
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var haiyang = await F.UnitIdAsync("海阳市");
        var first = await HistoricalAsync(office, haiyang, "海阳市人民政府关于印发城区绿化管理办法的通知", "海政发〔2008〕7号");
        var second = await HistoricalAsync(office, haiyang, "海阳市人民政府关于调整水价的通知", "海政发〔2008〕9号");
        var done = await (await office.PostAsJsonAsync("/api/v1/disclosure-notices", Notice(haiyang, haiyang, new { documentId = first, attribute = "Proactive" })))
            .Content.ReadFromJsonAsync<JsonElement>();

        var again = await office.PostAsJsonAsync("/api/v1/disclosure-notices", Notice(haiyang, haiyang,
            new { documentId = second, attribute = "Proactive" }, new { documentId = first, attribute = "Withheld", withholdingReason = "InternalAffairs", withholdingBasis = "内部。" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("公开属性已确定为“主动公开”，不能再以公函认定", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await F.DbAsync(db => db.Documents.AnyAsync(d => d.Id == second && d.AttributePending)));

        // 不予公开 without a reason is refused: the letter must state it (004: "确定公开属性并说明理由").
        var bare = await office.PostAsJsonAsync("/api/v1/disclosure-notices", Notice(haiyang, haiyang, new { documentId = second, attribute = "Withheld" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bare.StatusCode);
        Assert.Contains("须选择不予主动公开的依据并说明理由", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The refused letters gave their numbers back: the next one follows the last issued.
        var next = await (await office.PostAsJsonAsync("/api/v1/disclosure-notices", Notice(haiyang, haiyang, new { documentId = second, attribute = "Proactive" })))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Serial(done.Str("number")) + 1, Serial(next.Str("number")));
    }

    [Fact]
    public async Task An_office_cannot_issue_for_a_unit_outside_its_subtree_nor_list_another_units_documents()
    {
        var office = await F.AsUserAsync(DemoAccounts.HaiyangOffice);
        var city = await F.AsUserAsync(DemoAccounts.CityOffice);
        var laiyang = await F.UnitIdAsync("莱阳市");
        var haiyang = await F.UnitIdAsync("海阳市");
        var theirs = await HistoricalAsync(city, laiyang, "莱阳市人民政府关于城区供暖的通知", "莱政发〔2011〕2号");

        var denied = await office.PostAsJsonAsync("/api/v1/disclosure-notices", Notice(laiyang, haiyang, new { documentId = theirs, attribute = "Proactive" }));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/disclosure-notices/pending?unit={laiyang}")).StatusCode);

        // Nor under its own unit's name: a letter settles only the issuing unit's own documents.
        var smuggled = await office.PostAsJsonAsync("/api/v1/disclosure-notices", Notice(haiyang, haiyang, new { documentId = theirs, attribute = "Proactive" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, smuggled.StatusCode);
        Assert.True(await F.DbAsync(db => db.Documents.AnyAsync(d => d.Id == theirs && d.AttributePending)));

        // The city's office supervises the whole region and may issue for 莱阳市; Haiyang cannot read that letter.
        var issued = await city.PostAsJsonAsync("/api/v1/disclosure-notices", Notice(laiyang, laiyang, new { documentId = theirs, attribute = "Proactive" }));
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var id = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/disclosure-notices/{id}/docx")).StatusCode);
        var editor = await F.AsUserAsync(DemoAccounts.DongcunEditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/api/v1/disclosure-notices/{id}")).StatusCode);
    }

    [PostgresFact]
    public async Task Two_instances_issuing_at_once_get_distinct_consecutive_numbers()
    {
        var first = new ZwgkFactory();
        await first.InitializeAsync();
        try
        {
            await using var second = ZwgkFactory.OnSameDatabaseAs(first);
            var a = await first.AsUserAsync(DemoAccounts.HaiyangOffice);
            var b = await second.AsUserAsync(DemoAccounts.HaiyangOffice);
            var haiyang = await first.UnitIdAsync("海阳市");
            var docs = new List<int>();
            for (var i = 0; i < 6; i++)
            {
                docs.Add(await HistoricalAsync(a, haiyang, $"海阳市人民政府关于第{i + 1}批历史文件的通知", $"海政发〔2007〕{i + 1}号"));
            }

            var issues = docs.Select((d, i) => (i % 2 == 0 ? a : b).PostAsJsonAsync("/api/v1/disclosure-notices", Notice(haiyang, haiyang, new { documentId = d, attribute = "Proactive" })));
            var answers = await Task.WhenAll(issues);
            var numbers = new List<string>();
            foreach (var r in answers)
            {
                Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
                numbers.Add((await r.Content.ReadFromJsonAsync<JsonElement>()).Str("number"));
            }

            Assert.Equal(Enumerable.Range(1, 6), numbers.Select(Serial).Order());
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    private static int Serial(string number) =>
        int.Parse(number[(number.IndexOf('〕') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
}
