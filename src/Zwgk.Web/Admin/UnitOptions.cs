using Microsoft.AspNetCore.Mvc.Rendering;
using Zwgk.Web.Organizations;

namespace Zwgk.Web.Admin;

/// <summary>Orders units as a tree (parents first, siblings by sort order and name) for tree views and select lists.</summary>
public static class UnitOptions
{
    /// <summary>The units in depth-first order, each with its depth below the shallowest unit given.</summary>
    public static List<(Organization Unit, int Depth)> Ordered(IReadOnlyCollection<Organization> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.Where(u => u.ParentId is int p && ids.Contains(p)).ToLookup(u => u.ParentId!.Value);
        var result = new List<(Organization, int)>();
        foreach (var root in Sort(units.Where(u => u.ParentId is not int p || !ids.Contains(p))))
        {
            Walk(root, 0);
        }

        return result;

        void Walk(Organization unit, int depth)
        {
            result.Add((unit, depth));
            foreach (var child in Sort(children[unit.Id]))
            {
                Walk(child, depth + 1);
            }
        }
    }

    /// <summary>Select options, indented to show the tree.</summary>
    public static List<SelectListItem> Items(IReadOnlyCollection<Organization> units, int? selected = null) =>
        Ordered(units)
            .Select(x => new SelectListItem(new string('　', x.Depth) + x.Unit.Name, x.Unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), x.Unit.Id == selected))
            .ToList();

    private static IEnumerable<Organization> Sort(IEnumerable<Organization> units) =>
        units.OrderBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal);
}
