using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Accounts;
using Zwgk.Web.Audit;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Sequences;
using Zwgk.Web.Requests.Letters;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents.Notices;

/// <summary>One document a 公函 settles, with the attribute it gets and, unless proactive, the ground and reason.</summary>
public sealed record NoticeItem(int DocumentId, DisclosureAttribute Attribute, WithholdingReason? WithholdingReason, string? WithholdingBasis);

/// <summary>
/// Issues 公开属性认定公函 (seed 004 §三(一)1): the unit's disclosure staff settle the attribute of its 待认定 older
/// documents in one numbered letter to the disclosure office that received the request. Everything (the number, each
/// document's attribute and its audit line, the letter) is saved in one transaction; a refused document refuses all.
/// </summary>
public sealed class DisclosureNoticeService(ZwgkDbContext db, UserAccess access, AuditContext audit, TimeProvider clock, SequenceService sequences, DocumentSearchSync search)
{
    private string Actor => access.UserName ?? "系统";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Registers an older document whose attribute was never settled (历史文件登记).</summary>
    public async Task<StepResult<Document>> RegisterHistoricalAsync(int unitId, DocumentContent content, CancellationToken ct = default)
    {
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unitId, ct);
        if (unit is null)
        {
            return StepResult.Missing<Document>();
        }

        if (!(await access.GetAsync(ct)).Has(Permission.SuperviseDisclosure, unit.UnitPath))
        {
            return StepResult.Denied<Document>();
        }

        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Organization!.Path }).ToListAsync(ct);
        var site = sites.Where(s => unit.Path.StartsWith(s.Path, StringComparison.Ordinal)).OrderByDescending(s => s.Path.Length).FirstOrDefault();
        if (site is null)
        {
            return StepResult.Refused<Document>("该单位及其上级都没有站点，无法登记信息。");
        }

        try
        {
            var d = Document.RegisterHistorical(unitId, site.Id, content, Actor, Now);
            db.Add(d);
            audit.Action = "DocumentCreated";
            await db.SaveChangesAsync(ct);
            return StepResult.Done(d);
        }
        catch (DomainRuleException e)
        {
            return StepResult.Refused<Document>(e.Message);
        }
    }

    /// <summary>The unit's documents whose attribute waits for a 公函, oldest first.</summary>
    public Task<List<Document>> PendingAsync(int unitId, CancellationToken ct = default) =>
        db.Documents.AsNoTracking().Where(d => d.UnitId == unitId && d.AttributePending).OrderBy(d => d.WrittenOn).ThenBy(d => d.Id).ToListAsync(ct);

    public async Task<StepResult<DisclosureNotice>> IssueAsync(int unitId, int addresseeUnitId, string? subject, IReadOnlyList<NoticeItem> items, CancellationToken ct = default)
    {
        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == unitId, ct);
        var addressee = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == addresseeUnitId, ct);
        if (unit is null || addressee is null)
        {
            return StepResult.Missing<DisclosureNotice>("单位不存在。");
        }

        if (!(await access.GetAsync(ct)).Has(Permission.SuperviseDisclosure, unit.UnitPath))
        {
            return StepResult.Denied<DisclosureNotice>(detail: "您不是该单位或其上级单位的政务公开工作人员，不能以该单位名义出具公函。");
        }

        if (items.Count == 0)
        {
            return StepResult.Refused<DisclosureNotice>("请至少选择一份待认定公开属性的文件。");
        }

        if (items.Select(i => i.DocumentId).Distinct().Count() != items.Count)
        {
            return StepResult.Refused<DisclosureNotice>("同一份文件在公函中只能列一次。");
        }

        string? cleanSubject;
        try
        {
            cleanSubject = Guard.Optional(subject, 200, "事由");
        }
        catch (DomainRuleException e)
        {
            return StepResult.Refused<DisclosureNotice>(e.Message);
        }

        var ids = items.Select(i => i.DocumentId).ToList();
        var year = ChinaTime.DateOf(Now).Year;
        // The number is taken last in the transaction (see SequenceService); parallel issues queue on it.
        await using var turn = await SequenceService.TurnAsync(SequenceNames.DisclosureNotice, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var documents = await db.Documents.Include(d => d.Events).Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var foreign = ids.Where(id => documents.All(d => d.Id != id || d.UnitId != unitId)).ToList();
        if (foreign.Count > 0)
        {
            return StepResult.Refused<DisclosureNotice>($"公函只能认定{unit.Name}的文件；编号 {string.Join("、", foreign)} 的文件不存在或不属于该单位。");
        }

        var serial = checked((int)await sequences.NextAsync(SequenceNames.DisclosureNotice, FormattableString.Invariant($"{unitId}/{year}"), ct));
        var number = DisclosureNotice.Format(unit.Name, unit.ShortName, year, serial);
        try
        {
            foreach (var item in items)
            {
                documents.Single(d => d.Id == item.DocumentId).SettleAttribute(item.Attribute, item.WithholdingReason, item.WithholdingBasis, number, Actor, Now);
            }
        }
        catch (DomainRuleException e)
        {
            // Rolling back returns the number: numbers of issued letters stay gapless.
            return StepResult.Refused<DisclosureNotice>(e.Message);
        }

        var notice = new DisclosureNotice(unitId, addresseeUnitId, year, serial, number, cleanSubject, Actor, Now);
        db.Add(notice);
        foreach (var d in documents)
        {
            await search.SyncAsync(d, ct);
        }

        audit.Action = "DisclosureNoticeIssued";
        audit.Reason = number;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return StepResult.Done(notice);
    }

    /// <summary>The letter as a government document: addressee, what each document is settled as and why.</summary>
    public async Task<LetterDocument?> LetterAsync(DisclosureNotice notice, CancellationToken ct = default)
    {
        var unit = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == notice.UnitId, ct);
        var addressee = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == notice.AddresseeUnitId, ct);
        var documents = await db.Documents.AsNoTracking().Where(d => d.UnitId == notice.UnitId && d.AttributeNoticeNumber == notice.Number)
            .OrderBy(d => d.WrittenOn).ThenBy(d => d.Id).ToListAsync(ct);
        var paragraphs = new List<string>
        {
            addressee.Name + "：",
            (notice.Subject is null ? "" : $"关于{notice.Subject}，") +
            "根据《中华人民共和国政府信息公开条例》和公开属性源头认定的有关规定，现将以下未确定公开属性的历史文件的公开属性认定如下：",
        };
        var i = 0;
        foreach (var d in documents)
        {
            i++;
            var name = $"《{d.Title}》" + (d.DocumentNumber is null ? "" : $"（{d.DocumentNumber}）");
            paragraphs.Add(d.Attribute == DisclosureAttribute.Proactive
                ? $"{i}. {name}：{d.Attribute.DisplayName()}。"
                : $"{i}. {name}：{d.Attribute.DisplayName()}。依据：{d.WithholdingReason?.Article()}，{d.WithholdingReason?.DisplayName()}。理由：{d.WithholdingBasis}");
        }

        paragraphs.Add("特此函告。");
        var date = ChinaTime.DateOf(notice.IssuedAt);
        return new LetterDocument($"{unit.Name}关于历史文件公开属性认定的函", notice.Number, paragraphs, unit.Name,
            FormattableString.Invariant($"{date.Year}年{date.Month}月{date.Day}日"));
    }
}
