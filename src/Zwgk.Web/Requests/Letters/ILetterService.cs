using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;

namespace Zwgk.Web.Requests.Letters;

public sealed record GeneratedLetter(string Title, string FileName, byte[] Docx, string PlainText);

/// <summary>The text a unit's letter of one kind is rendered from; rendering it touches no database.</summary>
public sealed record ChosenTemplate(LetterTemplateKey Key, LetterTemplate Template)
{
    public GeneratedLetter Render(LetterFields fields) => LetterRenderer.Render(Key, Template, fields);
}

public interface ILetterService
{
    /// The unit's template (or the default) for the kind and, for Reply, the outcome.
    Task<ChosenTemplate> TemplateAsync(int unitId, LetterKind kind, RequestOutcome? outcome, CancellationToken ct);

    /// Renders the unit's template (or the default) for the kind (and, for Reply, the outcome). Throws DomainRuleException
    /// (Chinese message) when a field the template needs is missing.
    Task<GeneratedLetter> RenderAsync(int unitId, LetterKind kind, RequestOutcome? outcome, LetterFields fields, CancellationToken ct);
}
