using Zwgk.Domain.Catalogs;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// What an edit did to a draft's items, for its audit line: "新增：…；修改：办事指南（公开时限、公开渠道和载体）；删除：…".
/// A snapshot taken before the edit, compared after it with <see cref="CatalogDiff"/> (the diff reviewers see).
/// </summary>
internal sealed class ItemChangeNote(StandardCatalog catalog)
{
    private const int MaxLength = 1000;

    private readonly IReadOnlyList<CatalogItem> _before = catalog.SnapshotItems();

    /// <summary>The changes since the snapshot, with the user's reason after them; null when nothing changed.</summary>
    public string? After(string? reason)
    {
        var changes = CatalogDiff.Between(_before, catalog.Items);
        string Names(ItemChangeKind kind) => string.Join("、", changes.Where(c => c.Kind == kind)
            .Select(c => kind == ItemChangeKind.Changed ? $"{c.Name}（{string.Join("、", c.Elements.Select(e => e.Column))}）" : c.Name));
        var parts = new[] { ("新增", Names(ItemChangeKind.Added)), ("修改", Names(ItemChangeKind.Changed)), ("删除", Names(ItemChangeKind.Removed)) }
            .Where(p => p.Item2.Length > 0).Select(p => $"{p.Item1}：{p.Item2}").ToList();
        if (!string.IsNullOrWhiteSpace(reason))
        {
            parts.Add("理由：" + reason.Trim());
        }

        var note = string.Join("；", parts);
        return note.Length == 0 ? null : note.Length <= MaxLength ? note : note[..(MaxLength - 1)] + "…";
    }
}
