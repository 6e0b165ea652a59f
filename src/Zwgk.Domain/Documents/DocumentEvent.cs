namespace Zwgk.Domain.Documents;

/// <summary>One step in a document's life: who did what, when, from which state to which, and why.</summary>
public sealed class DocumentEvent
{
    public long Id { get; private set; }

    public int DocumentId { get; private set; }

    /// <summary>UTC instant.</summary>
    public DateTime At { get; private set; }

    public string Actor { get; private set; } = "";

    /// <summary>Stable code: Created, Edited, Submitted, ConfidentialityPassed, SignedOff, Returned, Scheduled, Published, Filed, Withdrawn, Corrected, Converted, ValidityChanged.</summary>
    public string Action { get; private set; } = "";

    public DocumentState From { get; private set; }

    public DocumentState To { get; private set; }

    /// <summary>Reason, opinion or note recorded with the step.</summary>
    public string? Note { get; private set; }

    private DocumentEvent()
    {
    }

    internal DocumentEvent(DateTime at, string actor, string action, DocumentState from, DocumentState to, string? note)
    {
        At = at;
        Actor = actor;
        Action = action;
        From = from;
        To = to;
        Note = note;
    }
}

/// <summary>A published version: what the public saw from <see cref="PublishedAt"/> until the next version.</summary>
public sealed class DocumentVersion
{
    public int Id { get; private set; }

    public int DocumentId { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public string? DocumentNumber { get; private set; }

    public string BodyHtml { get; private set; } = "";

    public DateTime PublishedAt { get; private set; }

    public string Actor { get; private set; } = "";

    public string? Reason { get; private set; }

    private DocumentVersion()
    {
    }

    internal DocumentVersion(int number, string title, string? documentNumber, string bodyHtml, DateTime publishedAt, string actor, string? reason)
    {
        Number = number;
        Title = title;
        DocumentNumber = documentNumber;
        BodyHtml = bodyHtml;
        PublishedAt = publishedAt;
        Actor = actor;
        Reason = reason;
    }
}
