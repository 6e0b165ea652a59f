using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Catalogs;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Catalogs;

/// <summary>One item side by side with the guideline row it came from and with the previous version, plus the open comments.</summary>
public sealed record ReviewRow(
    CatalogItem Item, string Domain, ItemElements? Guideline, IReadOnlyList<ElementChange> GuidelineChanges,
    ItemElements? Previous, IReadOnlyList<ElementChange> PreviousChanges, IReadOnlyList<CatalogReviewComment> Comments);

public sealed record ReviewDiff(IReadOnlyList<ReviewRow> Rows, IReadOnlyList<ItemChange> AgainstPrevious, int? PreviousNumber);

/// <summary>What a reviewer compares: every item against its guideline row and against the previous published version.</summary>
public sealed class CatalogReviewViews(ZwgkDbContext db)
{
    public async Task<ReviewDiff> LoadAsync(StandardCatalog c, CancellationToken ct = default)
    {
        var domains = await db.Set<PilotDomain>().AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var guidelineIds = c.Items.Select(i => i.GuidelineItemId).OfType<int>().Distinct().ToList();
        var guideline = await db.Set<GuidelineItem>().AsNoTracking().Where(g => guidelineIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Elements, ct);
        var previous = c.PreviousId is int p
            ? await db.Set<StandardCatalog>().AsNoTracking().Include(x => x.Items).SingleAsync(x => x.Id == p, ct)
            : null;
        var before = previous?.Items.ToDictionary(i => i.Key) ?? [];
        var comments = c.OpenComments.Count > 0 ? c.OpenComments : c.Comments.Where(m => m.Round == c.Round).ToList();
        var rows = c.Items.OrderBy(i => i.Sequence).Select(i =>
        {
            var g = i.GuidelineItemId is int gid ? guideline.GetValueOrDefault(gid) : null;
            var prev = before.GetValueOrDefault(i.Key)?.Elements;
            return new ReviewRow(i, domains.GetValueOrDefault(i.DomainId, ""), g, g?.ChangesTo(i.Elements) ?? [], prev, prev?.ChangesTo(i.Elements) ?? [],
                comments.Where(m => m.ItemKey == i.Key).ToList());
        }).ToList();
        return new(rows, previous is null ? [] : CatalogDiff.Between(previous.Items, c.Items), previous?.Number);
    }
}
