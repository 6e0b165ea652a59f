using System.Linq.Expressions;
using Zwgk.Domain.Access;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Accounts;

namespace Zwgk.Web.Workflow;

/// <summary>
/// The one read rule of every unit-owned record: the public sees what the record's own rule makes public; staff see that
/// and every record of the units where they hold one of the given permissions. No unit sees another's non-public rows.
/// </summary>
public static class ReadableRecords
{
    public static async Task<IQueryable<T>> PublicOrOwnAsync<T>(
        this IQueryable<T> rows, Expression<Func<T, bool>> isPublic, UserAccess access, CancellationToken ct, params Permission[] permissions)
        where T : class, IUnitOwned
    {
        var units = (await access.UnitsWhereAnyAsync(permissions, ct)).Select(o => o.Id);
        // isPublic(x) || units.Contains(x.UnitId), in one expression so the database filters it.
        var x = isPublic.Parameters[0];
        var own = Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(int)], units.Expression, Expression.Property(x, nameof(IUnitOwned.UnitId)));
        return rows.Where(Expression.Lambda<Func<T, bool>>(Expression.OrElse(isPublic.Body, own), x));
    }
}
