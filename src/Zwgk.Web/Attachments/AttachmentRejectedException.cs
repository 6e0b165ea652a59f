namespace Zwgk.Web.Attachments;

/// <summary>An upload refused for its content, type or size; the message is Chinese and meant for the uploader.</summary>
public sealed class AttachmentRejectedException : Exception
{
    public AttachmentRejectedException()
        : base("附件不符合要求。")
    {
    }

    public AttachmentRejectedException(string message)
        : base(message)
    {
    }

    public AttachmentRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
