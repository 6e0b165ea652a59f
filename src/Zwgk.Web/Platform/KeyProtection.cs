using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Zwgk.Web.Platform;

/// <summary>
/// Data-protection keys (they sign cookies and antiforgery tokens) are stored in the database for every instance;
/// with DataProtection:CertificatePath (a PFX) and DataProtection:CertificatePassword they are encrypted there with the
/// certificate. Without one, Production logs a warning at start: whoever reads the key table can forge sessions (docs/adr/0020).
/// </summary>
public static class KeyProtection
{
    public static IDataProtectionBuilder ProtectKeysFromConfiguration(this IDataProtectionBuilder builder, IConfiguration config, IHostEnvironment env)
    {
        var path = config["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (env.IsProduction())
            {
                builder.Services.AddHostedService<UnprotectedKeysWarning>();
                return builder;
            }

            // Development and test hosts store their keys in plain text on purpose (their database is their own and
            // thrown away); saying so explicitly keeps the framework's "No XML encryptor configured" warning for
            // Production, where it means something.
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new NullXmlEncryptor());
            return builder;
        }

        var certificate = Load(path, config["DataProtection:CertificatePassword"]);
        // Keys made under a certificate being replaced stay readable while they live (90 days): the previous ones are
        // listed under DataProtection:PreviousCertificates:N:Path / :Password. New keys use only the current one.
        var previous = config.GetSection("DataProtection:PreviousCertificates").GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c["Path"]))
            .Select(c => Load(c["Path"]!, c["Password"]));
        // Unprotect with the certificates themselves: on Linux they are not looked up in a certificate store.
        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate([certificate, .. previous]);
    }

    private static X509Certificate2 Load(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);

    private sealed class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning("数据保护密钥以明文存放在数据库中：请配置 DataProtection:CertificatePath 和 DataProtection:CertificatePassword（见 README“生产部署”）");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
