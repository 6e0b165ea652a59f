namespace Zwgk.Web.Accounts;

/// <summary>
/// How long a personal API token lives (settings "ApiTokens"): every token expires; the owner picks the lifetime up
/// to the maximum, and a token stored without an expiry (made before lifetimes existed) ends the default lifetime after
/// it was created.
/// </summary>
public sealed class ApiTokenOptions
{
    public const string Section = "ApiTokens";

    public int DefaultLifetimeDays { get; set; } = 90;

    public int MaxLifetimeDays { get; set; } = 365;

    /// <summary>The refusal of a requested lifetime, or null when it may be used (null days: the default).</summary>
    public string? LifetimeError(int? days) =>
        days is null || (days >= 1 && days <= MaxLifetimeDays) ? null : $"有效天数须为1至{MaxLifetimeDays}天的整数。";
}
