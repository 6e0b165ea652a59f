using Zwgk.Web.Sites;

namespace Zwgk.Web.Portal;

/// <summary>
/// Where the pages that are not columns belong on a site: 依申请公开, the standard catalogs and the units' own 信息公开
/// pages sit under the 政府信息公开 column (seed 002 §三(二)), so their trail passes through it and it is marked in the
/// navigation. Pages with a trail of their own (columns, documents) set it themselves.
/// </summary>
public static class PortalSections
{
    private static readonly string[] UnderDisclosure = ["/requests", "/catalog", "/unit"];

    public static IReadOnlyList<Crumb> For(PathString path, IReadOnlyList<Column> columns)
    {
        if (Disclosure(path, columns) is not { } xxgk)
        {
            return [];
        }

        return [new Crumb(xxgk.Name, "col/" + xxgk.SlugPath)];
    }

    public static Column? NavigationColumnFor(PathString path, IReadOnlyList<Column> columns) => Disclosure(path, columns);

    private static Column? Disclosure(PathString path, IReadOnlyList<Column> columns) =>
        UnderDisclosure.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            ? columns.FirstOrDefault(c => c.FixedKey == StandardColumns.Disclosure)
            : null;
}
