using Zwgk.Domain.Organizations;

namespace Zwgk.Domain.Access;

/// <summary>One role held on one unit; it covers the unit's whole subtree.</summary>
public readonly record struct RoleGrantScope(Role Role, int UnitId, UnitPath UnitPath);
