using Zwgk.Domain.Documents;
using static Zwgk.Domain.Tests.Documents.Docs;

namespace Zwgk.Domain.Tests.Documents;

public sealed class ReprintTests
{
    private static DocumentContent Reprinted(Reprint? reprint = null) => Valid() with
    {
        Title = "明溪县人民政府办公室关于全面推进基层政务公开标准化规范化工作的指导意见",
        DocumentNumber = null,
        StatutoryCategory = null,
        IssuingUnits = ["明溪县人民政府办公室"],
        Reprint = reprint ?? new Reprint("明溪县人民政府办公室", "明政办〔2020〕13号", new DateOnly(2020, 4, 26)),
    };

    [Fact]
    public void A_published_reprint_takes_no_index_number_even_when_one_is_offered()
    {
        var d = AtSignOff(Reprinted());
        d.SignOff(Leader, At(3), 0, null, null, indexNumber: null);

        Assert.Equal(DocumentState.Published, d.State);
        Assert.Null(d.IndexNumber);
        Assert.True(d.IsPublic);
        Assert.False(Document.OwnDisclosure.Compile()(d));
        Assert.True(Document.OwnDisclosure.Compile()(Published()));
    }

    [Theory]
    [InlineData("", null, "须注明来源")]
    [InlineData("明溪县人民政府办公室", "ftp://example.org/a", "http:// 或 https://")]
    public void A_reprint_needs_its_source_and_a_web_address_for_its_original(string source, string? url, string fragment) =>
        Refused(() => NewDraft(Reprinted(new Reprint(source, OriginalUrl: url))), fragment);

    [Fact]
    public void A_reprint_claims_none_of_the_units_own_number_category_attribute_or_registration()
    {
        Refused(() => NewDraft(Reprinted() with { DocumentNumber = "烟政办发〔2025〕3号" }), "原文号");
        Refused(() => NewDraft(Reprinted() with { StatutoryCategory = "20.1" }), "法定主动公开内容");
        Refused(() => NewDraft(Reprinted() with { IsNormative = true }), "规范性文件");
        Refused(() => NewDraft(Reprinted() with { Attribute = DisclosureAttribute.OnRequest, WithholdingReason = WithholdingReason.ProcessInformation, WithholdingBasis = Basis }), "主动公开");
    }

    [Fact]
    public void A_correction_keeps_a_document_a_reprint_or_the_units_own()
    {
        var reprint = AtSignOff(Reprinted());
        reprint.SignOff(Leader, At(3), 0, null, null, null);
        Refused(() => reprint.Correct(Reprinted() with { Reprint = null }, Leader, "改为本机关文件。", At(4)), "是否为转载");
        Refused(() => Published().Correct(Reprinted(), Leader, "改为转载。", At(4)), "是否为转载");

        reprint.Correct(Reprinted(new Reprint(" 明溪县人民政府办公室 ", "明政办〔2020〕13号", new DateOnly(2020, 4, 27), " ")), Leader, "原发布日期有误。", At(4));
        Assert.Equal(new Reprint("明溪县人民政府办公室", "明政办〔2020〕13号", new DateOnly(2020, 4, 27)), reprint.Reprint);
    }

    [Fact]
    public void The_source_line_names_the_original_number_and_date_where_known()
    {
        Assert.Equal("来源：明溪县人民政府办公室（明政办〔2020〕13号，2020年4月26日）", new Reprint("明溪县人民政府办公室", "明政办〔2020〕13号", new DateOnly(2020, 4, 26)).Line());
        Assert.Equal("来源：新华社", new Reprint("新华社").Line());
    }
}
