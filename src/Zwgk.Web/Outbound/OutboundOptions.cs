namespace Zwgk.Web.Outbound;

/// <summary>Settings under "Outbound" (README, 同源发布).</summary>
public sealed class OutboundOptions
{
    /// <summary>The public address of the portal, the base of every link in a payload or channel feed.</summary>
    public string? PortalUrl { get; set; }

    /// <summary>How often the delivery job looks for due messages (one instance of the cluster per turn).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The wait after the first failure; it doubles after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts before a message is given up (with the defaults, the last is about two hours after the first).</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether webhooks may go to loopback, private and link-local addresses. Off by default: a channel's URL is typed by
    /// an office user and must not reach the machines behind the firewall (metadata services, the database).
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}
