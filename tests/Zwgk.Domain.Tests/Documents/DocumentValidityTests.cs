using Zwgk.Domain.Documents;
using static Zwgk.Domain.Tests.Documents.Docs;

namespace Zwgk.Domain.Tests.Documents;

// 有效性 of normative documents: derived from the effective period, or declared when a later document repeals or amends it.
public sealed class DocumentValidityTests
{
    private static readonly DateOnly From = new(2025, 4, 1);
    private static readonly DateOnly To = new(2027, 3, 31);

    private static Document PublishedWithPeriod(DateOnly? to = null) =>
        Published(Valid() with { IsNormative = true, EffectiveFrom = From, EffectiveTo = to ?? To });

    [Theory]
    [InlineData("2025-03-01")] // before it takes effect: not expired
    [InlineData("2025-04-01")]
    [InlineData("2026-06-15")]
    [InlineData("2027-03-31")] // the last day is still effective
    public void Effective_up_to_and_including_the_effective_to_date(string today)
    {
        var d = PublishedWithPeriod();

        Assert.Equal(Validity.Effective, d.ValidityOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(d.ValidityChangedOnAt(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2027-04-01")] // the day after effective-to
    [InlineData("2030-01-01")]
    public void Expired_from_the_day_after_the_effective_to_date(string today)
    {
        var d = PublishedWithPeriod();
        var date = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(Validity.Expired, d.ValidityOn(date));
        Assert.Equal(new DateOnly(2027, 4, 1), d.ValidityChangedOnAt(date));
    }

    [Fact]
    public void Without_an_effective_to_date_it_stays_effective()
    {
        var d = Published(Valid() with { EffectiveFrom = From });

        Assert.Equal(Validity.Effective, d.ValidityOn(new DateOnly(2099, 12, 31)));
        Assert.Null(d.ValidityChangedOnAt(new DateOnly(2099, 12, 31)));
    }

    [Theory]
    [InlineData(Validity.Repealed)]
    [InlineData(Validity.Amended)]
    public void Declared_repeal_or_amendment_wins_and_records_the_superseding_document(Validity validity)
    {
        var d = PublishedWithPeriod();
        var on = new DateOnly(2026, 1, 15);

        d.DeclareValidity(validity, on, "  被烟政发〔2026〕1号替代。 ", 4711, "法制科吴十", At(10));

        // Declared status holds on any day, even while the effective period has not run out, and after it has.
        Assert.Equal(validity, d.ValidityOn(new DateOnly(2026, 1, 16)));
        Assert.Equal(validity, d.ValidityOn(new DateOnly(2028, 1, 1)));
        Assert.Equal(validity, d.DeclaredValidity);
        Assert.Equal(4711, d.SupersededById);
        Assert.Equal("被烟政发〔2026〕1号替代。", d.ValidityReason);
        Assert.Equal(on, d.ValidityChangedOn);
        Assert.Equal(on, d.ValidityChangedOnAt(new DateOnly(2026, 1, 16)));
        Assert.Equal(on, d.ValidityChangedOnAt(new DateOnly(2028, 1, 1)));
        // The declaration does not unpublish: the text stays readable with its status shown.
        Assert.True(d.IsPublic);

        var e = d.Events[^1];
        Assert.Equal("ValidityChanged", e.Action);
        Assert.Equal("法制科吴十", e.Actor);
        Assert.Equal(At(10), e.At);
        Assert.Equal(DocumentState.Published, e.From);
        Assert.Equal(DocumentState.Published, e.To);
        Assert.Contains(validity.DisplayName(), e.Note, StringComparison.Ordinal);
        Assert.Contains("2026-01-15", e.Note, StringComparison.Ordinal);
        Assert.Contains("被烟政发〔2026〕1号替代。", e.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_up_can_declare_a_document_expired_early()
    {
        var d = PublishedWithPeriod();
        var on = new DateOnly(2025, 12, 31);

        d.DeclareValidity(Validity.Expired, on, "2025年规范性文件清理宣布失效。", null, "法制科吴十", At(10));

        Assert.Equal(Validity.Expired, d.ValidityOn(new DateOnly(2026, 1, 1)));
        Assert.Equal(on, d.ValidityChangedOnAt(new DateOnly(2026, 1, 1)));
        Assert.Null(d.SupersededById);
    }

    [Fact]
    public void A_filed_document_can_change_validity_too()
    {
        var d = Filed();

        d.DeclareValidity(Validity.Repealed, new DateOnly(2026, 1, 1), "已被新文件废止。", 12, "法制科吴十", At(10));

        Assert.Equal(Validity.Repealed, d.ValidityOn(new DateOnly(2026, 1, 2)));
        Assert.Equal(DocumentState.Filed, d.State);
    }

    [Fact]
    public void Effective_cannot_be_declared()
    {
        var d = PublishedWithPeriod();

        Refused(() => d.DeclareValidity(Validity.Effective, new DateOnly(2026, 1, 1), "恢复有效。", null, "法制科吴十", At(10)), "只能声明失效、废止或已修改");
        Assert.Null(d.DeclaredValidity);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validity_change_needs_a_reason(string reason)
    {
        var d = PublishedWithPeriod();

        Refused(() => d.DeclareValidity(Validity.Repealed, new DateOnly(2026, 1, 1), reason, 12, "法制科吴十", At(10)), "有效性变化须说明理由");
        Assert.Null(d.DeclaredValidity);
        Assert.Null(d.SupersededById);
    }

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.ConfidentialityReview)]
    [InlineData(DocumentState.SignOff)]
    [InlineData(DocumentState.Scheduled)]
    [InlineData(DocumentState.Withdrawn)]
    public void Only_published_or_filed_documents_change_validity(DocumentState state)
    {
        var d = InState(state);

        Refused(() => d.DeclareValidity(Validity.Repealed, new DateOnly(2026, 1, 1), "废止。", 12, "法制科吴十", At(10)), "只有已发布或已归档的信息才有有效性变化");
        Assert.Null(d.DeclaredValidity);
    }

    [Theory]
    [InlineData(Validity.Effective, "有效")]
    [InlineData(Validity.Expired, "失效")]
    [InlineData(Validity.Repealed, "废止")]
    [InlineData(Validity.Amended, "已修改")]
    public void Validity_names(Validity validity, string name)
    {
        Assert.Equal(name, validity.DisplayName());
    }
}
