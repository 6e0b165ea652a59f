using System.Text.RegularExpressions;

namespace Zwgk.Web.Platform.Display;

/// <summary>Free text recorded by older versions (history notes, audit lines) cleaned of internals before a person reads it.</summary>
public static partial class ConsoleText
{
    /// <summary>Drops a file hash ("，sha256 3fa2…": a file is named by its name and size) and replaces an internal id (GUID).</summary>
    public static string Clean(string? text) =>
        text is null ? "" : Guid().Replace(HashMention().Replace(text, ""), "（内部编号）");

    public static bool IsGuid(string text) => Guid().IsMatch(text);

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"[，,]?\s*sha256\s*[0-9a-fA-F]+…?")]
    private static partial Regex HashMention();
}

/// <summary>File sizes as people read them (12 KB, 1.5 MB).</summary>
public static class FileSizes
{
    public static string Text(long bytes) => Zwgk.Domain.Requests.InformationRequest.SizeText(bytes);
}
