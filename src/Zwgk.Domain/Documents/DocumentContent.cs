namespace Zwgk.Domain.Documents;

/// <summary>The editable metadata and body of a document, as an editor submits it. Body HTML is sanitised before it gets here.</summary>
public sealed record DocumentContent
{
    // Lengths the console, the API and the database share (the columns of DocumentConfiguration).
    public const int TitleMax = 300;
    public const int DocumentNumberMax = 100;
    public const int IssuingUnitsMax = 500;
    public const int KeywordsMax = 200;
    public const int SummaryMax = 1000;
    public const int BodyMax = 200_000;
    public const int WithholdingBasisMax = 2000;
    public const int RegistrationNumberMax = 100;
    public const int UnifiedNumberMax = 100;

    public string Title { get; init; } = "";

    /// <summary>发文字号, e.g. 烟政办发〔2020〕17号; optional.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>成文日期 (China date).</summary>
    public DateOnly? WrittenOn { get; init; }

    /// <summary>发文机关: one or more, for joint issue.</summary>
    public IReadOnlyList<string> IssuingUnits { get; init; } = [];

    public string Genre { get; init; } = "";

    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Code of the 法定主动公开内容 category, where it applies (<see cref="StatutoryCategories"/>).</summary>
    public string? StatutoryCategory { get; init; }

    public string? Keywords { get; init; }

    public string? Summary { get; init; }

    public string BodyHtml { get; init; } = "";

    public DisclosureAttribute Attribute { get; init; } = DisclosureAttribute.Proactive;

    public WithholdingReason? WithholdingReason { get; init; }

    /// <summary>书面依据: the written legal basis and reasoning for a non-proactive attribute.</summary>
    public string? WithholdingBasis { get; init; }

    public bool IsNormative { get; init; }

    /// <summary>规范性文件登记号.</summary>
    public string? RegistrationNumber { get; init; }

    /// <summary>规范性文件统一编号.</summary>
    public string? UnifiedNumber { get; init; }

    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    /// <summary>转载: set when the document is another organ's information carried with its source (<see cref="Documents.Reprint"/>).</summary>
    public Reprint? Reprint { get; init; }

    /// <summary>
    /// A normative document without an end date gets the default validity period counted from its effective (or written)
    /// date: provincial rules on 行政规范性文件 set it at five years unless the document says otherwise.
    /// </summary>
    public DocumentContent WithDefaultValidity(int years)
    {
        if (!IsNormative || EffectiveTo is not null || years <= 0 || (EffectiveFrom ?? WrittenOn) is not { } start)
        {
            return this;
        }

        return this with { EffectiveFrom = EffectiveFrom ?? start, EffectiveTo = start.AddYears(years).AddDays(-1) };
    }

    /// <summary>Everything that keeps the document from being submitted, in Chinese; empty when complete.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add("请填写标题。");
        }

        if (WrittenOn is null)
        {
            problems.Add("请填写成文日期。");
        }

        if (IssuingUnits.Count == 0 || IssuingUnits.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("请填写发文机关。");
        }

        if (string.IsNullOrWhiteSpace(Genre))
        {
            problems.Add("请选择体裁分类。");
        }

        // Blank entries are dropped when stored, so they do not count as a choice.
        if (Topics.All(string.IsNullOrWhiteSpace))
        {
            problems.Add("请选择主题分类。");
        }

        if (StatutoryCategory is not null && !StatutoryCategories.IsKnown(StatutoryCategory))
        {
            problems.Add("法定主动公开内容类别无效。");
        }

        if (string.IsNullOrWhiteSpace(BodyHtml))
        {
            problems.Add("请填写正文。");
        }

        // seed 004 §三(一)1: "未说明不主动公开依据和理由的，不予发文".
        if (Attribute != DisclosureAttribute.Proactive)
        {
            if (WithholdingReason is null)
            {
                problems.Add($"公开属性为“{Attribute.DisplayName()}”时，须选择不主动公开的法定事由（条例第十四条至第十六条）。");
            }

            if (string.IsNullOrWhiteSpace(WithholdingBasis) || WithholdingBasis.Trim().Length < 10)
            {
                problems.Add("须填写不主动公开的书面依据和理由（不少于10字）。");
            }
        }

        if (IsNormative && string.IsNullOrWhiteSpace(DocumentNumber))
        {
            problems.Add("规范性文件须有发文字号。");
        }

        if (EffectiveFrom is { } from && EffectiveTo is { } to && to < from)
        {
            problems.Add("有效期截止日期不能早于生效日期。");
        }

        problems.AddRange(Documents.Reprint.ContentProblems(this));
        return problems;
    }
}
