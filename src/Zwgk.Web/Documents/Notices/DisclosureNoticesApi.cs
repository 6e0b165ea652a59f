using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents.Notices;

/// <summary>One document of a 公函 as the API takes it.</summary>
public sealed record NoticeItemInput(int DocumentId, DisclosureAttribute Attribute, WithholdingReason? WithholdingReason,
    [property: StringLength(DocumentContent.WithholdingBasisMax, ErrorMessage = "理由不超过2000字。")] string? WithholdingBasis);

public sealed record NoticeInput(int UnitId, int AddresseeUnitId, [property: StringLength(200, ErrorMessage = "事由不超过200字。")] string? Subject, NoticeItemInput[]? Items);

public sealed record NoticeDocumentDto(int Id, string Title, string? DocumentNumber, string Attribute, string AttributeName, string? WithholdingReason, string? WithholdingBasis);

public sealed record NoticeDto(int Id, string Number, int UnitId, string Unit, int AddresseeUnitId, string Addressee, string? Subject, string IssuedBy, DateTime IssuedAt,
    IReadOnlyList<NoticeDocumentDto> Documents, string DocxUrl);

public static class DisclosureNoticesApi
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapDisclosureNoticesApi(this RouteGroupBuilder api)
    {
        var supervise = PermissionRequirement.PolicyName(Permission.SuperviseDisclosure);
        var g = api.MapGroup("/disclosure-notices").WithTags("公开属性认定公函").RequireAuthorization(supervise);

        g.MapGet("/pending", async Task<Results<Ok<List<NoticeDocumentDto>>, ProblemHttpResult>> (int unit, ZwgkDbContext db, UserAccess access, DisclosureNoticeService s, CancellationToken ct) =>
            await MaySuperviseAsync(db, access, unit, ct)
                ? TypedResults.Ok((await s.PendingAsync(unit, ct)).Select(d => new NoticeDocumentDto(d.Id, d.Title, d.DocumentNumber, "Pending", "待认定", null, null)).ToList())
                : Problems.NotFound("单位不存在，或您不是该单位的政务公开工作人员。"))
            .WithSummary("单位公开属性待认定的历史文件");

        g.MapPost("/historical-documents", async Task<Results<Created<DocumentDto>, ProblemHttpResult>> (DocumentInput input, DisclosureNoticeService s, TimeProvider clock, CancellationToken ct) =>
        {
            var o = await s.RegisterHistoricalAsync(input.UnitId, input.ToContent(), ct);
            return o.Ok
                ? TypedResults.Created($"/api/v1/documents/{o.Value!.Id}", DocumentDto.From(o.Value, Zwgk.Domain.Calendar.ChinaTime.Today(clock), includeHistory: true, null))
                : o.ToProblem(notFound: "单位不存在。", forbidden: "您不是该单位的政务公开工作人员。");
        }).WithSummary("登记未确定公开属性的历史文件（公开属性待认定，不公开）；attribute 字段不予采用");

        g.MapGet("/", async (int? unit, ZwgkDbContext db, UserAccess access, CancellationToken ct) =>
        {
            var mine = await VisibleAsync(db, access, ct);
            var list = await db.DisclosureNotices.AsNoTracking().Where(n => mine.Contains(n.UnitId) || mine.Contains(n.AddresseeUnitId))
                .Where(n => unit == null || n.UnitId == unit).OrderByDescending(n => n.IssuedAt).ThenByDescending(n => n.Id).Take(200).ToListAsync(ct);
            var result = new List<NoticeDto>();
            foreach (var n in list)
            {
                result.Add(await DtoAsync(db, n, ct));
            }

            return TypedResults.Ok(result);
        }).WithSummary("本人所在单位出具或收到的公函");

        g.MapPost("/", async Task<Results<Created<NoticeDto>, ProblemHttpResult>> (NoticeInput input, DisclosureNoticeService s, ZwgkDbContext db, CancellationToken ct) =>
        {
            var items = (input.Items ?? []).Select(i => new NoticeItem(i.DocumentId, i.Attribute, i.WithholdingReason, i.WithholdingBasis)).ToList();
            var o = await s.IssueAsync(input.UnitId, input.AddresseeUnitId, input.Subject, items, ct);
            return o.Ok
                ? TypedResults.Created($"/api/v1/disclosure-notices/{o.Value!.Id}", await DtoAsync(db, o.Value, ct))
                : o.ToProblem(notFound: "单位不存在。", forbidden: "您不是该单位或其上级单位的政务公开工作人员。");
        }).WithSummary("出具公开属性认定公函：认定所列历史文件的公开属性，编号按单位逐年连续");

        g.MapGet("/{id:int}", async Task<Results<Ok<NoticeDto>, ProblemHttpResult>> (int id, ZwgkDbContext db, UserAccess access, CancellationToken ct) =>
            await FindAsync(db, access, id, ct) is { } n ? TypedResults.Ok(await DtoAsync(db, n, ct)) : Problems.NotFound("公函不存在。"));

        g.MapGet("/{id:int}/docx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, ZwgkDbContext db, UserAccess access, DisclosureNoticeService s, CancellationToken ct) =>
        {
            if (await FindAsync(db, access, id, ct) is not { } n)
            {
                return Problems.NotFound("公函不存在。");
            }

            var letter = (await s.LetterAsync(n, ct))!;
            return TypedResults.File(letter.ToDocx(), DocxType, n.Number + ".docx");
        }).WithSummary("下载公函（DOCX）");
    }

    /// <summary>The units where the caller is disclosure staff (their grants' subtrees).</summary>
    internal static async Task<List<int>> VisibleAsync(ZwgkDbContext db, UserAccess access, CancellationToken ct)
    {
        var scope = await access.GetAsync(ct);
        var units = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Path }).ToListAsync(ct);
        return units.Where(u => scope.Has(Permission.SuperviseDisclosure, Zwgk.Domain.Organizations.UnitPath.Parse(u.Path))).Select(u => u.Id).ToList();
    }

    internal static async Task<DisclosureNotice?> FindAsync(ZwgkDbContext db, UserAccess access, int id, CancellationToken ct)
    {
        var n = await db.DisclosureNotices.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return n is not null && (await MaySuperviseAsync(db, access, n.UnitId, ct) || await MaySuperviseAsync(db, access, n.AddresseeUnitId, ct)) ? n : null;
    }

    private static async Task<bool> MaySuperviseAsync(ZwgkDbContext db, UserAccess access, int unitId, CancellationToken ct)
    {
        var path = await db.Organizations.AsNoTracking().Where(o => o.Id == unitId).Select(o => o.Path).SingleOrDefaultAsync(ct);
        return path is not null && (await access.GetAsync(ct)).Has(Permission.SuperviseDisclosure, Zwgk.Domain.Organizations.UnitPath.Parse(path));
    }

    internal static async Task<NoticeDto> DtoAsync(ZwgkDbContext db, DisclosureNotice n, CancellationToken ct)
    {
        var names = await db.Organizations.AsNoTracking().Where(o => o.Id == n.UnitId || o.Id == n.AddresseeUnitId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var docs = await db.Documents.AsNoTracking().Where(d => d.UnitId == n.UnitId && d.AttributeNoticeNumber == n.Number).OrderBy(d => d.WrittenOn).ThenBy(d => d.Id)
            .Select(d => new NoticeDocumentDto(d.Id, d.Title, d.DocumentNumber, d.Attribute.ToString(), "", d.WithholdingReason.ToString(), d.WithholdingBasis)).ToListAsync(ct);
        docs = docs.Select(d => d with
        {
            AttributeName = Enum.Parse<DisclosureAttribute>(d.Attribute).DisplayName(),
            WithholdingReason = string.IsNullOrEmpty(d.WithholdingReason) ? null : d.WithholdingReason,
        }).ToList();
        return new NoticeDto(n.Id, n.Number, n.UnitId, names[n.UnitId], n.AddresseeUnitId, names[n.AddresseeUnitId], n.Subject, n.IssuedBy, n.IssuedAt, docs,
            $"/api/v1/disclosure-notices/{n.Id}/docx");
    }
}
