namespace Zwgk.Web.Attachments;

/// <summary>A file in the content-addressed store: its lower-case hex SHA-256 is its address.</summary>
/// <param name="SafeFileName">The uploader's name without folders or characters that are unsafe in a download header or on disk.</param>
public sealed record StoredFile(string Sha256, long Size, FileKind Kind, string SafeFileName);
