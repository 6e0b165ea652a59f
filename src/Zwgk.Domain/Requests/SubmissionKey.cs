using System.Security.Cryptography;
using System.Text;

namespace Zwgk.Domain.Requests;

/// <summary>
/// The one-time key of an online request form: made when the form is shown, sent back with it. A form posted twice (the
/// acknowledgement was lost, the applicant pressed 提交 again) files one request and shows its acknowledgement again.
/// </summary>
/// <remarks>
/// The access code of a request filed with a key is derived from the key, so the acknowledgement can be shown again without
/// keeping the code anywhere: the database holds only a hash of the key (to find the request) and the code's own hash.
/// The key is as secret as the code and lives only in the applicant's page (docs/adr/0021).
/// </remarks>
public sealed class SubmissionKey
{
    private const int Bytes = 16;

    private readonly byte[] secret;

    private SubmissionKey(byte[] secret) => this.secret = secret;

    /// <summary>The hidden field's value: 128 random bits in URL-safe base64 (22 characters).</summary>
    public string Value => Convert.ToBase64String(secret).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>What the request row keeps to find the filing of this key (SHA-256, hex).</summary>
    public string LookupHash => Convert.ToHexStringLower(SHA256.HashData([.. Encoding.ASCII.GetBytes("zwgk-submission:"), .. secret]));

    public static SubmissionKey New() => new(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>A key as posted back; anything that is not one (absent, edited, truncated) is no key, and the form files normally.</summary>
    public static SubmissionKey? Parse(string? value)
    {
        if (value is not { Length: 22 } || value.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return null;
        }

        var bytes = Convert.FromBase64String(value.Replace('-', '+').Replace('_', '/') + "==");
        // Only the canonical spelling: the last character carries two unused bits, and "…A" and "…B" must not be one key.
        return bytes.Length == Bytes && new SubmissionKey(bytes) is { } key && key.Value == value ? key : null;
    }

    /// <summary>The access code of the request filed with this key, the same every time it is asked for.</summary>
    public string AccessCode() => Requests.AccessCode.Derive(SHA256.HashData([.. Encoding.ASCII.GetBytes("zwgk-access-code:"), .. secret]));
}
