using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Zwgk.Web.Tests.Infrastructure;
using static Zwgk.Web.Tests.Requests.RequestHttp;

namespace Zwgk.Web.Tests.Requests;

/// <summary>条例第十条、第三十四条: a 会商 or 协查 sent to another agency or unit issues the 协查（会商）函, frozen with the case, for staff only.</summary>
public sealed class TransferNoticeTests(RequestFixture fx) : IClassFixture<RequestFixture>
{
    private ZwgkFactory F => fx.Factory;

    private static string DocxText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var xml = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Concat(XDocument.Load(xml).Descendants(w + "t").Select(t => t.Value));
    }

    [Fact]
    public async Task Consulting_another_agency_and_asking_a_unit_for_help_each_issue_a_frozen_letter_the_applicant_never_sees()
    {
        var staff = await F.AsUserAsync(RequestFixture.HaiyangHandler);
        var unit = await F.UnitIdAsync("海阳市");
        var created = await RegisterAsync(staff, Person(unit, "2026-03-02", name: "周八", info: "海阳市与莱阳市联合制定的2025年跨区域河道治理方案"));
        var id = created.GetProperty("request").GetProperty("id").GetInt32();
        var (number, code) = (created.GetProperty("request").Str("trackingNumber"), created.Str("accessCode"));
        await ActAsync(staff, id, "assign", new { unitId = unit });

        var consulted = await ActAsync(staff, id, "consult", new { consultationKind = "OtherAgency", party = "莱阳市水利局", contact = "0535-7000000", matter = "该方案由两市共同制定，是否同意公开" });
        var letter = Assert.Single(consulted.GetProperty("letters").EnumerateArray(), l => l.Str("kind") == "TransferNotice");
        Assert.False(letter.GetProperty("forApplicant").GetBoolean());
        var docx = await staff.GetByteArrayAsync(letter.Str("url"));
        var text = DocxText(docx);
        Assert.Contains("莱阳市水利局：", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("第十条、第三十四条", text, StringComparison.Ordinal);
        Assert.Contains("2026年3月23日", text, StringComparison.Ordinal); // 15 working days from 03-02
        Assert.DoesNotContain("周八", text, StringComparison.Ordinal);

        var helper = await F.UnitIdAsync("东村街道");
        var assisted = await ActAsync(staff, id, "consult", new { consultationKind = "Assistance", unitId = helper, matter = "请协助查找河道治理方案的会议纪要", deadline = "2026-03-13" });
        var letters = assisted.GetProperty("letters").EnumerateArray().Where(l => l.Str("kind") == "TransferNotice").ToList();
        Assert.Equal(2, letters.Count);
        Assert.Contains("2026年3月13日", DocxText(await staff.GetByteArrayAsync(letters[1].Str("url"))), StringComparison.Ordinal);

        // The applicant's view lists the acknowledgement only, and the internal letters cannot be fetched with the code.
        var anonymous = F.CreateClient();
        var view = await (await anonymous.PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = number, accessCode = code })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(view.GetProperty("letters").EnumerateArray(), l => l.Str("title").Contains("协查", StringComparison.Ordinal));
        var internalId = letter.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync($"/api/v1/requests/status/letters/{internalId}", new { trackingNumber = number, accessCode = code })).StatusCode);
        Assert.DoesNotContain("莱阳市水利局", view.GetProperty("history").ToString(), StringComparison.Ordinal);
    }
}
