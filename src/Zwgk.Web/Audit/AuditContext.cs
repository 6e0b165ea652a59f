namespace Zwgk.Web.Audit;

/// <summary>
/// Who is acting in this request, and the reason and action name the handler wants recorded with the
/// changes it saves. Scoped: one per request. Background jobs and seeding leave it as the system.
/// </summary>
public sealed class AuditContext
{
    public string? UserId { get; set; }

    public string Actor { get; set; } = "系统";

    public string? IpAddress { get; set; }

    /// <summary>Optional reason recorded on every entry of the next save.</summary>
    public string? Reason { get; set; }

    /// <summary>Optional action name overriding Created/Updated/Deleted for the next save.</summary>
    public string? Action { get; set; }

    public void Clear()
    {
        Reason = null;
        Action = null;
    }
}
