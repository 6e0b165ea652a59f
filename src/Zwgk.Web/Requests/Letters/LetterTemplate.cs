namespace Zwgk.Web.Requests.Letters;

/// <summary>A standard text: its title and its body (one paragraph per line), both with placeholders.</summary>
public sealed record LetterTemplate(string Title, string Body);
