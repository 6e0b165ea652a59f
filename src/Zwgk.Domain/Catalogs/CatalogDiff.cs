namespace Zwgk.Domain.Catalogs;

public enum ItemChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>One item's change between two versions, with the elements that changed.</summary>
public sealed record ItemChange(ItemChangeKind Kind, Guid Key, int DomainId, string Name, IReadOnlyList<ElementChange> Elements);

/// <summary>Compares two versions item by item (by the item's lasting key): what was added, changed and removed.</summary>
public static class CatalogDiff
{
    public static IReadOnlyList<ItemChange> Between(IEnumerable<CatalogItem> before, IEnumerable<CatalogItem> after)
    {
        var old = before.ToDictionary(i => i.Key);
        var result = new List<ItemChange>();
        foreach (var item in after.OrderBy(i => i.Sequence))
        {
            if (!old.Remove(item.Key, out var previous))
            {
                result.Add(new(ItemChangeKind.Added, item.Key, item.DomainId, item.Elements.Name, []));
                continue;
            }

            var changes = previous.Elements.ChangesTo(item.Elements).ToList();
            if (previous.NotApplicable != item.NotApplicable || previous.NotApplicableReason != item.NotApplicableReason)
            {
                changes.Add(new ElementChange("是否适用", Applicability(previous), Applicability(item)));
            }

            if (changes.Count > 0)
            {
                result.Add(new(ItemChangeKind.Changed, item.Key, item.DomainId, item.Elements.Name, changes));
            }
        }

        result.AddRange(old.Values.OrderBy(i => i.Sequence).Select(i => new ItemChange(ItemChangeKind.Removed, i.Key, i.DomainId, i.Elements.Name, [])));
        return result;
    }

    private static string Applicability(CatalogItem i) => i.NotApplicable ? $"不适用：{i.NotApplicableReason}" : "适用";
}
