using Zwgk.Domain.Requests;

namespace Zwgk.Web.Requests.Letters;

/// <summary>
/// The letters of the request procedure: the unit's own text for the kind (and outcome) when it has one, else the
/// default, filled with the case. Called by the procedure when a notice or reply is issued; it checks no permission
/// (the caller has), and the bytes it returns are frozen with the case by the caller.
/// </summary>
public sealed class LetterService(LetterTemplates templates) : ILetterService
{
    public async Task<GeneratedLetter> RenderAsync(int unitId, LetterKind kind, RequestOutcome? outcome, LetterFields fields, CancellationToken ct)
    {
        var key = LetterTemplateKey.For(kind, outcome);
        var template = await templates.EffectiveAsync(unitId, key, ct);
        return LetterRenderer.Render(key, template, fields);
    }
}
