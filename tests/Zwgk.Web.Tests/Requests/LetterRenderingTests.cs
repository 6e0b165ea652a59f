using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Requests.Letters;

namespace Zwgk.Web.Tests.Requests;

/// <summary>The default standard texts filled with realistic cases: content, legal citations, remedy notice, DOCX validity.</summary>
public sealed class LetterRenderingTests
{
    public static TheoryData<string> AllKeys => [.. LetterTemplateKey.All.Select(k => k.ToString())];

    public static TheoryData<RequestOutcome> AllOutcomes => [.. Enum.GetValues<RequestOutcome>()];

    private static LetterTemplateKey Key(string text) => LetterTemplateKey.TryParse(text, out var k) ? k : throw new ArgumentException(text);

    private static GeneratedLetter Render(LetterTemplateKey key, LetterFields? fields = null) =>
        LetterRenderer.Render(key, DefaultLetterTemplates.For(key), fields ?? LetterCases.For(key));

    [Fact]
    public void There_is_a_default_text_for_every_notice_kind_and_every_one_of_the_21_outcomes()
    {
        Assert.Equal(6 + 21, LetterTemplateKey.All.Count);
        Assert.All(Enum.GetValues<RequestOutcome>(), o => Assert.Contains(LetterTemplateKey.All, k => k.Outcome == o));
        Assert.All(LetterTemplateKey.All, k => Assert.Empty(LetterTemplates.Validate(k, DefaultLetterTemplates.For(k).Title, DefaultLetterTemplates.For(k).Body)));
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Each_default_text_renders_a_complete_letter_with_the_case_and_chinese_dates(string keyText)
    {
        var key = Key(keyText);
        var letter = Render(key);

        Assert.DoesNotContain("{{", letter.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", letter.PlainText, StringComparison.Ordinal);
        Assert.StartsWith(letter.Title + "\n申请编号：YSQ-2026-000042\n", letter.PlainText, StringComparison.Ordinal);
        Assert.Contains("2026年2月26日", letter.PlainText, StringComparison.Ordinal); // received, 条例第三十一条
        Assert.EndsWith("海阳市人民政府办公室\n2026年3月5日\n", letter.PlainText, StringComparison.Ordinal);
        Assert.Contains("“2025年度海阳市城区道路改造工程招标文件及中标结果”", letter.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("。。", letter.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-", letter.PlainText.Replace("YSQ-2026-", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal($"YSQ-2026-000042-{letter.Title}.docx", letter.FileName);
        // The applicant is addressed, except in letters to a third party or another agency (who are not told who asked).
        var addressee = key.Kind switch
        {
            LetterKind.ThirdPartyConsultation => "海阳市某某建设工程有限公司：",
            LetterKind.TransferNotice => "海阳市住房和城乡建设局：",
            _ => "李某某：",
        };
        Assert.Contains("\n\n" + addressee + "\n", letter.PlainText, StringComparison.Ordinal);
        if (key.Kind is LetterKind.ThirdPartyConsultation or LetterKind.TransferNotice)
        {
            Assert.DoesNotContain("李某某", letter.PlainText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AllOutcomes))]
    public void Every_reply_carries_the_remedy_notice_with_60_days_and_6_months(RequestOutcome outcome)
    {
        var text = Render(LetterTemplateKey.For(LetterKind.Reply, outcome)).PlainText;

        Assert.Contains("关于政府信息公开申请的答复", text, StringComparison.Ordinal);
        Assert.Contains("自收到本答复之日起60日内向海阳市人民政府申请行政复议", text, StringComparison.Ordinal);
        Assert.Contains("自收到本答复之日起6个月内向海阳市人民法院提起行政诉讼", text, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国政府信息公开条例》", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_named_body_or_court_the_remedy_notice_still_states_both_periods()
    {
        var fields = LetterCases.Base with { ReconsiderationBody = null, Court = " " };
        var text = Render(LetterTemplateKey.For(LetterKind.Reply, RequestOutcome.NotProcessedRepeatRequest), fields).PlainText;

        Assert.Contains("自收到本答复之日起60日内依法申请行政复议，或者自收到本答复之日起6个月内依法向人民法院提起行政诉讼。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acknowledgement", "第三十三条")]
    [InlineData("ClarificationNotice", "第二十九条第二款、第三十条")]
    [InlineData("ExtensionNotice", "第三十三条第二款")]
    [InlineData("ThirdPartyConsultation", "第三十二条")]
    [InlineData("FeeNotice", "国办函〔2020〕109号")]
    [InlineData("TransferNotice", "第三十四条")]
    [InlineData("Reply.Disclosed", "第三十六条第（一）项、第（二）项")]
    [InlineData("Reply.PartlyDisclosed", "第三十七条")]
    [InlineData("Reply.NotDisclosedStateSecret", "第十四条、第三十六条第（三）项")]
    [InlineData("Reply.NotDisclosedThirdPartyRights", "第十五条")]
    [InlineData("Reply.NotDisclosedInternalAffairs", "第十六条第一款")]
    [InlineData("Reply.NotDisclosedProcessInformation", "第十六条第二款")]
    [InlineData("Reply.NotDisclosedEnforcementCaseFile", "第十六条第二款")]
    [InlineData("Reply.NotDisclosedAdministrativeInquiry", "第三十六条第（七）项")]
    [InlineData("Reply.CannotProvideNotHeld", "第三十六条第（四）项")]
    [InlineData("Reply.CannotProvideNeedsCompilation", "第三十八条")]
    [InlineData("Reply.CannotProvideStillUnclear", "第三十条")]
    [InlineData("Reply.NotProcessedPetitionOrComplaint", "第三十九条第一款")]
    [InlineData("Reply.NotProcessedRepeatRequest", "第三十六条第（六）项")]
    [InlineData("Reply.NotProcessedPublication", "第三十九条第二款")]
    [InlineData("Reply.NotProcessedUnreasonableVolume", "第三十五条")]
    [InlineData("Reply.OtherClarificationNotCompleted", "视为放弃申请")]
    [InlineData("Reply.OtherFeeNotPaid", "第四十二条")]
    public void Each_text_cites_the_article_it_rests_on(string keyText, string citation) =>
        Assert.Contains(citation, Render(Key(keyText)).PlainText, StringComparison.Ordinal);

    [Fact]
    public void The_deadlines_print_in_chinese_style_in_the_notices()
    {
        Assert.Contains("即不晚于2026年3月26日", Render(Key("Acknowledgement")).PlainText, StringComparison.Ordinal);
        Assert.Contains("请您于2026年3月19日前将补正后的申请提交本机关", Render(Key("ClarificationNotice")).PlainText, StringComparison.Ordinal);
        var extension = Render(Key("ExtensionNotice")).PlainText;
        Assert.Contains("不能在2026年3月26日前作出答复", extension, StringComparison.Ordinal);
        Assert.Contains("答复期限延长至2026年4月24日", extension, StringComparison.Ordinal);
        Assert.Contains("人民币300元", Render(Key("FeeNotice")).PlainText, StringComparison.Ordinal);
        Assert.Equal("2026年1月9日", LetterPlaceholders.Date(new DateOnly(2026, 1, 9)));
    }

    [Fact]
    public void Not_held_says_the_information_does_not_exist_unless_another_agency_is_named()
    {
        var key = LetterTemplateKey.For(LetterKind.Reply, RequestOutcome.CannotProvideNotHeld);
        var absent = Render(key).PlainText;
        Assert.Contains("该政府信息不存在", absent, StringComparison.Ordinal);
        Assert.DoesNotContain("第三十六条第（五）项", absent, StringComparison.Ordinal);

        var elsewhere = Render(key, LetterCases.Base with { ResponsibleAgency = "海阳市自然资源和规划局", ResponsibleAgencyContact = "0535-3225678" }).PlainText;
        Assert.Contains("第三十六条第（五）项", elsewhere, StringComparison.Ordinal);
        Assert.Contains("负责公开该政府信息的行政机关为海阳市自然资源和规划局，联系方式：0535-3225678", elsewhere, StringComparison.Ordinal);
        Assert.DoesNotContain("该政府信息不存在", elsewhere, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_the_text_needs_is_refused_in_chinese_naming_every_field()
    {
        var key = LetterTemplateKey.For(LetterKind.Reply, RequestOutcome.PartlyDisclosed);
        var e = Assert.Throws<DomainRuleException>(() => Render(key, LetterCases.Base with { HowToObtain = "  " }));

        Assert.Contains("答复书（部分公开）", e.Message, StringComparison.Ordinal);
        Assert.Contains("理由、法律依据、获取方式", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_paragraphs_vanish_when_their_field_is_absent()
    {
        var key = LetterTemplateKey.For(LetterKind.Reply, RequestOutcome.NotDisclosedStateSecret);
        var text = Render(key, LetterCases.Base with { AgencyPhone = null, AgencyAddress = null }).PlainText;

        Assert.DoesNotContain("联系电话", text, StringComparison.Ordinal);
        Assert.DoesNotContain("通信地址", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_needs_its_outcome()
    {
        var e = Assert.Throws<DomainRuleException>(() => LetterTemplateKey.For(LetterKind.Reply, null));
        Assert.Contains("办理结果", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void The_docx_is_a_valid_a4_document_with_title_number_line_body_and_signature(string keyText)
    {
        var letter = Render(Key(keyText));
        using var stream = new MemoryStream(letter.Docx);
        using var doc = WordprocessingDocument.Open(stream, false);

        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var body = doc.MainDocumentPart!.Document.Body!;
        var page = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal(11906U, page.Width!.Value); // A4: 210 mm
        Assert.Equal(16838U, page.Height!.Value); // 297 mm
        var paragraphs = body.Elements<Paragraph>().ToList();
        Assert.Equal(letter.Title, paragraphs[0].InnerText);
        Assert.Equal(JustificationValues.Center, paragraphs[0].ParagraphProperties!.Justification!.Val!.Value);
        Assert.NotNull(paragraphs[0].Descendants<Bold>().SingleOrDefault());
        Assert.Equal("宋体", paragraphs[0].Descendants<RunFonts>().First().EastAsia!.Value);
        Assert.Equal("申请编号：YSQ-2026-000042", paragraphs[1].InnerText);
        Assert.Equal("仿宋", paragraphs[2].Descendants<RunFonts>().First().EastAsia!.Value);
        Assert.Equal("海阳市人民政府办公室", paragraphs[^2].InnerText);
        Assert.Equal("2026年3月5日", paragraphs[^1].InnerText);
        Assert.Equal(JustificationValues.Right, paragraphs[^1].ParagraphProperties!.Justification!.Val!.Value);
        // Every paragraph of the plain text is in the document, in order.
        var text = string.Join("\n", paragraphs.Select(p => p.InnerText).Where(t => t.Length > 0));
        Assert.Equal(letter.PlainText.Replace("\n\n", "\n", StringComparison.Ordinal).Trim(), text);
        Assert.Equal(letter.Title, doc.PackageProperties.Title);
    }
}
