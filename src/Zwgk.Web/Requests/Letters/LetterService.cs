using Zwgk.Domain.Requests;

namespace Zwgk.Web.Requests.Letters;

/// <summary>
/// The letters of the request procedure: the unit's own text for the kind (and outcome) when it has one, else the
/// default, filled with the case. Called by the procedure when a notice or reply is issued; it checks no permission
/// (the caller has), and the bytes it returns are frozen with the case by the caller.
/// </summary>
public sealed class LetterService(LetterTemplates templates) : ILetterService
{
    public async Task<ChosenTemplate> TemplateAsync(int unitId, LetterKind kind, RequestOutcome? outcome, CancellationToken ct)
    {
        var key = LetterTemplateKey.For(kind, outcome);
        return new ChosenTemplate(key, await templates.EffectiveAsync(unitId, key, ct));
    }

    public async Task<GeneratedLetter> RenderAsync(int unitId, LetterKind kind, RequestOutcome? outcome, LetterFields fields, CancellationToken ct) =>
        (await TemplateAsync(unitId, kind, outcome, ct)).Render(fields);
}
