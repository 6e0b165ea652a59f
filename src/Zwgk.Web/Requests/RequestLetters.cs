using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Requests.Letters;

namespace Zwgk.Web.Requests;

/// <summary>
/// Fills the letter fields from the case, has the unit's template rendered (ILetterService) and freezes the result with the
/// case. Runs inside the step's transaction: a template that lacks a field refuses the step (DomainRuleException).
/// Reading (<see cref="SourceAsync"/>) is apart from rendering (<see cref="Issue"/>) so that a step that also takes a
/// number reads first and holds the number's lock only while it renders and saves (see SequenceService).
/// </summary>
public sealed class RequestLetters(ZwgkDbContext db, ILetterService letters)
{
    public async Task<RequestLetter> IssueAsync(InformationRequest r, LetterKind kind, string actor, DateTime now, RequestConsultation? consultation, CancellationToken ct) =>
        Issue(r, kind, await SourceAsync(r.UnitId, kind, kind == LetterKind.Reply ? r.Outcome : null, ct), actor, now, consultation);

    /// <summary>What a letter of the unit needs from the database: the unit, its ancestors and the effective template.</summary>
    public async Task<LetterSource> SourceAsync(int unitId, LetterKind kind, RequestOutcome? outcome, CancellationToken ct) =>
        await SourceAsync(await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == unitId, ct), kind, outcome, ct);

    /// <summary>The same, for a unit the caller has read already.</summary>
    public async Task<LetterSource> SourceAsync(Organization unit, LetterKind kind, RequestOutcome? outcome, CancellationToken ct) =>
        new(unit, await AncestorsAsync(unit, ct), await letters.TemplateAsync(unit.Id, kind, outcome, ct));

    /// <summary>
    /// What the unit must fill in before it can issue letters, or null: the letters carry the issuing agency's own address
    /// and telephone, for the applicant's answer, clarification or objection (条例第三十条、第三十六条; issue 11: a township's
    /// letter once carried the city's address). A parent's details are never used in its place.
    /// </summary>
    public static string? MissingContact(Organization unit)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(unit.Address))
        {
            missing.Add("通信地址");
        }

        if (string.IsNullOrWhiteSpace(unit.Phone))
        {
            missing.Add("联系电话");
        }

        return missing.Count == 0 ? null
            : $"“{unit.Name}”尚未登记本机关的{string.Join("和", missing)}，不能出具告知书、答复书等文书（文书须写明本机关自己的联系方式，不使用上级机关的）。"
              + $"请在 组织机构 › {unit.Name} › 编辑（{EditPage(unit.Id)}）中填写{string.Join("、", missing)}后再办理。";
    }

    /// <summary>The console page where a unit's contact details are edited.</summary>
    public static string EditPage(int unitId) => $"/admin/units/{unitId}/edit";

    /// <summary>Renders the letter from <paramref name="source"/> and adds it to the case; touches no database.</summary>
    public RequestLetter Issue(InformationRequest r, LetterKind kind, LetterSource source, string actor, DateTime now, RequestConsultation? consultation)
    {
        if (MissingContact(source.Unit) is { } missing)
        {
            throw new DomainRuleException(missing);
        }

        var fields = Fields(r, source, ChinaTime.DateOf(now), consultation);
        if (kind == LetterKind.TransferNotice && consultation is not null)
        {
            // The 协查（会商）函 is addressed to the consulted agency or unit and names the matter and its answer date.
            fields = fields with
            {
                ResponsibleAgency = consultation.Party,
                ResponsibleAgencyContact = consultation.PartyContact,
                ReasonText = consultation.Matter,
                ThirdPartyName = null,
                ThirdPartyDeadline = consultation.DueOn,
            };
        }

        var generated = source.Template.Render(fields);
        var letter = new RequestLetter
        {
            RequestId = r.Id,
            Request = r.Id == 0 ? r : null,
            UnitId = r.UnitId,
            Kind = kind,
            Outcome = kind == LetterKind.Reply ? r.Outcome : null,
            Title = generated.Title,
            FileName = generated.FileName,
            Docx = generated.Docx,
            PlainText = generated.PlainText,
            // Letters to a third party or to another agency are internal correspondence, not the applicant's.
            ForApplicant = kind is not (LetterKind.ThirdPartyConsultation or LetterKind.TransferNotice),
            IssuedAt = now,
            IssuedBy = actor,
        };
        db.Add(letter);
        return letter;
    }

    private static LetterFields Fields(InformationRequest r, LetterSource source, DateOnly issuedOn, RequestConsultation? consultation)
    {
        var (unit, ancestors) = (source.Unit, source.Ancestors);
        var third = consultation ?? r.Consultations.LastOrDefault(c => c.Kind == ConsultationKind.ThirdParty);
        return new LetterFields
        {
            AgencyName = unit.Name,
            // The unit's own details only (MissingContact refuses a unit without them).
            AgencyAddress = unit.Address,
            AgencyPhone = unit.Phone,
            TrackingNumber = r.TrackingNumber,
            ApplicantName = r.Applicant.Name,
            ReceivedOn = r.ClarificationCompletedOn ?? r.ReceivedOn,
            InformationSought = r.ClarificationText ?? r.InformationSought,
            IssuedOn = issuedOn,
            DueOn = r.DueBeforeExtensionOn ?? r.DueOn,
            ExtendedDueOn = r.ExtensionDays is null ? null : r.DueOn,
            ExtensionReason = r.ExtensionReason,
            ReasonText = r.ReasonText,
            LegalBasis = r.LegalBasis,
            HowToObtain = r.HowToObtain,
            ResponsibleAgency = r.ResponsibleAgency,
            ResponsibleAgencyContact = r.ResponsibleAgencyContact,
            ClarificationItems = r.ClarificationItems,
            ClarificationDeadline = r.ClarificationDeadline,
            ThirdPartyName = third?.Party,
            ThirdPartyDeadline = third?.DueOn,
            FeeAmount = r.FeeAmount,
            FeeBasis = r.FeeBasis,
            FeePaymentDeadline = r.FeePaymentDueOn,
            DeliveryMethod = r.Delivery.DisplayName(),
            ReconsiderationBody = ReconsiderationBody(unit, ancestors),
            Court = Court(unit, ancestors),
        };
    }

    /// <summary>
    /// 行政复议法 (2023) 第二十四条: the county-level-and-above government reviews its departments and the governments below it;
    /// so the body is the nearest government above the unit (the one above a government, the one over a department).
    /// </summary>
    public static string? ReconsiderationBody(Organization unit, IReadOnlyList<Organization> ancestors) =>
        ancestors.FirstOrDefault(a => a.Kind == OrganizationKind.Government)?.Name;

    /// <summary>
    /// 行政诉讼法第十八条、第十五条: the basic court where the agency sits; a case against a county-level-or-above government
    /// goes to the intermediate court.
    /// </summary>
    public static string? Court(Organization unit, IReadOnlyList<Organization> ancestors)
    {
        var chain = new[] { unit }.Concat(ancestors).ToList();
        if (unit.Kind == OrganizationKind.Government && unit.Level is AdministrativeLevel.County or AdministrativeLevel.City)
        {
            var city = chain.FirstOrDefault(o => o.Level == AdministrativeLevel.City);
            return city is null ? null : city.ShortName + "中级人民法院";
        }

        var county = chain.FirstOrDefault(o => o.Level == AdministrativeLevel.County) ?? chain.FirstOrDefault(o => o.Level == AdministrativeLevel.City);
        return county is null ? null : county.ShortName + "人民法院";
    }

    /// <summary>The unit's ancestors, nearest first.</summary>
    private async Task<IReadOnlyList<Organization>> AncestorsAsync(Organization unit, CancellationToken ct)
    {
        var ids = unit.UnitPath.Ids.Where(id => id != unit.Id).ToList();
        var list = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        return list.OrderByDescending(o => o.Path.Length).ToList();
    }
}

/// <summary>What rendering a letter of one unit needs from the database, read before the step's number is taken.</summary>
public sealed record LetterSource(Organization Unit, IReadOnlyList<Organization> Ancestors, ChosenTemplate Template);
