using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zwgk.Domain.Requests;

/// <summary>
/// The applicant's access code (查询码): short enough to type, random, stored only as a salted PBKDF2 hash so that a copy
/// of the database does not hand out working codes. Verification takes constant time.
/// </summary>
/// <remarks>
/// The cost is 2,000 iterations (about 0.5 ms), not the 20,000 of the first version (5.6 ms, which every online filing
/// and every tracking look-up paid, and which halved the filings two instances could take a second). What guards a case
/// on the portal is the 40 random bits of the code and the shared per-client limit on look-ups; the hash only keeps a
/// leaked copy from yielding codes, and whoever holds that copy already reads the cases in it. Older hashes (v1) still
/// verify.
/// </remarks>
public static class AccessCode
{
    // No 0/O, 1/I/L: the code is read off paper and typed on a phone.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Length = 8;
    private const int Iterations = 2_000;
    private const int IterationsV1 = 20_000;

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>A code read off random bytes instead of drawn (<see cref="SubmissionKey.AccessCode"/>); 31⁸ codes, as drawn ones.</summary>
    public static string Derive(ReadOnlySpan<byte> random)
    {
        // Eight 32-bit words mod 31: the bias (2⁻²⁷) is far below what a guess could use.
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[(int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(random[(i * 4)..]) % Alphabet.Length)];
        }

        return new string(chars);
    }

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalize(code)), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"v2${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string code, string stored)
    {
        var parts = stored.Split('$');
        var (iterations, salt, expected) = parts switch
        {
            ["v1", var s, var h] => (IterationsV1, s, h),
            ["v2", var n, var s, var h] when int.TryParse(n, CultureInfo.InvariantCulture, out var i) && i is > 0 and <= 1_000_000 => (i, s, h),
            _ => (0, "", ""),
        };
        if (iterations == 0)
        {
            return false;
        }

        var expectedBytes = Convert.FromBase64String(expected);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalize(code)), Convert.FromBase64String(salt), iterations, HashAlgorithmName.SHA256, expectedBytes.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expectedBytes);
    }

    /// <summary>Case and spaces do not matter when the applicant types it.</summary>
    public static string Normalize(string code) => new([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
}
