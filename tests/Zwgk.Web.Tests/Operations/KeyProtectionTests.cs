using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Platform;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Operations;

/// <summary>
/// Data-protection keys encrypted with a certificate (docs/adr/0020): the key table holds no usable key, and a
/// certificate can be rotated without signing everyone out, as long as the old one is listed as previous.
/// </summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zwgk-keys-").FullName;

    [Fact]
    public async Task Keys_are_encrypted_with_the_certificate_and_a_rotation_keeps_sessions_made_under_the_old_one()
    {
        var oldCertificate = Pfx("old");
        var newCertificate = Pfx("new");

        await using var first = new ZwgkFactory();
        first.Settings["DataProtection:CertificatePath"] = oldCertificate;
        first.Settings["DataProtection:CertificatePassword"] = "old-secret";
        await first.InitializeAsync();
        var session = await RawSession.SignInAsync(first, DemoAccounts.HaiyangReviewer);

        using (var scope = first.Services.CreateScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<ZwgkDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
            var key = Assert.Single(keys);
            Assert.Contains("EncryptedXml", key);
            Assert.DoesNotContain("<value>", key); // the plain master key element of an unprotected key
        }

        // After the rotation: the new certificate is current, the old one listed as previous.
        await using var rotated = ZwgkFactory.OnSameDatabaseAs(first);
        rotated.Settings["DataProtection:CertificatePath"] = newCertificate;
        rotated.Settings["DataProtection:CertificatePassword"] = "new-secret";
        rotated.Settings["DataProtection:PreviousCertificates:0:Path"] = oldCertificate;
        rotated.Settings["DataProtection:PreviousCertificates:0:Password"] = "old-secret";
        using (var client = session.ClientOn(rotated))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        }

        // Forgetting the old certificate makes those keys unreadable: the session made under them is refused.
        await using var forgot = ZwgkFactory.OnSameDatabaseAs(first);
        forgot.Settings["DataProtection:CertificatePath"] = newCertificate;
        forgot.Settings["DataProtection:CertificatePassword"] = "new-secret";
        forgot.ExpectLog("Microsoft.AspNetCore.DataProtection");
        using (var client = session.ClientOn(forgot))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        }
    }

    private string Pfx(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=zwgk-keys-{name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, name + "-secret"));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
