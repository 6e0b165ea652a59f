namespace Zwgk.Domain.Organizations;

/// <summary>
/// A unit's place in the tree as its ancestors' ids, e.g. "/1/4/17/". A subtree is every path
/// that starts with the root's path, so "is inside" is a prefix test both here and in SQL.
/// </summary>
public readonly record struct UnitPath
{
    public string Value { get; }

    private UnitPath(string value) => Value = value;

    public static UnitPath Root(int id) => new($"/{id}/");

    public UnitPath Child(int id) => new($"{Value}{id}/");

    public static UnitPath Parse(string value)
    {
        if (string.IsNullOrEmpty(value) || value[0] != '/' || value[^1] != '/' || value.Length < 3)
        {
            throw new FormatException($"无效的单位路径：{value}");
        }

        return new UnitPath(value);
    }

    /// <summary>True when this path is the ancestor path itself or lies below it.</summary>
    public bool IsWithin(UnitPath ancestor) => Value.StartsWith(ancestor.Value, StringComparison.Ordinal);

    public IReadOnlyList<int> Ids =>
        Value.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

    public int Depth => Ids.Count;

    public override string ToString() => Value;
}
