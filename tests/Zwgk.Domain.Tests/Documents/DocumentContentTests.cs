using Zwgk.Domain.Documents;
using static Zwgk.Domain.Tests.Documents.Docs;

namespace Zwgk.Domain.Tests.Documents;

// Metadata that must be complete before a document may be submitted (DocumentContent.Problems).
public sealed class DocumentContentTests
{
    internal static DocumentContent Without(string field) => field switch
    {
        "title" => Valid() with { Title = "   " },
        "writtenOn" => Valid() with { WrittenOn = null },
        "issuingUnits" => Valid() with { IssuingUnits = [] },
        "blankIssuingUnit" => Valid() with { IssuingUnits = [" "] },
        "genre" => Valid() with { Genre = "" },
        "topics" => Valid() with { Topics = [] },
        "blankTopic" => Valid() with { Topics = [" "] },
        "statutoryCategory" => Valid() with { StatutoryCategory = "20.99" },
        "body" => Valid() with { BodyHtml = " " },
        "normativeNumber" => Valid() with { IsNormative = true, DocumentNumber = " " },
        "effectivePeriod" => Valid() with { EffectiveFrom = new DateOnly(2025, 3, 1), EffectiveTo = new DateOnly(2025, 2, 28) },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static readonly TheoryData<string, string> MissingFields = new()
    {
        { "title", "请填写标题" },
        { "writtenOn", "请填写成文日期" },
        { "issuingUnits", "请填写发文机关" },
        { "blankIssuingUnit", "请填写发文机关" },
        { "genre", "请选择体裁分类" },
        { "topics", "请选择主题分类" },
        { "blankTopic", "请选择主题分类" },
        { "statutoryCategory", "法定主动公开内容类别无效" },
        { "body", "请填写正文" },
        { "normativeNumber", "规范性文件须有发文字号" },
        { "effectivePeriod", "有效期截止日期不能早于生效日期" },
    };

    [Fact]
    public void Complete_content_has_no_problems()
    {
        Assert.Empty(Valid().Problems());
        Assert.Empty(NotProactive(DisclosureAttribute.OnRequest).Problems());
        Assert.Empty(NotProactive(DisclosureAttribute.Withheld).Problems());
    }

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void Each_missing_or_invalid_field_is_named(string field, string message)
    {
        var problem = Assert.Single(Without(field).Problems());
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_content_names_every_required_field()
    {
        var problems = new DocumentContent().Problems();

        Assert.Equal(6, problems.Count);
        foreach (var message in new[] { "标题", "成文日期", "发文机关", "体裁分类", "主题分类", "正文" })
        {
            Assert.Contains(problems, p => p.Contains(message, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Optional_fields_may_be_empty()
    {
        var content = Valid() with { DocumentNumber = null, StatutoryCategory = null, Keywords = null, Summary = null };

        Assert.Empty(content.Problems());
    }

    [Fact]
    public void Effective_period_of_a_single_day_is_valid()
    {
        var day = new DateOnly(2025, 3, 1);

        Assert.Empty((Valid() with { EffectiveFrom = day, EffectiveTo = day }).Problems());
    }

    [Fact]
    public void Normative_document_with_a_number_is_complete()
    {
        var content = Valid() with { IsNormative = true, RegistrationNumber = "YTDR-2025-0010001", UnifiedNumber = "YTCR-2025-001" };

        Assert.Empty(content.Problems());
    }

    [Theory]
    [InlineData(DisclosureAttribute.OnRequest)]
    [InlineData(DisclosureAttribute.Withheld)]
    public void Not_proactive_needs_a_legal_reason(DisclosureAttribute attribute)
    {
        var content = NotProactive(attribute) with { WithholdingReason = null };

        var problem = Assert.Single(content.Problems());
        Assert.Contains(attribute.DisplayName(), problem, StringComparison.Ordinal);
        Assert.Contains("法定事由", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DisclosureAttribute.OnRequest, null)]
    [InlineData(DisclosureAttribute.OnRequest, "   ")]
    [InlineData(DisclosureAttribute.Withheld, null)]
    [InlineData(DisclosureAttribute.Withheld, "过程性信息")]
    [InlineData(DisclosureAttribute.Withheld, "  依据第十六条不公开  ")] // 9 characters once trimmed
    public void Not_proactive_needs_a_written_basis_of_at_least_ten_characters(DisclosureAttribute attribute, string? basis)
    {
        var content = NotProactive(attribute) with { WithholdingBasis = basis };

        var problem = Assert.Single(content.Problems());
        Assert.Contains("书面依据和理由", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_basis_of_exactly_ten_characters_is_enough()
    {
        const string basis = "依据第十六条不予公开";
        Assert.Equal(10, basis.Length);

        Assert.Empty((NotProactive() with { WithholdingBasis = basis }).Problems());
    }

    [Fact]
    public void Not_proactive_without_reason_and_basis_names_both()
    {
        var content = Valid() with { Attribute = DisclosureAttribute.Withheld };

        Assert.Equal(2, content.Problems().Count);
    }

    [Fact]
    public void Proactive_needs_no_reason_and_clears_one_that_was_given()
    {
        var content = Valid() with { WithholdingReason = WithholdingReason.StateSecret, WithholdingBasis = Basis };
        Assert.Empty(content.Problems());

        var d = NewDraft(content);

        Assert.Null(d.WithholdingReason);
        Assert.Null(d.WithholdingBasis);
    }

    [Fact]
    public void Editing_a_draft_to_proactive_clears_the_withholding_reason()
    {
        var d = NewDraft(NotProactive());
        Assert.Equal(WithholdingReason.ProcessInformation, d.WithholdingReason);
        Assert.Equal(Basis, d.WithholdingBasis);

        d.Edit(NotProactive() with { Attribute = DisclosureAttribute.Proactive }, 30, Drafter, At(1));

        Assert.Equal(DisclosureAttribute.Proactive, d.Attribute);
        Assert.Null(d.WithholdingReason);
        Assert.Null(d.WithholdingBasis);
    }

    [Fact]
    public void Registration_numbers_are_kept_only_for_normative_documents()
    {
        var content = Valid() with { RegistrationNumber = "YTDR-2025-0010001", UnifiedNumber = "YTCR-2025-001" };

        Assert.Null(NewDraft(content).RegistrationNumber);
        Assert.Null(NewDraft(content).UnifiedNumber);
        Assert.Equal("YTDR-2025-0010001", NewDraft(content with { IsNormative = true }).RegistrationNumber);
    }

    [Fact]
    public void Content_round_trips_through_the_document_trimmed()
    {
        var content = Valid() with
        {
            Title = "  关于印发工作要点的通知 ",
            IssuingUnits = [" 烟台市人民政府办公室 ", "烟台市政务服务管理局"],
            Topics = ["综合政务", " 科技、教育 "],
            Keywords = "  ",
        };

        var back = NewDraft(content).Content;

        Assert.Equal("关于印发工作要点的通知", back.Title);
        Assert.Equal(["烟台市人民政府办公室", "烟台市政务服务管理局"], back.IssuingUnits);
        Assert.Equal(["综合政务", "科技、教育"], back.Topics);
        Assert.Null(back.Keywords);
        Assert.Empty(back.Problems());
    }

    [Theory]
    [InlineData(DisclosureAttribute.Proactive, "主动公开", "此件公开发布")]
    [InlineData(DisclosureAttribute.OnRequest, "依申请公开", "此件依申请公开")]
    [InlineData(DisclosureAttribute.Withheld, "不予公开", "此件不予公开")]
    public void Attribute_names_and_printed_labels(DisclosureAttribute attribute, string name, string label)
    {
        Assert.Equal(name, attribute.DisplayName());
        Assert.Equal(label, attribute.Label());
    }

    [Theory]
    [InlineData(WithholdingReason.StateSecret, "第十四条")]
    [InlineData(WithholdingReason.ProhibitedByLaw, "第十四条")]
    [InlineData(WithholdingReason.SecurityAndStability, "第十四条")]
    [InlineData(WithholdingReason.ThirdPartyRights, "第十五条")]
    [InlineData(WithholdingReason.InternalAffairs, "第十六条")]
    [InlineData(WithholdingReason.ProcessInformation, "第十六条")]
    [InlineData(WithholdingReason.EnforcementCaseFile, "第十六条")]
    public void Each_withholding_reason_cites_its_article(WithholdingReason reason, string article)
    {
        Assert.Contains(article, reason.Article(), StringComparison.Ordinal);
    }

    [Fact]
    public void Statutory_categories_cover_article_20_items_1_to_15_and_article_21()
    {
        for (var i = 1; i <= 15; i++)
        {
            Assert.True(StatutoryCategories.IsKnown($"20.{i}"), $"20.{i}");
        }

        Assert.True(StatutoryCategories.IsKnown("21.county"));
        Assert.True(StatutoryCategories.IsKnown("21.township"));
        Assert.False(StatutoryCategories.IsKnown("20.16"));
        Assert.False(StatutoryCategories.IsKnown(null));
        Assert.Equal(17, StatutoryCategories.All.Count);
    }
}
