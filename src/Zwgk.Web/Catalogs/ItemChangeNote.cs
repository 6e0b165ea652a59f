using Zwgk.Domain.Catalogs;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// What an edit did to a draft's items, for its audit line: "新增：…；修改：办事指南（公开时限、公开渠道和载体）；删除：…".
/// Taken before the edit and read after it, so every item edit says which items and which elements changed.
/// </summary>
internal sealed class ItemChangeNote
{
    private const int MaxLength = 1000;

    private readonly Dictionary<Guid, (ItemElements Elements, bool NotApplicable, string? Reason)> _before;

    public ItemChangeNote(StandardCatalog catalog) =>
        _before = catalog.Items.ToDictionary(i => i.Key, i => (i.Elements, i.NotApplicable, i.NotApplicableReason));

    /// <summary>The changes since the note was taken, with the user's reason after them; null when nothing changed.</summary>
    public string? After(StandardCatalog catalog, string? reason)
    {
        var added = new List<string>();
        var changed = new List<string>();
        foreach (var item in catalog.Items)
        {
            if (!_before.Remove(item.Key, out var old))
            {
                added.Add(item.Elements.Name);
                continue;
            }

            var columns = old.Elements.ChangesTo(item.Elements).Select(c => c.Column).ToList();
            if (old.NotApplicable != item.NotApplicable || old.Reason != item.NotApplicableReason)
            {
                columns.Add("是否适用");
            }

            if (columns.Count > 0)
            {
                changed.Add($"{item.Elements.Name}（{string.Join("、", columns)}）");
            }
        }

        var parts = new List<string>();
        Add(parts, "新增", added);
        Add(parts, "修改", changed);
        Add(parts, "删除", _before.Values.Select(v => v.Elements.Name).ToList());
        if (!string.IsNullOrWhiteSpace(reason))
        {
            parts.Add("理由：" + reason.Trim());
        }

        var note = string.Join("；", parts);
        return note.Length == 0 ? null : note.Length <= MaxLength ? note : note[..(MaxLength - 1)] + "…";
    }

    private static void Add(List<string> parts, string label, List<string> names)
    {
        if (names.Count > 0)
        {
            parts.Add($"{label}：{string.Join("、", names)}");
        }
    }
}
