using Zwgk.Domain.Access;
using Zwgk.Domain.Organizations;

namespace Zwgk.Domain.Catalogs;

/// <summary>Who reviews whose catalog (seed 000 §三(一)1; seed 004 §二(三): 经上一级政府审核).</summary>
public static class CatalogReview
{
    /// <summary>
    /// The government that reviews a unit's catalog: the nearest government strictly above it. A township's is its county;
    /// a county department's is its own county government (its 政务公开 office); a county's is the city. Null at the top.
    /// </summary>
    public static int? ReviewingUnitId(UnitPath unit, Func<int, OrganizationKind> kindOf)
    {
        var ids = unit.Ids;
        for (var i = ids.Count - 2; i >= 0; i--)
        {
            if (kindOf(ids[i]) == OrganizationKind.Government)
            {
                return ids[i];
            }
        }

        return null;
    }

    /// <summary>The reviewer must hold the review permission on the reviewing government (so a unit cannot approve itself).</summary>
    public static bool MayReview(AccessScope scope, UnitPath reviewingUnit) => scope.Has(Permission.ReviewContent, reviewingUnit);
}
