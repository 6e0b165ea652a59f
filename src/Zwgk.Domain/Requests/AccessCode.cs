using System.Security.Cryptography;
using System.Text;

namespace Zwgk.Domain.Requests;

/// <summary>
/// The applicant's access code (查询码): short enough to type, random, stored only as a salted PBKDF2 hash so that a leaked
/// database does not open anybody's case. Verification takes constant time.
/// </summary>
public static class AccessCode
{
    // No 0/O, 1/I/L: the code is read off paper and typed on a phone.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Length = 8;
    private const int Iterations = 20_000;

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalize(code)), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"v1${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string code, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 3 || parts[0] != "v1")
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[1]);
        var expected = Convert.FromBase64String(parts[2]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalize(code)), salt, Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Case and spaces do not matter when the applicant types it.</summary>
    public static string Normalize(string code) => new([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
}
