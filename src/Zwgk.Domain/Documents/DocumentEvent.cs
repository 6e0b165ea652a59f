using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Documents;

/// <summary>
/// One step in a document's life. Actions: Created, Edited, Submitted, ConfidentialityPassed, SignedOff, Returned, Scheduled,
/// Published, Filed, Withdrawn, Corrected, Converted, ValidityChanged.
/// </summary>
public sealed class DocumentEvent : WorkflowEvent<DocumentState>
{
    public int DocumentId { get; private set; }
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
