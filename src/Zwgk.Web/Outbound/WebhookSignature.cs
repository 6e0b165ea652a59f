using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zwgk.Web.Outbound;

/// <summary>
/// The signature of a webhook delivery (README, 同源发布): HMAC-SHA256 with the channel's secret over
/// "{timestamp}.{body}", where timestamp is the Unix time in seconds sent in X-Zwgk-Timestamp and body the exact
/// bytes of the request body (UTF-8 JSON). Sent as X-Zwgk-Signature: v1=&lt;lowercase hex&gt;. Signing the timestamp
/// with the body lets a receiver refuse an old message replayed with its old signature (we suggest a 5-minute window)
/// and X-Zwgk-Delivery, the same on every retry of one message, lets it ignore a message it has already handled.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-Zwgk-Timestamp";
    public const string SignatureHeader = "X-Zwgk-Signature";
    public const string DeliveryHeader = "X-Zwgk-Delivery";
    public const string EventHeader = "X-Zwgk-Event";
    public const string Version = "v1";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Version + "=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>The receiver's check: the signature matches (in constant time) and the timestamp is within the window.</summary>
    public static bool Verify(string secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan window)
    {
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || Math.Abs(now.ToUnixTimeSeconds() - timestamp) > window.TotalSeconds || signatureHeader is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signatureHeader.Trim()));
    }
}
