using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace Zwgk.Web.Requests;

/// <summary>Sends reminder e-mail. Replaced by a fake in tests; the default one uses System.Net.Mail.</summary>
public interface IRequestMailer
{
    bool IsEnabled { get; }

    Task SendAsync(string recipient, string subject, string body, CancellationToken ct);
}

/// <summary>SMTP through System.Net.Mail, or a pickup directory when one is configured (Requests:Mail:PickupDirectory).</summary>
public sealed class SmtpRequestMailer(IOptions<RequestOptions> options) : IRequestMailer
{
    private MailOptions Mail => options.Value.Mail;

    public bool IsEnabled => Mail.Enabled && (Mail.Host is not null || Mail.PickupDirectory is not null);

    public async Task SendAsync(string recipient, string subject, string body, CancellationToken ct)
    {
        using var message = new MailMessage(Mail.From, recipient, subject, body) { BodyEncoding = Encoding.UTF8, SubjectEncoding = Encoding.UTF8 };
        using var client = new SmtpClient();
        if (Mail.PickupDirectory is { } dir)
        {
            Directory.CreateDirectory(dir);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = Path.GetFullPath(dir);
        }
        else
        {
            client.Host = Mail.Host!;
            client.Port = Mail.Port;
            client.EnableSsl = Mail.EnableSsl;
            if (Mail.UserName is not null)
            {
                client.Credentials = new NetworkCredential(Mail.UserName, Mail.Password);
            }
        }

        await client.SendMailAsync(message, ct);
    }
}
