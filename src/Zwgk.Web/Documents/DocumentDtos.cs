using System.ComponentModel.DataAnnotations;
using Zwgk.Domain.Documents;
using Zwgk.Web.Platform.Input;

using Zwgk.Domain.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>
/// What the API accepts to draft or correct a document. Body is HTML and is sanitised. Lengths are the console's
/// (<see cref="DocumentForm"/>), from <see cref="DocumentContent"/>; the API's input filter answers 400 beyond them.
/// </summary>
public sealed record DocumentInput(
    int UnitId,
    int? ColumnId,
    [property: StringLength(DocumentContent.TitleMax, ErrorMessage = "标题不超过300字。")] string Title,
    [property: StringLength(DocumentContent.DocumentNumberMax, ErrorMessage = "发文字号不超过100字。")] string? DocumentNumber,
    DateOnly? WrittenOn,
    [property: TotalLength(DocumentContent.IssuingUnitsMax, ErrorMessage = "发文机关合计不超过500字。")] string[]? IssuingUnits,
    [property: StringLength(32, ErrorMessage = "体裁分类不超过32字。")] string Genre,
    string[]? Topics,
    [property: StringLength(16, ErrorMessage = "法定主动公开内容类别无效。")] string? StatutoryCategory,
    [property: StringLength(DocumentContent.KeywordsMax, ErrorMessage = "关键词不超过200字。")] string? Keywords,
    [property: StringLength(DocumentContent.SummaryMax, ErrorMessage = "内容概述不超过1000字。")] string? Summary,
    [property: StringLength(DocumentContent.BodyMax, ErrorMessage = "正文过长。")] string BodyHtml,
    DisclosureAttribute Attribute,
    WithholdingReason? WithholdingReason,
    [property: StringLength(DocumentContent.WithholdingBasisMax, ErrorMessage = "书面依据不超过2000字。")] string? WithholdingBasis,
    bool IsNormative,
    [property: StringLength(DocumentContent.RegistrationNumberMax, ErrorMessage = "登记号不超过100字。")] string? RegistrationNumber,
    [property: StringLength(DocumentContent.UnifiedNumberMax, ErrorMessage = "统一编号不超过100字。")] string? UnifiedNumber,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    ReprintInput? Reprint = null)
{
    public DocumentContent ToContent() => new()
    {
        Title = Title ?? "",
        DocumentNumber = DocumentNumber,
        WrittenOn = WrittenOn,
        IssuingUnits = IssuingUnits ?? [],
        Genre = Genre ?? "",
        Topics = Topics ?? [],
        StatutoryCategory = StatutoryCategory,
        Keywords = Keywords,
        Summary = Summary,
        BodyHtml = BodyHtml ?? "",
        Attribute = Attribute,
        WithholdingReason = WithholdingReason,
        WithholdingBasis = WithholdingBasis,
        IsNormative = IsNormative,
        RegistrationNumber = RegistrationNumber,
        UnifiedNumber = UnifiedNumber,
        EffectiveFrom = EffectiveFrom,
        EffectiveTo = EffectiveTo,
        Reprint = Reprint is { } r ? new Reprint(r.Source ?? "", r.OriginalNumber, r.OriginalDate, r.OriginalUrl) : null,
    };
}

/// <summary>转载: the source of a document carried from another organ; omit (null) for the unit's own documents.</summary>
public sealed record ReprintInput(
    [property: StringLength(Reprint.SourceMax, ErrorMessage = "来源不超过200字。")] string? Source,
    [property: StringLength(Reprint.OriginalNumberMax, ErrorMessage = "原文号不超过100字。")] string? OriginalNumber,
    DateOnly? OriginalDate,
    [property: StringLength(Reprint.OriginalUrlMax, ErrorMessage = "原文网址不超过500字。")] string? OriginalUrl);

/// <summary>转载 as the API gives it back, with the line the portal prints.</summary>
public sealed record ReprintDto(string Source, string? OriginalNumber, DateOnly? OriginalDate, string? OriginalUrl, string Line)
{
    public static ReprintDto? From(Reprint? r) => r is null ? null : new(r.Source, r.OriginalNumber, r.OriginalDate, r.OriginalUrl, r.Line());
}

public sealed record ReasonInput([property: StringLength(1000, ErrorMessage = "理由不超过1000字。")] string? Reason);

/// <param name="SameActorReason">Why the drafter takes this step, where the site relaxed 职责分离 (DutySeparation).</param>
public sealed record OpinionInput(
    [property: StringLength(1000, ErrorMessage = "意见不超过1000字。")] string? Opinion,
    [property: StringLength(DutySeparation.ReasonMax, ErrorMessage = "由本人办理的理由不超过500字。")] string? SameActorReason = null);

public sealed record SignOffInput(
    [property: StringLength(1000, ErrorMessage = "理由不超过1000字。")] string? WordingOverrideReason, DateTime? PublishAt,
    [property: StringLength(DutySeparation.ReasonMax, ErrorMessage = "由本人办理的理由不超过500字。")] string? SameActorReason = null);

/// <summary>备案 by the disclosure office, with its optional note.</summary>
public sealed record FilingInput([property: StringLength(1000, ErrorMessage = "备案意见不超过1000字。")] string? Note);

/// <summary>The corrected content and why; it is held as a pending correction until it passes 保密审查 and 审签 again.</summary>
public sealed record CorrectionInput(DocumentInput Content, string? Reason);

/// <summary>A pending correction as its unit's staff see it (never in the public view).</summary>
public sealed record CorrectionDto(string State, string StateName, string Title, string BodyHtml, string? Reason);

public sealed record ValidityInput(Validity Validity, DateOnly On, string? Reason, int? ByDocumentId);

public sealed record DocumentEventDto(DateTime At, string Actor, string Action, string From, string To, string? Note);

public sealed record DocumentDto(
    int Id, int UnitId, int SiteId, int? ColumnId, string State, string StateName, string Title, string? DocumentNumber, DateOnly? WrittenOn,
    IReadOnlyList<string> IssuingUnits, string Genre, IReadOnlyList<string> Topics, string? StatutoryCategory, string? Keywords, string? Summary,
    string BodyHtml, string Attribute, string AttributeLabel, string? WithholdingReason, string? WithholdingBasis, bool IsNormative,
    string? RegistrationNumber, string? UnifiedNumber, string? IndexNumber, DateTime? PublishedAt, DateTime? ScheduledFor, string Validity,
    DateOnly? EffectiveFrom, DateOnly? EffectiveTo, int? SupersededById, int CurrentVersion, string? Url, IReadOnlyList<DocumentEventDto>? History, int Revision,
    ReprintDto? Reprint, CorrectionDto? Correction = null)
{
    /// <summary>
    /// The public view leaves out review details and the internal history. <paramref name="url"/> is the public page as the
    /// caller's host serves it (<see cref="Sites.SiteLinks"/>), null while the document is not public (it has no page yet).
    /// </summary>
    public static DocumentDto From(Document d, DateOnly today, bool includeHistory, string? url)
    {
        var c = d.Content;
        return new DocumentDto(
            d.Id, d.UnitId, d.SiteId, d.ColumnId, d.State.ToString(), d.State.DisplayName(), d.Title, d.DocumentNumber, d.WrittenOn,
            c.IssuingUnits, d.Genre, c.Topics, d.StatutoryCategory, d.Keywords, d.Summary, d.BodyHtml,
            // An older document waiting for its 公函 has no attribute yet (Document.AttributePending).
            d.AttributePending ? "Pending" : d.Attribute.ToString(), d.AttributePending ? "公开属性待认定" : d.Attribute.Label(),
            includeHistory ? d.WithholdingReason?.ToString() : null, includeHistory ? d.WithholdingBasis : null, d.IsNormative,
            d.RegistrationNumber, d.UnifiedNumber, d.IndexNumber, d.PublishedAt, d.ScheduledFor, d.ValidityOn(today).ToString(),
            d.EffectiveFrom, d.EffectiveTo, d.SupersededById, d.CurrentVersion, d.IsPublic ? url : null,
            includeHistory ? d.Events.OrderBy(e => e.At).Select(e => new DocumentEventDto(e.At, e.Actor, e.Action, e.From.ToString(), e.To.ToString(), e.Note)).ToList() : null,
            d.Revision, ReprintDto.From(d.Reprint),
            includeHistory && d.PendingCorrection is { } p ? new CorrectionDto(d.Correction!.Value.ToString(), d.Correction.Value.DisplayName(), p.Title, p.BodyHtml, d.CorrectionReason) : null);
    }
}
