using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Zwgk.Web.Outbound;

/// <summary>
/// Signing secrets of channels: made here (32 random bytes), shown to the person once, and stored only encrypted with
/// the data-protection keys, which are themselves encrypted with the installation's certificate (docs/adr/0020).
/// </summary>
public sealed class ChannelSecrets(IDataProtectionProvider protection)
{
    private IDataProtector Protector => protection.CreateProtector("Zwgk.Outbound.ChannelSecret");

    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Protect(string secret) => Protector.Protect(secret);

    public string Unprotect(string stored) => Protector.Unprotect(stored);
}
