using System.Text;

namespace Zwgk.Web.Platform.Input;

/// <summary>
/// The one cleaning every text field gets where it enters (page binding, JSON bodies, query and form values):
/// characters XML 1.0 cannot carry and other control characters are removed, the text is normalised to NFC and
/// trimmed. Stored text can then always be written into DOCX, RSS/Atom, XLSX and the search index.
/// </summary>
public static class TextInput
{
    /// <summary>Clean, NFC and trimmed; null stays null.</summary>
    public static string? Normalise(string? value) => value is null ? null : Clean(value).Trim();

    /// <summary>
    /// Clean and NFC, not trimmed: for secrets (passwords) nothing is changed but what no writer can carry.
    /// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]; C1 controls and DEL are
    /// dropped too (no meaning in Chinese text); U+2028/U+2029 become a line feed.
    /// </summary>
    public static string Clean(string value)
    {
        if (IsClean(value))
        {
            return value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        }

        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (c is '\u2028' or '\u2029')
            {
                sb.Append('\n');
            }
            else if (IsAllowed(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when <see cref="Clean"/> would remove nothing (normalisation aside).</summary>
    public static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c) || c is '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(char c) =>
        c switch
        {
            '\t' or '\n' or '\r' => true,
            < '\u0020' => false,
            >= '\u007F' and <= '\u009F' => false,
            '\uFFFE' or '\uFFFF' => false,
            _ => !char.IsSurrogate(c),
        };
}
