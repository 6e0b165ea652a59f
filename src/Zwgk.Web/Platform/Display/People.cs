using Microsoft.EntityFrameworkCore;

namespace Zwgk.Web.Platform.Display;

/// <summary>
/// People as the console names them: "姓名（单位）" from the account's display name and home unit. Histories and the audit
/// trail keep the user name (or id) of the time; a page loads the names it shows with one query and asks here. An actor
/// that is not an account (系统, 申请人（网上申请）, a name typed on an old case) is shown as it was written.
/// </summary>
public sealed class People(ZwgkDbContext db)
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unitByName = new(StringComparer.Ordinal);

    public sealed record Person(string Id, string UserName, string DisplayName, string Unit)
    {
        public string Label => $"{(string.IsNullOrWhiteSpace(DisplayName) ? UserName : DisplayName)}（{Unit}）";
    }

    /// <summary>Loads the accounts named by user name or id (one query); names already loaded are not read again.</summary>
    public async Task LoadAsync(IEnumerable<string?> userNamesOrIds, CancellationToken ct = default)
    {
        var wanted = userNamesOrIds.OfType<string>().Where(n => n.Length > 0 && !_byName.ContainsKey(n) && !_byId.ContainsKey(n)).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var found = await (
            from u in db.Users.AsNoTracking()
            join o in db.Organizations on u.HomeUnitId equals o.Id
            where wanted.Contains(u.UserName!) || wanted.Contains(u.Id)
            select new Person(u.Id, u.UserName!, u.DisplayName, o.Name)).ToListAsync(ct);
        foreach (var p in found)
        {
            _byName[p.UserName] = p.Label;
            _byId[p.Id] = p.Label;
            _unitByName[p.UserName] = p.Unit;
        }
    }

    /// <summary>"姓名（单位）" of a loaded account by user name, or the text itself when it names no account.</summary>
    public string Of(string? actor) => actor is null ? "—" : _byName.GetValueOrDefault(actor) ?? _byId.GetValueOrDefault(actor) ?? actor;

    /// <summary>The person of an account id (a GUID is never shown); "（已删除的账号）" when it is gone.</summary>
    public string OfId(string? userId, string? fallbackName = null) =>
        userId is not null && _byId.TryGetValue(userId, out var label) ? label
        : fallbackName is not null ? Of(fallbackName) : "（已删除的账号）";

    /// <summary>The unit of a loaded account (what the public is told: the reviewing body, not the person); null when unknown.</summary>
    public string? UnitOf(string? actor) => actor is null ? null : _unitByName.GetValueOrDefault(actor);

    public bool Knows(string key) => _byName.ContainsKey(key) || _byId.ContainsKey(key);
}
