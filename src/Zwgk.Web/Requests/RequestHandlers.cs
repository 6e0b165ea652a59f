using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Organizations;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Requests;

/// <summary>A person who may be named 承办人: an enabled account holding the 依申请公开办理人 role on these units (and so their subtrees).</summary>
public sealed record HandlerChoice(string UserId, string Name, string Unit, IReadOnlyList<int> GrantUnitIds)
{
    /// <summary>"姓名（单位）", as the console names people.</summary>
    public string Label => $"{Name}（{Unit}）";
}

/// <summary>
/// Who may be chosen as a case's 承办人: accounts holding <see cref="Role.RequestHandler"/> on the handling unit or a unit above
/// it (a role holds for its unit's subtree, docs/adr/0003). One query for the agency's whole subtree, so the case page lists
/// them and the step checks the choice without asking again per unit.
/// </summary>
public sealed class RequestHandlers(ZwgkDbContext db)
{
    /// <summary>Handlers whose grants reach into the agency's subtree or cover it from above.</summary>
    public async Task<IReadOnlyList<(HandlerChoice Handler, IReadOnlyList<string> Paths)>> InAgencyAsync(Organization agency, CancellationToken ct = default)
    {
        var path = agency.Path;
        var grants = await (
            from g in db.RoleGrants.AsNoTracking()
            where g.Role == Role.RequestHandler && !g.User!.IsDisabled
                && (g.Organization!.Path.StartsWith(path) || path.StartsWith(g.Organization.Path))
            join home in db.Organizations on g.User!.HomeUnitId equals home.Id
            select new { g.UserId, g.User!.DisplayName, g.User.UserName, Home = home.Name, g.OrganizationId, g.Organization!.Path })
            .ToListAsync(ct);
        return grants.GroupBy(g => g.UserId)
            .Select(x => (new HandlerChoice(x.Key, string.IsNullOrWhiteSpace(x.First().DisplayName) ? x.First().UserName! : x.First().DisplayName, x.First().Home,
                x.Select(g => g.OrganizationId).ToList()), (IReadOnlyList<string>)x.Select(g => g.Path).ToList()))
            .OrderBy(x => x.Item1.Unit, StringComparer.Ordinal).ThenBy(x => x.Item1.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The handlers who may take a case in <paramref name="unit"/>.</summary>
    public async Task<IReadOnlyList<HandlerChoice>> OfUnitAsync(Organization agency, Organization unit, CancellationToken ct = default) =>
        (await InAgencyAsync(agency, ct)).Where(h => h.Paths.Any(p => unit.UnitPath.IsWithin(UnitPath.Parse(p)))).Select(h => h.Handler).ToList();

    /// <summary>
    /// The 承办人 the step names, checked: none (the unit's handlers take it), or an account holding the handler role on the
    /// unit. A name typed freely is refused: the choice is an account, so 待办 and reminders reach the person.
    /// </summary>
    public async Task<(string UserId, string Name)?> ChosenAsync(Organization agency, Organization unit, string? userId, string? typedName, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            Guard.Require(string.IsNullOrWhiteSpace(typedName), "承办人须从承办单位的依申请公开办理人中选择（接口请传 handlerUserId，可选人员见 GET /api/v1/requests/{id}/handlers）。");
            return null;
        }

        var handler = (await OfUnitAsync(agency, unit, ct)).FirstOrDefault(h => h.UserId == userId.Trim())
            ?? throw new DomainRuleException($"所选人员不是{unit.Name}的依申请公开办理人，不能作为承办人。请从该单位的办理人中选择，或先在“用户与授权”中授予其依申请公开办理人角色。");
        return (handler.UserId, handler.Name);
    }
}
