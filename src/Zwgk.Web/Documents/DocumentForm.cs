using System.ComponentModel.DataAnnotations;
using Zwgk.Domain.Documents;

namespace Zwgk.Web.Documents;

/// <summary>
/// The console's draft form. The body is typed as plain text (the console works without JavaScript) and becomes
/// paragraphs; issuing units are one per line. Completeness is the aggregate's business (<see cref="DocumentContent.Problems"/>),
/// so only lengths are checked here.
/// </summary>
public sealed class DocumentForm
{
    public int UnitId { get; set; }

    public int? ColumnId { get; set; }

    [StringLength(DocumentContent.TitleMax, ErrorMessage = "标题不超过300字。")]
    public string? Title { get; set; }

    [StringLength(DocumentContent.DocumentNumberMax, ErrorMessage = "发文字号不超过100字。")]
    public string? DocumentNumber { get; set; }

    public DateOnly? WrittenOn { get; set; }

    [StringLength(DocumentContent.IssuingUnitsMax, ErrorMessage = "发文机关合计不超过500字。")]
    public string? IssuingUnits { get; set; }

    public string? Genre { get; set; }

    public List<string> Topics { get; set; } = [];

    public string? StatutoryCategory { get; set; }

    [StringLength(DocumentContent.KeywordsMax, ErrorMessage = "关键词不超过200字。")]
    public string? Keywords { get; set; }

    [StringLength(DocumentContent.SummaryMax, ErrorMessage = "内容概述不超过1000字。")]
    public string? Summary { get; set; }

    [StringLength(DocumentContent.BodyMax, ErrorMessage = "正文过长。")]
    public string? Body { get; set; }

    public DisclosureAttribute Attribute { get; set; } = DisclosureAttribute.Proactive;

    public WithholdingReason? WithholdingReason { get; set; }

    [StringLength(DocumentContent.WithholdingBasisMax, ErrorMessage = "书面依据不超过2000字。")]
    public string? WithholdingBasis { get; set; }

    public bool IsNormative { get; set; }

    [StringLength(DocumentContent.RegistrationNumberMax, ErrorMessage = "登记号不超过100字。")]
    public string? RegistrationNumber { get; set; }

    [StringLength(DocumentContent.UnifiedNumberMax, ErrorMessage = "统一编号不超过100字。")]
    public string? UnifiedNumber { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    /// <summary>转载: another organ's information carried with its source (Reprint).</summary>
    public bool IsReprint { get; set; }

    [StringLength(Reprint.SourceMax, ErrorMessage = "来源不超过200字。")]
    public string? ReprintSource { get; set; }

    [StringLength(Reprint.OriginalNumberMax, ErrorMessage = "原文号不超过100字。")]
    public string? ReprintOriginalNumber { get; set; }

    public DateOnly? ReprintOriginalDate { get; set; }

    [StringLength(Reprint.OriginalUrlMax, ErrorMessage = "原文网址不超过500字。")]
    public string? ReprintOriginalUrl { get; set; }

    /// <summary>The catalog items the document is filed under (saved by Catalogs.CatalogLinks, not part of the content).</summary>
    public List<Guid> CatalogItemKeys { get; set; } = [];

    public DocumentContent ToContent() => new()
    {
        Title = Title ?? "",
        DocumentNumber = DocumentNumber,
        WrittenOn = WrittenOn,
        IssuingUnits = Lines(IssuingUnits),
        Genre = Genre ?? "",
        Topics = Topics.Where(t => TopicCategories.All.Contains(t)).Distinct().ToList(),
        StatutoryCategory = string.IsNullOrWhiteSpace(StatutoryCategory) ? null : StatutoryCategory,
        Keywords = Keywords,
        Summary = Summary,
        BodyHtml = DocumentHtml.FromPlainText(Body ?? ""),
        Attribute = Attribute,
        WithholdingReason = Attribute == DisclosureAttribute.Proactive ? null : WithholdingReason,
        WithholdingBasis = WithholdingBasis,
        IsNormative = IsNormative,
        RegistrationNumber = RegistrationNumber,
        UnifiedNumber = UnifiedNumber,
        EffectiveFrom = EffectiveFrom,
        EffectiveTo = EffectiveTo,
        Reprint = IsReprint ? new Reprint(ReprintSource ?? "", ReprintOriginalNumber, ReprintOriginalDate, ReprintOriginalUrl) : null,
    };

    public static DocumentForm From(Document d, DocumentHtml html) => new()
    {
        UnitId = d.UnitId,
        ColumnId = d.ColumnId,
        Title = d.Title,
        DocumentNumber = d.DocumentNumber,
        WrittenOn = d.WrittenOn,
        IssuingUnits = string.Join('\n', d.Content.IssuingUnits),
        Genre = d.Genre,
        Topics = d.Content.Topics.ToList(),
        StatutoryCategory = d.StatutoryCategory,
        Keywords = d.Keywords,
        Summary = d.Summary,
        Body = html.ToText(d.BodyHtml),
        Attribute = d.Attribute,
        WithholdingReason = d.WithholdingReason,
        WithholdingBasis = d.WithholdingBasis,
        IsNormative = d.IsNormative,
        RegistrationNumber = d.RegistrationNumber,
        UnifiedNumber = d.UnifiedNumber,
        EffectiveFrom = d.EffectiveFrom,
        EffectiveTo = d.EffectiveTo,
        IsReprint = d.IsReprint,
        ReprintSource = d.ReprintSource,
        ReprintOriginalNumber = d.ReprintOriginalNumber,
        ReprintOriginalDate = d.ReprintOriginalDate,
        ReprintOriginalUrl = d.ReprintOriginalUrl,
    };

    /// <summary>This form (unit and column kept) filled with other content, e.g. a saved correction.</summary>
    public DocumentForm WithContent(DocumentContent c, DocumentHtml html) => new()
    {
        UnitId = UnitId,
        ColumnId = ColumnId,
        Title = c.Title,
        DocumentNumber = c.DocumentNumber,
        WrittenOn = c.WrittenOn,
        IssuingUnits = string.Join('\n', c.IssuingUnits),
        Genre = c.Genre,
        Topics = c.Topics.ToList(),
        StatutoryCategory = c.StatutoryCategory,
        Keywords = c.Keywords,
        Summary = c.Summary,
        Body = html.ToText(c.BodyHtml),
        Attribute = c.Attribute,
        WithholdingReason = c.WithholdingReason,
        WithholdingBasis = c.WithholdingBasis,
        IsNormative = c.IsNormative,
        RegistrationNumber = c.RegistrationNumber,
        UnifiedNumber = c.UnifiedNumber,
        EffectiveFrom = c.EffectiveFrom,
        EffectiveTo = c.EffectiveTo,
    };

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
