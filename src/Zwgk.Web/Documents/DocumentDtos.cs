using Zwgk.Domain.Documents;

namespace Zwgk.Web.Documents;

/// <summary>What the API accepts to draft or correct a document. Body is HTML and is sanitised.</summary>
public sealed record DocumentInput(
    int UnitId,
    int? ColumnId,
    string Title,
    string? DocumentNumber,
    DateOnly? WrittenOn,
    string[]? IssuingUnits,
    string Genre,
    string[]? Topics,
    string? StatutoryCategory,
    string? Keywords,
    string? Summary,
    string BodyHtml,
    DisclosureAttribute Attribute,
    WithholdingReason? WithholdingReason,
    string? WithholdingBasis,
    bool IsNormative,
    string? RegistrationNumber,
    string? UnifiedNumber,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo)
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
    };
}

public sealed record ReasonInput(string? Reason);

public sealed record OpinionInput(string? Opinion);

public sealed record SignOffInput(string? WordingOverrideReason, DateTime? PublishAt);

public sealed record CorrectionInput(DocumentInput Content, string? Reason, string? WordingOverrideReason = null);

public sealed record ValidityInput(Validity Validity, DateOnly On, string? Reason, int? ByDocumentId);

public sealed record DocumentEventDto(DateTime At, string Actor, string Action, string From, string To, string? Note);

public sealed record DocumentDto(
    int Id, int UnitId, int SiteId, int? ColumnId, string State, string StateName, string Title, string? DocumentNumber, DateOnly? WrittenOn,
    IReadOnlyList<string> IssuingUnits, string Genre, IReadOnlyList<string> Topics, string? StatutoryCategory, string? Keywords, string? Summary,
    string BodyHtml, string Attribute, string AttributeLabel, string? WithholdingReason, string? WithholdingBasis, bool IsNormative,
    string? RegistrationNumber, string? UnifiedNumber, string? IndexNumber, DateTime? PublishedAt, DateTime? ScheduledFor, string Validity,
    DateOnly? EffectiveFrom, DateOnly? EffectiveTo, int? SupersededById, int CurrentVersion, string Url, IReadOnlyList<DocumentEventDto>? History, int Revision)
{
    /// <summary>The public view leaves out review details and the internal history.</summary>
    public static DocumentDto From(Document d, DateOnly today, bool includeHistory)
    {
        var c = d.Content;
        return new DocumentDto(
            d.Id, d.UnitId, d.SiteId, d.ColumnId, d.State.ToString(), d.State.DisplayName(), d.Title, d.DocumentNumber, d.WrittenOn,
            c.IssuingUnits, d.Genre, c.Topics, d.StatutoryCategory, d.Keywords, d.Summary, d.BodyHtml, d.Attribute.ToString(), d.Attribute.Label(),
            includeHistory ? d.WithholdingReason?.ToString() : null, includeHistory ? d.WithholdingBasis : null, d.IsNormative,
            d.RegistrationNumber, d.UnifiedNumber, d.IndexNumber, d.PublishedAt, d.ScheduledFor, d.ValidityOn(today).ToString(),
            d.EffectiveFrom, d.EffectiveTo, d.SupersededById, d.CurrentVersion, $"/doc/{d.Id}",
            includeHistory ? d.Events.OrderBy(e => e.At).Select(e => new DocumentEventDto(e.At, e.Actor, e.Action, e.From.ToString(), e.To.ToString(), e.Note)).ToList() : null,
            d.Revision);
    }
}
