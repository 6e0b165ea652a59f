using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;

namespace Zwgk.Web.Requests.Letters;

public sealed record GeneratedLetter(string Title, string FileName, byte[] Docx, string PlainText);

public interface ILetterService
{
    /// Renders the unit's template (or the default) for the kind (and, for Reply, the outcome). Throws DomainRuleException
    /// (Chinese message) when a field the template needs is missing.
    Task<GeneratedLetter> RenderAsync(int unitId, LetterKind kind, RequestOutcome? outcome, LetterFields fields, CancellationToken ct);
}
