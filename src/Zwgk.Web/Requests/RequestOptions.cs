using Zwgk.Domain.Requests;

namespace Zwgk.Web.Requests;

/// <summary>Settings "Requests:*" (docs/adr/0011): the readings the law leaves open, reminders, and the tracking limits.</summary>
public sealed class RequestOptions
{
    /// <summary>民法典第二百零一条 reading by default: the day of receipt is not counted.</summary>
    public CountingStart CountingStart { get; set; } = CountingStart.NextDay;

    /// <summary>国办函〔2020〕109号 reading by default: the period from the fee notice to payment is not counted.</summary>
    public bool FeePausesClock { get; set; } = true;

    /// <summary>A deadline this many working days away or nearer is "due soon" (dashboard colour, reminders).</summary>
    public int DueSoonWorkingDays { get; set; } = 3;

    /// <summary>How many different applicants asking for the same information make a proactive-disclosure suggestion (条例第四十四条).</summary>
    public int SuggestionApplicants { get; set; } = 3;

    /// <summary>Tracking lookups allowed per client address per window (public page and API together).</summary>
    public int TrackingPermitLimit { get; set; } = 10;

    public int TrackingWindowMinutes { get; set; } = 10;

    /// <summary>Online submissions allowed per client address per hour.</summary>
    public int SubmissionPermitLimit { get; set; } = 20;

    public MailOptions Mail { get; set; } = new();

    /// <summary>Requests:Attachments:* — what an applicant or handler may attach, and how much.</summary>
    public RequestAttachmentOptions Attachments { get; set; } = new();

    public RequestClockSettings Clock => new(CountingStart, FeePausesClock, DueSoonWorkingDays);
}

/// <summary>Reminder e-mail (Requests:Mail:*). Off by default; a pickup directory writes .eml files instead of sending.</summary>
public sealed class MailOptions
{
    public bool Enabled { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "zwgk-noreply@localhost";

    public string? PickupDirectory { get; set; }
}

/// <summary>Attachments of requests (Requests:Attachments:*): identity copies, powers of attorney, material, scans.</summary>
public sealed class RequestAttachmentOptions
{
    /// <summary>Layout files, Word files and pictures: what identity copies, powers of attorney and scans come as.</summary>
    public static IReadOnlyList<string> DefaultAllowedExtensions { get; } = ["pdf", "ofd", "doc", "docx", "jpg", "jpeg", "png"];

    /// <summary>Per file; a phone photo or a scanned page is well under this.</summary>
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>All the files of one request together (removed files do not count).</summary>
    public long MaxTotalBytes { get; set; } = 30L * 1024 * 1024;

    /// <summary>Files in one upload (form or API call).</summary>
    public int MaxFilesPerUpload { get; set; } = 10;

    /// <summary>Extensions without dot. Empty means <see cref="DefaultAllowedExtensions"/> (binding appends to a pre-filled list).</summary>
    public List<string> AllowedExtensions { get; set; } = [];

    public IReadOnlyList<string> EffectiveAllowedExtensions =>
        AllowedExtensions.Count == 0
            ? DefaultAllowedExtensions
            : AllowedExtensions.Select(e => e.Trim().TrimStart('.').ToLowerInvariant()).Where(e => e.Length > 0).Distinct().ToList();

    /// <summary>For the file input's accept attribute, e.g. ".pdf,.ofd,.doc".</summary>
    public string Accept => string.Join(",", EffectiveAllowedExtensions.Select(e => "." + e));
}
